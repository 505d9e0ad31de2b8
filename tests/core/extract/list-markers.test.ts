import { ITEM_IN_SECTION, listMarkerLength, withoutListMarker } from "../../../src/core/extract/list-markers";

describe("list markers", () => {
  test.each(["1.新建幼儿园", "12、新建幼儿园", "（3）新建幼儿园", "(十)新建幼儿园", "一、新建幼儿园", "二十．新建幼儿园", "⑦ 新建幼儿园", "  2. 新建幼儿园"])("%s loses its marker", (text) => {
    expect(withoutListMarker(text)).toBe("新建幼儿园");
  });

  test.each(["1.5万人", "2024年", "一是新建", "十四五期间", "（注）说明"])("%s has none", (text) => {
    expect(listMarkerLength(text)).toBe(0);
    expect(withoutListMarker(text)).toBe(text);
  });

  test("items inside a section are not section headings", () => {
    expect(["1.建成", "（2）建成", "③建成", "二是建成"].map((t) => ITEM_IN_SECTION.test(t))).toEqual([true, true, true, true]);
    expect(["一、建成", "（一）建成", "1.5万人"].map((t) => ITEM_IN_SECTION.test(t))).toEqual([false, false, false]);
  });
});
