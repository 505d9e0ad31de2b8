// Where the pane is running. office.js comes from Microsoft's CDN, so it may be missing
// (offline, blocked, opened in a plain browser); nothing here assumes the `Office` global exists.

export type HostState =
  /** office.js is there but has not said which host it is in yet */
  | { kind: "connecting"; displayLanguage: string | undefined }
  | { kind: "excel"; platform: string; displayLanguage: string | undefined }
  /** no office.js, a plain browser, another Office host, or onReady never came */
  | { kind: "outside"; displayLanguage: string | undefined };

/** @types/office-js declares numeric enums, but office.js passes strings ("Excel", "PC"). */
export interface ReadyInfo {
  host: Office.HostType | string | null;
  platform: Office.PlatformType | string | null;
}

/** The part of office.js this file uses; the real `typeof Office` must fit it (see officeGlobal). */
export interface OfficeLike {
  onReady(callback: (info: ReadyInfo) => void): PromiseLike<ReadyInfo> | void;
  readonly context?: { readonly displayLanguage?: string };
}

/** Read `Office` through globalThis: a bare reference throws when office.js failed to load. */
export function officeGlobal(scope: object = globalThis): OfficeLike | undefined {
  const office = (scope as { Office?: typeof Office }).Office;
  // A stub or half-loaded office.js may lack onReady.
  return office && typeof office.onReady === "function" ? office : undefined;
}

export function browserLanguage(): string | undefined {
  return typeof navigator === "undefined" ? undefined : navigator.language;
}

function officeDisplayLanguage(office: OfficeLike): string | undefined {
  try {
    return office.context?.displayLanguage || undefined;
  } catch {
    // office.js outside Office can expose a half-built context; treat it as unknown.
    return undefined;
  }
}

export interface WatchOptions {
  office?: OfficeLike | undefined;
  fallbackLanguage?: string | undefined;
  /** how long to wait for Office.onReady before showing the "not in Excel" state */
  timeoutMs?: number;
}

/**
 * Report the host state to `onChange`: at once ("connecting" or "outside"), then once Office
 * answers or the timeout passes. A late onReady still upgrades the pane to "excel", because slow
 * machines can take longer than the timeout to start Excel's web view.
 */
export function watchHost(onChange: (state: HostState) => void, options: WatchOptions = {}): void {
  const office = "office" in options ? options.office : officeGlobal();
  const fallbackLanguage = "fallbackLanguage" in options ? options.fallbackLanguage : browserLanguage();
  const outside: HostState = { kind: "outside", displayLanguage: fallbackLanguage };
  if (!office) {
    onChange(outside);
    return;
  }
  onChange({ kind: "connecting", displayLanguage: fallbackLanguage });

  let answered = false;
  const timer = setTimeout(() => {
    if (!answered) onChange(outside);
  }, options.timeoutMs ?? 3000);

  const ready = (info: ReadyInfo | undefined): void => {
    if (answered) return;
    answered = true;
    clearTimeout(timer);
    const displayLanguage = officeDisplayLanguage(office) ?? fallbackLanguage;
    // A string, not Office.HostType.Excel: that enum object only exists when office.js loaded.
    if (info?.host === "Excel") {
      onChange({ kind: "excel", platform: String(info.platform ?? ""), displayLanguage });
    } else {
      onChange({ kind: "outside", displayLanguage });
    }
  };

  try {
    // Real office.js both calls back and resolves; stubs may do only one. `ready` runs once.
    const answer = office.onReady(ready);
    if (answer) answer.then(ready, () => undefined);
  } catch {
    // A broken office.js must not take the page down; the timeout shows "outside".
  }
}
