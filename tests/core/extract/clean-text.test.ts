// Cleaning a page into text the rules can read, and the way back to the original for quotes.
import { cleanText, htmlToText } from "../../../src/core/extract/clean-text";
import { findHeadings, sectionPathAt } from "../../../src/core/extract/sections";
import { extractIndicators } from "../../../src/core/extract/extract";
import { originalSpan } from "../../../src/core/extract/mapped-text";

describe("page furniture", () => {
  test("viewer and site lines go, the plan stays", () => {
    const page = [
      "首页 > 通知公告 > 正文",
      "某县2022年教育工作要点.DOC",
      "上传人:张** 文档编号:123456 上传时间:2022-03-01 格式:DOC 页数:9 大小:58.20KB",
      "下载 相关 举报",
      "某县2022年教育工作要点.DOC_第1页",
      "第1页 / 共9页",
      "点击查看更多>>",
      "全县学前三年毛入园率达到96%。",
      "0/150",
      "版权所有 © 某某教育网 备案号:浙ICP备12345678号",
      "本站仅提供信息存储空间，如有侵权请联系我们，我们将在3个工作日内处理。",
    ].join("\n");
    const clean = cleanText(page).text;
    expect(clean.trim()).toBe("全县学前三年毛入园率达到96%。");
    expect(extractIndicators(page).indicators.map((i) => i.value)).toEqual([96]);
  });

  test("a viewer's slice number in the middle of a sentence is taken out and the sentence joined", () => {
    const long = "各校要进一步健全安全管理制度，落实安全责任，加强校园及周边环境综合治理，开展安全教育和应急演练，确保师生安全。有 3 名";
    const page = `${long}\n\n7、以上专职安保人员的学校，要建立巡查制度。`;
    expect(cleanText(page).text).toContain("有 3 名以上专职安保人员的学校");
    // a list item after a finished sentence keeps its number
    expect(cleanText("总体目标如下。\n\n7、新建学校3所。").text).toContain("7、新建学校3所。");
  });
});

describe("script and width", () => {
  test("pinyin glosses out, traditional to simplified, full-width figures to ASCII", () => {
    const original = "規(guī)劃學(xué)校覆蓋率達到９８．５％";
    const m = cleanText(original);
    expect(m.text).toBe("规划学校覆盖率达到98.5%");
    // the way back: every cleaned character points at its original
    expect(originalSpan(m, original, 0, m.text.length)).toBe(original);
    expect(originalSpan(m, original, 2, 4)).toBe("學(xué)校");
  });

  test("pinyin with its tone as a digit goes too (竣(jun4)工); a list number in brackets stays", () => {
    expect(cleanText("其中已竣(jun4)工26所").text).toBe("其中已竣工26所");
    expect(cleanText("如下：(1)高考").text).toBe("如下：(1)高考");
  });

  test("parentheses that are not pinyin stay", () => {
    expect(cleanText("各镇(街道)教委(育)办").text).toBe("各镇(街道)教委(育)办");
    expect(cleanText("新(扩)建项目").text).toBe("新(扩)建项目");
  });
});

describe("html", () => {
  test("tags out, entities decoded, blocks become lines", () => {
    const html = "<html><head><style>p{color:red}</style></head><body><p>一、主要目标</p><p>学前教育毛入园率达到&nbsp;<b>92%</b>&#x4EE5;上</p><script>var x = 1;</script></body></html>";
    const text = htmlToText(html);
    expect(text).toBe("一、主要目标\n\n学前教育毛入园率达到 92%以上");
    const r = extractIndicators(html).indicators;
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ name: "学前教育毛入园率", value: 92, comparator: ">=", section: ["一、主要目标"] });
    expect(r[0]!.quote).toBe("学前教育毛入园率达到 92%以上");
  });
});

describe("headings", () => {
  test("levels 一、 /（一）/ 1、, on their own line or run into the text", () => {
    const text = "一、总体目标\n（一）学前教育\n1、普及普惠\n学前三年毛入园率达到95%。\n（二）义务教育\n巩固率达到99%。二、重点任务1.加强队伍建设。培训教师500人。";
    const headings = findHeadings(cleanText(text).text);
    expect(headings.map((h) => [h.level, h.title])).toEqual([
      [1, "一、总体目标"],
      [2, "（一）学前教育"],
      [3, "1、普及普惠"],
      [2, "（二）义务教育"],
      [1, "二、重点任务"],
    ]);
    const r = extractIndicators(text).indicators;
    expect(r.map((x) => x.section)).toEqual([
      ["一、总体目标", "（一）学前教育", "1、普及普惠"],
      ["一、总体目标", "（二）义务教育"],
      ["二、重点任务"],
    ]);
    expect(sectionPathAt(headings, 0)).toEqual(["一、总体目标"]);
  });

  test("a numbered paragraph is an item, not a heading", () => {
    const text = "二、主要目标\n1、普及学前教育。全区学前教育毛入园率达到95%以上。";
    expect(extractIndicators(text).indicators[0]!.section).toEqual(["二、主要目标"]);
  });
});

test("a mainland text mirrored into Taiwan's words (幼稚園, 網路) reads as the mainland words; Hong Kong's own 幼稚園 stays", () => {
  const mirrored = cleanText("甘肅省教育廳發布：全省共有幼稚園7122所，校園網路全覆蓋。");
  expect(mirrored.text).toContain("幼儿园7122所");
  expect(mirrored.text).toContain("网络");
  expect(cleanText("香港特區政府：已與幼稚園界別會面20多次。").text).toContain("幼稚园");
});
