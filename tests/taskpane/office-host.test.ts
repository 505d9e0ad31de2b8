// Host detection and language choice, without a browser: fake office.js objects and fake timers.
import { officeGlobal, watchHost, type HostState, type OfficeLike, type ReadyInfo } from "../../src/taskpane/office-host";
import { chooseLocale } from "../../src/taskpane/i18n/strings";

function fakeOffice(displayLanguage: string | undefined): { office: OfficeLike; answer: (info: ReadyInfo) => void } {
  let callback: ((info: ReadyInfo) => void) | undefined;
  const office: OfficeLike = {
    context: { displayLanguage },
    onReady(cb) {
      callback = cb;
    },
  };
  return { office, answer: (info) => callback?.(info) };
}

describe("watchHost", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("reports 'outside' at once when office.js is missing", () => {
    const states: HostState[] = [];
    watchHost((s) => states.push(s), { office: undefined, fallbackLanguage: "en-GB" });
    expect(states).toEqual([{ kind: "outside", displayLanguage: "en-GB" }]);
  });

  it("reports Excel with Office's display language once onReady answers", () => {
    const { office, answer } = fakeOffice("zh-CN");
    const states: HostState[] = [];
    watchHost((s) => states.push(s), { office, fallbackLanguage: "en-US" });
    answer({ host: "Excel", platform: "PC" });
    expect(states).toEqual([
      { kind: "connecting", displayLanguage: "en-US" },
      { kind: "excel", platform: "PC", displayLanguage: "zh-CN" },
    ]);
    jest.advanceTimersByTime(10_000);
    expect(states).toHaveLength(2);
  });

  it("treats office.js in a plain browser (host null) as outside Excel", () => {
    const { office, answer } = fakeOffice(undefined);
    const states: HostState[] = [];
    watchHost((s) => states.push(s), { office, fallbackLanguage: "zh-TW" });
    answer({ host: null, platform: null });
    expect(states.at(-1)).toEqual({ kind: "outside", displayLanguage: "zh-TW" });
  });

  it("falls back to 'outside' after the timeout, and still upgrades on a late onReady", () => {
    const { office, answer } = fakeOffice("zh-CN");
    const states: HostState[] = [];
    watchHost((s) => states.push(s), { office, fallbackLanguage: "zh-CN", timeoutMs: 3000 });
    jest.advanceTimersByTime(2999);
    expect(states.map((s) => s.kind)).toEqual(["connecting"]);
    jest.advanceTimersByTime(1);
    expect(states.map((s) => s.kind)).toEqual(["connecting", "outside"]);
    answer({ host: "Excel", platform: "OfficeOnline" });
    expect(states.at(-1)).toEqual({ kind: "excel", platform: "OfficeOnline", displayLanguage: "zh-CN" });
  });

  it("survives an onReady that throws", () => {
    const office: OfficeLike = {
      onReady() {
        throw new Error("office.js half loaded");
      },
    };
    const states: HostState[] = [];
    watchHost((s) => states.push(s), { office, fallbackLanguage: undefined, timeoutMs: 100 });
    jest.advanceTimersByTime(100);
    expect(states.map((s) => s.kind)).toEqual(["connecting", "outside"]);
  });

  it("answers once when office.js both calls back and resolves", async () => {
    jest.useRealTimers();
    const info: ReadyInfo = { host: "Excel", platform: "Mac" };
    const office: OfficeLike = {
      onReady(cb) {
        cb(info);
        return Promise.resolve(info);
      },
    };
    const states: HostState[] = [];
    watchHost((s) => states.push(s), { office, fallbackLanguage: "zh-CN", timeoutMs: 50 });
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(states.map((s) => s.kind)).toEqual(["connecting", "excel"]);
  });
});

describe("officeGlobal", () => {
  it("finds nothing when office.js did not load, or loaded without onReady", () => {
    expect(officeGlobal({})).toBeUndefined();
    expect(officeGlobal({ Office: {} })).toBeUndefined();
  });

  it("finds a loaded Office", () => {
    const Office = { onReady: () => undefined };
    expect(officeGlobal({ Office })).toBe(Office);
  });
});

describe("chooseLocale", () => {
  it("prefers ?lang=, then the display language, and defaults to Chinese", () => {
    expect(chooseLocale("?lang=en-US", "zh-CN")).toBe("en-US");
    expect(chooseLocale("?lang=zh-CN", "en-US")).toBe("zh-CN");
    expect(chooseLocale("", "en-GB")).toBe("en-US");
    expect(chooseLocale("", "zh-CN")).toBe("zh-CN");
    expect(chooseLocale("", "fr-FR")).toBe("zh-CN");
    expect(chooseLocale("", undefined)).toBe("zh-CN");
  });
});
