// Page furniture of document-sharing and news sites: breadcrumbs, upload data, page counters,
// download buttons, copyright and licence lines, comment boxes. Whole lines go; so do the
// chunk numbers such viewers put in front of each slice of a document ("2、 带头" in the middle
// of a sentence), which are joined back to the line they interrupt.
import { MappedBuilder, type MappedText } from "./mapped-text";

// Anywhere in a line: never part of a plan's own text.
const STRONG = /本站|本网站|版权所有|版权说明|版权归|copyright|©|备案号|icp备|公网安备|侵权|上传人|文档编号|上传时间|点击查看更多|展开阅读全文|全文预览已结束|下载本文档|阅读全文|免责声明|网站声明|收益归属|举报或认领|提交评论|扫一扫|分享到/i;
// Metadata and buttons of government and news pages, in lines that hold nothing else.
// (张家港新闻 2020/1/18 9:53:35 3004次 0条点评: a page's date and time, then its counts of views and comments)
export const PAGE_META = /\d{1,2}:\d{2}(?::\d{2})?\s+\d+\s*次(?:\s|$)|\d+\s*条(?:点评|评论)|索引号|主题分类|发文机关|发文单位|发文字号|效力状态|发布机构|成文日期|发布日期|发布时间|责任编辑|浏览次数|阅读次数|点击数|访问量|字体[：:]|字号[：:]|打印本页|关闭窗口|【打印】|【关闭】|分享到|信息来源|来源[：:]/;
// A whole short line that is only a button, label or counter.
const SHORT_LABEL = /^(?:下载|相关|举报|收藏|分享|打印|关闭|返回|评论|资源描述|文档简介|相关资源|相关搜索|相关文档|猜你喜欢|热门|推荐|上一篇|下一篇|上一页|下一页|首页|尾页|目录|温馨提示|当前位置|正文|来源|作者|发布时间|浏览次数|字号|大中小|[\s\d/|·•.、:：>›»\-—–]*)(?:[\s:：].{0,20})?$/;
const FIGURE_OPENS = /^\d[\d.,]*\s*(?:%|万|亿|[个所名人项处户次件家种类位批期届场节门间条台座张份块班元册])/;
const PAGE_COUNTER = /(?:^|[_\s])第\s*\d+\s*[页頁](?:\s*[/／,，]?\s*共\s*\d+\s*[页頁])?$|^共\s*\d+\s*[页頁]|^\d+\s*[/／]\s*\d+$|\d+(?:\.\d+)?\s*[KMG]B(?:\b|$)/i;
// A viewer's chunk number at the start of a line: "12、" followed by text that goes on mid-sentence.
const CHUNK_MARK = /^\s*\d{1,3}、\s*/;
const ENDS_SENTENCE = /[。！？；：:!?;…”"）)】]\s*$/;

function isFurniture(line: string): boolean {
  const t = line.trim();
  if (!t) return false;
  if (STRONG.test(t)) return true;
  if (t.length <= 40 && PAGE_COUNTER.test(t)) return true;
  if (t.length <= 80 && PAGE_META.test(t) && !/[。；]/.test(t)) return true;
  // a short numbered item that states a figure (2. 全年组织教师培训1.5万人次。) is text, not a label
  // a line that opens with a figure and its measure (30 个。… after a hard wrap) is text, not a label
  if (t.length <= 24 && SHORT_LABEL.test(t) && !(/[。；;！？!?]$/.test(t) || /\d\s*(?:%|[\u4e00-\u9fff])/.test(t.replace(/^[\s\d.、．]+/, "")) || FIGURE_OPENS.test(t))) return true;
  // breadcrumbs: 首页 > 文章中心 > 正文
  if (t.length <= 80 && /[>›»]/.test(t) && !/[。，,；;]/.test(t)) return true;
  // a sidebar's collection of articles: "2022年学校工作计划8篇"
  if (t.length <= 40 && /\d+\s*篇(?:精选|范文|合集|汇编|大全)?$/.test(t) && !/[。，,；;：:]/.test(t)) return true;
  // file names of uploaded documents: "….DOC", "….pdf"
  if (t.length <= 60 && /\.(?:docx?|pdf|wps|txt|pptx?|xlsx?)$/i.test(t)) return true;
  return false;
}

// 8059.35 alone on a line before 万元,实现…: a figure broken out of its sentence (rejoined by the
// character pass where the line before goes on), not a page number; the measure after says so
const BARE_NUMBER = /^\s*\d[\d.,]*\s*$/;
/** What a line opens with when it goes on from a figure on the line before: its measure (万元, 个, 多…). */
export const OPENS_WITH_MEASURE = /^[ \t]*(?:多|余|%|‰|万|亿|千|[个所名人项处户次件家种类位批期届场节门间条台座张份块班元册套亩天年岁]|平方米|小时|分钟|学时|课时|个百分点|百分点)/;
function figureBrokenOut(line: string, s: string, end: number): boolean {
  if (!BARE_NUMBER.test(line)) return false;
  let next = end + 1;
  while (next < s.length && /\s/.test(s[next]!)) next++;
  return OPENS_WITH_MEASURE.test(s.slice(next, next + 4));
}

export function removeFurniture(input: MappedText): MappedText {
  const s = input.text;
  const out = new MappedBuilder(input);
  let lastKept = ""; // the last non-blank line kept, to judge chunk numbers
  // line breaks between kept lines, held back until the next kept line (at most a blank line)
  let breaks = 0;
  let breakAt = 0;
  let start = 0;
  while (start < s.length) {
    let end = s.indexOf("\n", start);
    const hasBreak = end >= 0;
    if (end < 0) end = s.length;
    const line = s.slice(start, end);
    if (!line.trim()) {
      if (breaks > 0) breaks++;
    } else if (!isFurniture(line) || figureBrokenOut(line, s, end)) {
      const chunk = CHUNK_MARK.exec(line);
      if (chunk && lastKept.length >= 60 && !ENDS_SENTENCE.test(lastKept)) {
        // a slice boundary of a document viewer: glue the text back together
        out.copy(start + chunk[0].length, end);
      } else {
        for (let k = 0; k < Math.min(breaks, 2); k++) out.put("\n", breakAt);
        out.copy(start, end);
      }
      lastKept = line;
      breaks = hasBreak ? 1 : 0;
      breakAt = end;
    }
    start = end + 1;
  }
  return out.build();
}
