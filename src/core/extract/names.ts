// The row label of a figure: the subject and measure a target table would show, without the
// number, the scope words (全区, 我市), the stance (确保, 力争, 继续) or the comparator
// (达到, 不低于). Two sources: the words before the figure (学前教育净入学率达到99%) and the
// noun after it (建设50个智慧教室).
import { ASIDE, opensWithFigureAside } from "./asides";
import { isAreaUnit } from "./unit-kinds";
import { A_GENERAL } from "./kind";
import { BOUND_WORDS, FAILS_TO_BEFORE } from "./comparators";
import { LEADING_LIST_MARKER } from "./list-markers";
import { SCHOOLS_OF_A_SIZE } from "./not-indicators";

// Scope, stance and manner words that open a clause but are not part of what is measured.
// Some are also the first character of a measure (在校生, 重点高中, 共青团, 均衡), hence the
// look-aheads.
const LEADING = [
  "全区", "全市", "全县", "全镇", "全省", "全国", "全旗", "全乡", "全州", "全港", "全澳", "本港", "本澳", "我市", "我区", "我县", "我省", "我州", "我镇", "我乡", "本市", "本区", "本县", "各地",
  "我校", "本校", "全校", "我园", "本园", "全园", "我局", "全系统", "我们",
  // 何况本澳…, 而且…: a conjunction opening the clause
  "何况", "况且", "而且",
  // 仅有教师120名: how few, not what
  "仅有(?=[\u4e00-\u9fff]{2})", "只有(?=[\u4e00-\u9fff]{2})",
  // 为全市中小学配备…: for whom, before the verb
  "为[^，,；;为]{2,12}?(?=配备|配齐|新建|建设|招聘|培训|提供|购置|更新|安装|发放|开设|建成|改造)",
  // 通过公开招聘、人才引进等方式, 在省运动会上: how and where, not what
  "(?:(?:通过|采取|采用|运用|依托|利用|以)[^，,；;]{2,20}?|[^，,；;]{2,20}?等)(?:方式|形式|途径|渠道|办法|手段)", "在[^，,；;在]{2,16}?(?:上|中|期间)(?=[^，,；;]{2})",
  // 对…实现资助全覆盖, 针对…: whom a measure is for opens the clause but is its subject
  "对(?!口|比|外|象|话|接|照|称|标|于)", "针对", "围绕", "向(?!日|往|来|导|上|下|前|后|好|善|心)",
  // 较2021年提高5个百分点: the base of a change is not its name
  // 局方已将欠缺学额数量缩减至: who did it to the measure (把) is not the measure
  "[\u4e00-\u9fff]{0,6}?已经?将(?=[\u4e00-\u9fff]{2})",
  // 从起初的每年1000万元增加到…: where it started, not what it is
  "(?:从|由)(?:起初|最初|原来|原先|原有|初期|当初)的?(?:合共|共计|共)?",
  "较(?!大|小|多|少|高|低|好|快|强|弱)", "比(?!例|重|率|赛|较|武|对)", "同比", "净(?=增|减)", "去年", "上一?年度?", "前一学?年", "上一?学年度?", "同期",
  // 一是…, 二是…: the item's ordinal
  "(?:十[一二三四五六七八九]|二十|[一二三四五六七八九十])是(?=[\u4e00-\u9fff])",
  // 而从事特殊教育的教师, 而是运用…: a conjunction, and the work that only says whose the count is
  "而(?:是)?(?=[\u4e00-\u9fff]{2})", "即(?=增加|减少|增|减|多|少|流失|代表)", "即(?!墨|时|将|使|便|可|刻|日)(?=[\u4e00-\u9fff“]{4})", "从事(?=[\u4e00-\u9fff]{2})", "提出(?=[\u4e00-\u9fff]{4})", "取得(?=[\u4e00-\u9fff]{2})", "设有(?=[^，,；;。]{2})", "目前", "当前", "现时", "近年(?:来)?", "一直", "原有", "截至目前", "截止目前", "其中", "另外", "另(?:有)?(?![类一建设增购征])(?=[\u4e00-\u9fff]{2})", "同时", "并且", "而且", "且(?!末)", "此外", "(?:不过|但是|然而|可是)(?=[\u4e00-\u9fff]{2})", "(?:两者|二者)(?:均|都|亦)?", "(?:于|在)本学年度?", "(?:接着|接著|随后|然后)(?:又|再|还)?", "以及", "并(?!发|购)", "再(?!生)", "还", "也", "要(?!求|素|点)", `将(?!${A_GENERAL})`, "让", "确保", "力争", "争取(?!(?:到)?(?:上级|中央|省级|省|市级|县级|各类|各级|国家)?(?:补助|奖补|预算内)?(?:资金|经费|专项资金|项目资金|债券|投资))", "努力", "力求",
  "继续", "进一步", "逐步", "加快", "积极", "着力", "重点(?=引进|实施|推进|建设|打造|培育|培养|抓好|做好|开展|支持|扶持|发展|加强)", "基本(?!养老|医疗|办学|公共|建设标准|支出|收入|经费)",
  "计划(?!生育|(?:招生|招收|录取)$)", "预计", "预定", "拟", "希望", "可望", "有望", "恐怕", "恐(?!龙|惧|怖|慌|吓)(?=[\u4e00-\u9fff])", "可(?=提高|提升|增加|增至|达到|降低|下降|减少|降至|实现)", "全面", "大力", "切实", "持续(?!进修)", "不断", "稳步", "会(?=再|增|新|达|有|提|扩|建)", "年内", "(?:[一二两三四五六七八九十]|\\d{1,2})\\s*年(?:内|间)(?=[\u4e00-\u9fff])",
  // 我们计划用三年时间新增…: who speaks, and the span used once its figure is gone, name nothing
  "(?:我们|他们|她们|咱们)(?=[\u4e00-\u9fff]{2})", "用(?=新增|新建|改扩建|扩建|建成|完成|实现|改造|培训|招聘|投入|打造|创建)", "现在(?![起校园编职岗册])已?", "今年度", "今年", "明年度", "明年", "当年", "年底前", "年底", "[上下]半年", "前?[一二三四1-4]季度", "今明两年", "在(?=去年|上年|今年|原有|现有|前期|全[省市县区国州旗])", "按照(?=[\u4e00-\u9fff]{2})", "通过(?!率)", "实现了?(?!率)", "(?:已经?)?达到(?=[\u4e00-\u9fff]{2})",
  "率先(?=[\u4e00-\u9fff]{2})", "推动", "推进", "做好", "抓好", "完成(?!率)", "加强", "深入", "扎实", "提高(?!率)", "提升(?!率)", "扩大", "降低", "保持", "巩固(?!率)", "使得", "把",
  "总计(?!划)", "累计", "合计", "共计有", "计有", "共计(?!划)", "分别", "最终", "最后", "(?:经|据)(?:统计|核定|核实|测算|初步统计)", "(?:目标|任务)(?:是|为)", "(?:全部)?(?:建成|完工|竣工|投用|投入使用)后", "此次", "本次", "这次", "包括(?=[\u4e00-\u9fff]{2})", "共有", "共(?=随机|抽查|检查|调查|提供|投入|计|完成|培训|招聘|新建|新增|建成|接待|组织|举办|开展|安排|资助|发放|录取|招收|创建|引进|选派|培养|评选|认定|建设|实施|维修|购置|更新|配备|改造|争取|培育|招录|帮扶|慰问|走访|涉及)", "现有", "现已经?", "有(?![效关序机力偿线色害利益的所些时望形名限意无])(?=[\u4e00-\u9fff]{2})", "已有", "仍有", "尚有", "还有", "已经", "已(?!婚|知)", "全年", "年度(?!考核)",
  // (a plain word stays a word, looked up by its first character; the rest are patterns)
].map((w) => (/^[\u4e00-\u9fff]+$/.test(w) ? w : new RegExp("^(?:" + w + ")")));
// Comparators and verbs of reaching that end the subject: 净入学率达到 → 净入学率.
const TRAILING = [
  "达到或超过", /恐(?:怕|将|再|会)?$/, /(?<=[\u4e00-\u9fff]{2}(?<![材原资燃饮肥涂香布史预物塑饲废木面配辅照意不油石颜染草饮调佐衣])|^)料$/, "不低于", "不少于", "不小于", "不得低于", "不得少于", "不应低于", "不能低于", "不能少于", "不能高于", "不能超过", "要", /(?<![效响供反对适相感回呼答])应$/, "须", "必须", "至少", "最少", "最低", "起码",
  "不超过", "不高于", "不多于", "不大于", "不得超过", "不得高于", "最多", "至多", "最高", "控制在", "控制到", "控制",
  "降低到", "降低至", "降至", "下降到", "下降至", "下跌到", "下跌至", "跌至", "回落到", "回落至", "下滑到", "下滑至", "减少到", "减少至", "压缩到", "压减到", "压减至", "超过", "超出", "多于", "大于", "高于",
  "不满", "不足", new RegExp(`(?<!${FAILS_TO_BEFORE})不到$`), "跌破", "跌穿", "低于", "少于", "小于", "约为", "大约", "预估", "估计", "预测", "接近", "将近", "大概", "保持在", "稳定在", "维持在", "保持", "稳定", "维持", "均为",
  "占比为", "占", "提高到", "提高至", "提升到", "提升至", "增加到", "增至", "增长到", "增长至", "扩大到", "扩大至", "上浮至", "上浮到", "上涨至", "上涨到", "上升至", "上升到", "缩减至", "缩减到", "高达", "多达", "达", "达到", "完成", "突破", "首破", "实现",
  "分别为", "分别达到", "分别在", "分别", "目前", "当前", "现在", "均达到", "平均", "均", "都", "已有", "仍有", "尚有", "还有", "累计", "共计", "共", "都有", "均有", "约有", "大约有", "共有", "有", "在", /(?<![报签迟])到$/, "至", "为", "是",
  /(?<![签合预节邀契制公条集履特])约$/, "近", "超", "逾", /(?<![总合统])计$/, "拥有", "配备", "涉及", "涵盖", "覆盖", "比上年", "较上年", "比去年", "较去年", "同比", "按年", "以每年", "以年均", "以", "年均", "到每年", "至每年", "每年", "逐年", "争取", "力争", "的",
  "提高", "提升", "增加", "增长", "降低", "下降", "减少", "扩大", "上升", "缩小", "压缩", "压减", "递增", "下跌", "回落", "下滑", "回升", "了",
  // (较2019/20学年分别减10.2%: the change after 分别)
  /(?<=分别)(?:减|增|降|升|跌|少|多)了?$/,
  // (较去年跌一个百分点, 比上年减12所: a one-character change after its base)
  /(?<=去年|上年|同期|前年|上学年|上一年)(?:略|大|微)?(?:跌|减|增|降|升|少|多|低|高)了?$/,
  // 10月底的数字则为…: "whereas", a connective before the figure
  /(?<=[\u4e00-\u9fff]{2})则$/,
  // K1人数也多落在10至30人之间: where most values fall, not what they count
  /(?:也|亦)?(?:多|大多|大都|主要|均|都)?落在$/,
  // 较去年实质增长一成二: real or nominal, how the change is measured
  "实质", "名义",
  // per-unit words belong with the figure (每生每年720元), not with the name
  "每生", "每人", "每校", "每班", "每所", "每月", "每学期", "每学年", "每周", "每天", "每日", "人均", "生均",
  "仅为", "仅有", "仅得", "只有", "只得", "仅", "可", "再", "还", "又", "进一步", "大幅度", "大幅", "显著", "明显", "逐年", "稳步", "持续", "不断", "继续", "逐步", "将", "将比", "将较", "已",
  // 平均分在原有基础上提高5分: the base of a change, not the measure
  "在原有基础上", "在现有基础上", "在上年基础上", "在去年基础上", "在原基础上",
  // 由500元提高到700元, 较上一学年减少17.83%至917人: where a change starts from, and what against
  "由", "则由", "从", "则从", "已由", "已经由", "已从", "已经从", /(?<![各独亲来])自$/, /(?<=(?:比|较)(?:去年|上年|上一?学?年度?))多$/,
  // 月入上限由…上调至17400元, 3人家庭调升至44080元: a rate set anew, as 提高到
  "上调至", "上调到", "调升至", "调升到", "调高至", "调高到", "调增至", "调增到", "下调至", "下调到", "调降至", "调降到", "调减至", "调减到", "调低至", "调低到", "上调", "调升", "调高", "下调", "调降", "调减", "调低", "调增", /(?:比|较|与)(?:上一?|前一)?学?年度?(?:同期)?$/,
  // 比国家同期平均水平高出19.1个百分点, 分别超过全国平均水平: the level a figure is set against
  /(?:(?:比|较|超过|超出|高出|高于|低于)(?:全国|国家|全省|全市|全区|全县|省|市|县)?|全国|国家|全省|全市|全区|全县)(?:同期)?(?:平均)?水平(?:高出|高|低|超出)?$/, /(?:由|从)(?:原来|原先|原有|过去|以前)的?(?:合共|共计|共)?$/,
];
// Verbs that say how the counted thing comes about; kept in front of a noun taken from after
// the figure, because they are part of the measure (新增学位, 新建幼儿园, 培训教师).
const MEASURE_VERBS = [
  "提升改造", "维修改造", "新建改扩建", "新建扩建", "新改扩建", "改扩建", "新开工", "新开设", "新建", "新增", "扩建", "改建", "新开", "招聘", "招收", "引进和培育", "引进", "培训", "培养", "培育", "选聘", "创建", "建成",
  "认定", "评选", "改造", "资助", "投入", "举办", "开设", "组建", "设立", "选派", "轮训", "表彰", "命名", "撤并", "转岗", "交流",
  "压减", "取缔", "关停", "查处", "注销", "整改", "捐资", "捐赠", "拨付", "筹措", "增设", "扩增", "增班",
  // 开工建设95所学校、完工57所: started or finished is what tells the two counts apart
  "开工建设", "开工", "完工", "竣工",
];
// Verbs with no part in the name when the name comes from the noun after the figure.
const OTHER_VERBS = [
  "加快推进", "基本完成", "全面完成", "遴选", "建设", "建立", "再建立", "成立", "推进", "实施", "完成", "做好", "争创", "再创", "创", "打造", "安排", "配备", "配置",
  "落实", "启动", "开展", "组织", "推动", "支持", "扶持", "涉及", "涵盖", "覆盖", "惠及", "达到", "拥有", "具有", "有", "形成", "办好", "建", "发展", "用", "拿出", "投资建设", "争取", "建成投用", "投用", "投入使用", "交付使用",
];
// Verbs that end a noun phrase taken from after the figure: 特岗教师全员分配到农村学校 → 特岗教师.
const NOUN_END = /(?:(?:共|共计|合计|总计)(?=\s*(?:\d|$))|、(?=\s*\d)|(?<!^(?:改扩建|新建|改建|扩建|续建|迁建))、(?=(?:开工|完工|竣工|建成|新建|改建|扩建|投用|启动|招聘|培训|新增|完成|向|对|为|给|把|从))|(?<![生人平校])均(?!衡|等|匀)|(?<![生人平校首成京])都|(?:调)?增至|(?:调)?降至|至(?!少|多|今)|(?:的)?基础上|(?:上浮|上涨|缩减|上升|扩大|增长|增加|提高|提升|下降|降低|减少|上调|下调|调升|调降|调高|调低|调减|调增)(?=到|至|为|了|\s*$|[，,；;。])|已于|已经|到|赴|采取|采用|用于|参加|参与|获得|分别(?=(?:荣获|获得)[^，,；;。]*等奖)|居首|居次|次之|进行|开展|实现|纳入|列入|列为|接受|通过|享受|受到|(?<!自行)分配|全员|全部|从事|入选|获评|评为|成为|投入使用|交付使用|达到|完成|实施|进入|参评|受益|落地|得到|作为|(?<!教育)需要|应当|必须|将|(?<!教育需)要|持续|不断|进一步|切实)/;
const NOUN_END_FROM = new RegExp(NOUN_END.source, "g");
// A modifier clause before 的 (具有影响力的名师工作室): the head noun after 的 is the name.
const MODIFIER = /^(?:具有|具备|有|拥有|与|和|能|能够|可|可以|符合|满足|达到|通过|获得|承担|面向|服务|适合|用于|涵盖|覆盖|包括|含|配套)/;
// (基础设施建设, 信息化建设, 标准化建设: what is built is the label; 培育建设 keeps only 培育)
// (86项重点工作, 23项创新工作: work counted as items keeps the word; 重点 alone names nothing)
const ACTION_TAIL = /(?:建设力度|工作任务|(?<!^(?:重点|创新|主要|中心|日常|各项|专项|特色|改革|攻坚|实事|目标))(?:工作|任务)|力度|进度|(?<!设施|信息化|标准化|装备|校舍|网络|平台|队伍|数字化|能力|学校|高中|中学|小学|幼儿园|宿舍)建设|创建|创建工作|的)$/;

const YEARS = /(?:到|至|在|于|截至|截止到?|自|从)?\s*(?:(?:19|20)[\dXx*＊]{2}|[一二][〇零九一二三四五六七八九]{3}|民国\s*\d{2,3}|(?<!\d)1[0-3]\d(?=\s*学?年度)|(?<![\d.]|\d,)(?:1[0-3]\d|[89]\d)(?=\s*学年))\s*(?:[-—至到~/]\s*(?:19|20)?\d{2}\s*)?学?年(?:迄今|至今|度|底前|底|末|初|前|内|间|秋季|春季|上半年|下半年|\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*(?:底|末)?\s*(?:前|之前|以前)?\s*(?:完工|竣工|建成|投入使用|投用|交付使用|交付)?)?(?:起(?!始|点|步|草)|开始|以来)?(?:就(?![业读近学医诊餐位职]))?/g;
// 12个班规模, 36轨规模的: the size of a building says which one, it is no part of the label
const SIZE = /(?:\d+|[一二两三四五六七八九十]+)\s*个?\s*[班轨](?:办学)?规模的?/g;
const GRADES = /\d{1,2}(?:\s*[—\-–~至到]\s*\d{1,2})?(?=\s*年级)/g;
const AGES = /\d{1,2}(?:\s*[—\-–~至到]\s*\d{1,2})?(?=\s*周?岁\s*(?:以[上下])?\s*的?\s*(?:儿童|幼儿|学生|青少年|少年|人口|适龄|专班|班|组|教师|专任教师|教职工|校长|人员))/g;
// (600分以上1698人: a name ending at the band, the count right after it)
const SCORE_BAR = /(\d{2,3})\s*分\s*(以上|以下)(?=\s*的?\s*(?:学生|考生|人数|人|有|共有|$))/g;
const SCHOOL_SIZE_BAR = new RegExp(String.raw`\d{1,3}\s*[人班]\s*(?:及以上|以上|以下|及以下)(?=\s*(?:的\s*)?${SCHOOLS_OF_A_SIZE})`, "g");
// (its digits held as wide ones while the figures go: the clean text has none of its own)
export const toWide = (n: string) => n.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
// (第一名, 第3名: a rank stays in the name; 每 before a count is the rate's own)
const FIGURES = /(?<!第\s*|每\s*)(?<![\d.,])(?!\d[\d.,]*\s*(?:万|亿)?\s*(?:及以上|以上|以下)?\s*人?口(?:及以上|以上|以下)?的?[县乡镇村市区城地社街])(?:百分之)?\d[\d.,]*(?:\s*[-~至到]\s*\d[\d.,]*)?\s*(?:多|余)?\s*(?:万|亿)?\s*(?:%|个百分点|周岁|平方米|平米|平方公里|公顷|亩|元|学时|课时|小时|分钟|人次|所次|台套|[个所名人项处户次件家种类名位批期届场节门间条台本部座张份块班轮组岁套栋幢层册辆篇]|校(?![园区内外本长际舍友训]))?\s*(?:及以上|以上|以下|以内|左右)?|(?<!每|第\s*|普)(?<!(?<![提升较更最大加拉抬])[小国初高])[一二两三四五六七八九十百千]+(?:多|余)?[个所名人项处户次件家种类位批期届场节门间条台座张份块班轮组](?!性)(?<![类批])|(?<!每)[一二两三四五六七八九十]+[类批](?!\s*(?:幼儿园|园|学校|校|中学|小学|高中|示范|标准|地区|县|城市|重点|本科|[AB]线|院校|大学))/g;

// (小一户籍新生: a grade written short is a word; see notAFigure)
// Words to strip from a label's ends, looked up by the character they start or end with (names
// are read for every figure: trying a hundred words each time was a tenth of extraction)
class Words {
  private readonly byFirst = new Map<string, string[]>();
  private readonly byLast = new Map<string, string[]>();
  private readonly patterns: RegExp[] = [];
  constructor(words: readonly (string | RegExp)[]) {
    for (const w of words) {
      if (typeof w !== "string") this.patterns.push(w);
      else if (w) {
        for (const [map, key] of [[this.byFirst, w[0]!], [this.byLast, w[w.length - 1]!]] as const) map.set(key, [...(map.get(key) ?? []), w]);
      }
    }
  }

  /**
   * The length of the longest word `s` starts (or ends) with, 0 when none; a word that would
   * leave one character is passed over (keep 完成率, 覆盖率 whole).
   */
  longest(s: string, where: "start" | "end"): number {
    let best = 0;
    const key = where === "start" ? s[0] : s[s.length - 1];
    const words = key === undefined ? undefined : (where === "start" ? this.byFirst : this.byLast).get(key);
    if (words) for (const w of words) if (w.length > best && s.length - w.length !== 1 && (where === "start" ? s.startsWith(w) : s.endsWith(w))) best = w.length;
    // a pattern of the end ($) is tried on the end only: the engine would try it at every place
    const tail = where === "end" && s.length > 16 ? s.slice(-16) : s;
    for (const re of this.patterns) {
      const len = re.exec(tail)?.[0].length ?? 0;
      if (len > best && s.length - len !== 1) best = len;
    }
    return best;
  }
}

const LEADING_WORDS = new Words(LEADING);
const TRAILING_WORDS = new Words(TRAILING);
const VERB_WORDS = new Words([...MEASURE_VERBS, ...OTHER_VERBS]);
const WORK_VERB_WORDS = new Words(["加快推进", "加快", "推进", "推行", "加强", "实施", "启动", "做好", "抓好", "完成", "开展", ...OTHER_VERBS]);

function stripWords(s: string, words: Words, where: "start" | "end"): string {
  let cur = s;
  // the longest word that matches goes first (建成 before 建), again while any does
  for (let len = cur ? words.longest(cur, where) : 0; len > 0; len = cur ? words.longest(cur, where) : 0) {
    cur = where === "start" ? cur.slice(len) : cur.slice(0, cur.length - len);
  }
  return cur;
}

// ◈✿✿★ a spam site scatters through a text, arrows, dingbats, emoji: no part of a name
// (× and = of a sum worked out in the text: 总面积69×4=276平方米)
// 本报讯, 新华社北京9月1日电／: a story's dateline is no word of a name
// (〔記者蔡淑媛/台中報導〕, 【记者 张三 报道】: a byline in brackets)
const DATELINE = /[〔【\[(（]\s*(?:记者|特派员|实习记者|通讯员)[^〔〕【】\[\]()（）]{1,24}?(?:报导|报道|电|讯)\s*[〕】\])）]|本报讯|本网讯|[\u4e00-\u9fff]{0,12}?(?:社|网)[\u4e00-\u9fff]{0,8}?(?:\d{1,2}月)?\d{1,2}日电(?![视话子脑力报告])[／/]?/g;
// (HK$, MOP$: a dollar sign is the figure's unit, no word of its name; *, ※: a mark on a list's item, not
// a product's sign, 1304*1.65*0.5; 5**: Hong Kong's top grade; @*%@, #: a copying site's noise and a topic's tag)
const SYMBOLS = /(?<=^|[\s、，,；;])\*+(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])\*\*|[%*&^~]*[@#][@#%*&^~]*|[＊※\u00d7\uff1d=\u2190-\u2bff\u3200-\u33ff\u{1f000}-\u{1faff}\ufe0f]+|(?:HK|MOP|NT|US)?\s*\$/gu;

/** Punctuation, spaces, quotes and figures out; what remains is the label's material. */
// The same words are tidied again and again (each figure's words by the subject, the verb and the
// noun readers): the last results are kept, a pure function's answers.
const tidied = new Map<string, string>();
// 比十八大前提高了28.4个百分点, 较改革前增长: a time before which a change is counted is its base, no name
// (not the 比 of 比例, the 与 of 参与: 本科学历比例较五年前提高 keeps 比例)
const BASE_BEFORE_CHANGE = /(?:比(?![例重率较])|较|較|(?<![参给])[與与])[^比较較与與，,。；;\s]{1,8}?前(?=(?:分别|已经|已)?(?:提高|提升|增加|增长|下降|降低|减少|上升|扩大|缩小|多|少)(?:了|约|近)?$)/;
// (从十八大前的不到30%到现在超过60%: up to now is when, no name)
const UP_TO_NOW = /(?:到|至)(?:现在|目前|如今|今天)(?=(?:已经|已)?(?:超过|达到|达|已达|突破|为|是)?$)/;
export function tidy(s: string): string {
  const known = tidied.get(s);
  if (known !== undefined) return known;
  const out = tidyUncached(s);
  if (tidied.size >= 4096) tidied.clear();
  tidied.set(s, out);
  return out;
}

function tidyUncached(s: string): string {
  // (the patterns of years and months only where the text has 年 or 月: names are tidied for
  // every figure, and most have neither)
  // (不含教学点和乡村小规模学校): an aside on what is counted (one left open holds the figure)
  let t = s.replace(LEADING_LIST_MARKER, "").replace(ASIDE, "").replace(SYMBOLS, "").replace(DATELINE, "").replace(BASE_BEFORE_CHANGE, "").replace(UP_TO_NOW, "");
  if (t.includes("年")) {
    t = t
      // 报到率比2021年增加: a comparison with a year, not a ratio (生师比2021年为…)
      .replace(/(?<=[率数额量费])比(?=\s*(?:19|20)\d{2}\s*学?年)/g, "")
      .replace(YEARS, "")
      // 九十九学年度, 一0一学年度: a Republic school year in words
      .replace(/(?:由|从|到|至)?[一二三四五六七八九十〇零0]{2,4}学年度?的?/g, "")
      // 至114年会再增加: a Republic year in digits (自106年迄今: and the span from it to now)
      .replace(/(?:由|从|到|至|自)?(?<!\d)1[0-3]\d\s*学?年度?(?:底|末)?(?:迄今|至今|以来)?的?/g, "")
      // 从今年开始, 自明年起: when a rule starts, no part of what it sets
      .replace(/(?:从|自)(?:今年|明年|本年度?|下一?年度?|当年)(?:起|开始)|(?:今年|明年)(?:起|开始)(?=[\u4e00-\u9fff]{2})/g, "")
      // 9学年间, 5年来, 5年时间: the span of a change
      .replace(/(?:近|过去|这)?(?:\d+|[一二两三四五六七八九十]+)\s*学?年(?:间|来|以来|时间)|连续(?:\d+|[一二两三四五六七八九十]+)\s*年/g, "");
  }
  // 1-9月份, 9月份: the months a report covers
  // (1—6月完成: the months before a deed, with no 份)
  // (截至11月底的, 10月底: a point in time, not what is counted)
  if (t.includes("月")) t = t.replace(/(?:\d{1,2}\s*[-—–~至到]\s*)?\d{1,2}\s*月份|(?:\d{1,2}\s*[-—–~至到]\s*)\d{1,2}\s*月(?![\u4e00-\u9fff]{0,1}日)|(?:截至|截止到?)?\d{1,2}\s*月(?:底|末|初|上旬|中旬|下旬)的?|(?:截至|截止到?|至|到)?(?:今年|去年|本年|当年|明年)\d{1,2}\s*月(?:为止|止)?|\d{1,2}\s*月时/g, "");
  // 600分以上人数: a score that says who is counted is part of the name, not a figure to drop;
  // 1—3年级语文: grades say whose figure it is (both held as wide digits while figures go)
  if (t.includes("分")) t = t.replace(SCORE_BAR, (_, n: string, side: string) => toWide(n) + "分" + side);
  if (t.includes("年级")) t = t.replace(GRADES, (g: string) => toWide(g));
  // ESI前1%学科, 台州市前3000名: a band of a ranking says which ones are counted, as a grade does
  if (t.includes("前")) t = t.replace(/前\s*\d+(?:\.\d+)?\s*(?:%|‰|‱|名|位)/g, (g: string) => toWide(g));
  // 100人以下小规模学校: a school's size bound says which schools are counted (not-indicators)
  if (/[人班]以/.test(t)) t = t.replace(SCHOOL_SIZE_BAR, (g: string) => toWide(g));
  // 服务届满40年教师: years of service say who is counted, as an age does
  if (t.includes("届满")) t = t.replace(/届满\d{1,2}年/g, (g: string) => toWide(g));
  // 6岁儿童近视率, 3-6岁幼儿: an age says who is counted, as a grade does
  if (t.includes("岁")) t = t.replace(AGES, (g: string) => toWide(g));
  // 5A, 4A1B, 6级分: a grade of an exam (and 5G, 3D) is a code in the name, not a figure
  if (/\d\s*(?:[A-Za-z]|级分)/.test(t)) t = t.replace(/\d+(?=[A-Za-z]|\s*级分)/g, (g: string) => toWide(g));
  // PM2.5, 3人制篮球场, 海拔1500米以上: a pollutant's size, the players of a side and a height say
  // which thing is meant, as an age does
  if (/PM\s*\d|\d\s*人制|海拔\s*\d/.test(t)) t = t.replace(/(?<=PM\s*)(?:2\.5|10)|\d{1,2}(?=\s*人制)|(?<=海拔\s*)\d[\d,]*(?=\s*(?:米|千米|公里))/g, (g: string) => toWide(g));
  // K1, P1, S6 (Hong Kong's and Macao's school years): a letter's number is its code, as 5A's
  if (/[A-Za-z]\d/.test(t)) t = t.replace(/(?<=(?:^|[^A-Za-z])[A-Za-z])\d{1,2}(?!\d)/g, (g: string) => toWide(g));
  return t
    // 这10件实事: the demonstrative of a counted list
    .replace(/这(?=\s*(?:\d|[一二两三四五六七八九十]+[个所件项]))/g, "")
    // “十四五”期间: the period a plan covers
    .replace(/[“"]?十[一二三四五六七八九]五[”"]?(?:期间|时期|末|初|以来)?/g, "")
    .replace(SIZE, "")
    // 第三批: which round, no part of the label (第二课堂, 第一书记 have no measure word)
    .replace(/第\s*(?:\d+|[一二两三四五六七八九十百]+)\s*(?:批次?|期|届|轮)/g, "")
    .replace(FIGURES, "")
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    // =100%, <=6962人 in a form's cell: the comparator is the figure's; 780元/生/年: so is the rate's per
    .replace(/[=＝<>＜＞≥≤≈]+|[/／](?:生|人|年|学年|学期|月|周|天|日|校|班|次|餐)(?=[/／]|$|[^\u4e00-\u9fff])/g, "")
    .replace(/[\s“”"'‘’「」《》〈〉|｜]/g, "")
    .replace(/^(?:\d{1,2}[、.．](?!\d)|[、，,；;：:。.．·•+\-—)）]|和(?!谐|睦|美(?!育|术|化)|平(?!安|均|台|等|稳))|及(?!时|格)|与|或(?!者)|以及)+/, "")
    .replace(/[、，,；;：:。.·•\-—(（!！?？]+$/, "");
}

/** Balance brackets that a cut left open or closed: 新(扩)建 stays, 职校) goes. */
function balance(s: string): string {
  let depth = 0;
  let out = "";
  for (const c of s) {
    // (【主题:…成长5.85%】: a headline's lenticular brackets frame it, they are no part of a name)
    if (c === "【" || c === "】" || c === "〖" || c === "〗") continue;
    if (c === "(" || c === "（") depth++;
    if (c === ")" || c === "）") {
      if (depth === 0) continue;
      depth--;
    }
    out += c;
  }
  while (depth-- > 0) {
    const i = Math.max(out.lastIndexOf("("), out.lastIndexOf("（"));
    if (i < 0) break;
    out = out.slice(0, i) + out.slice(i + 1);
  }
  return out;
}

/** The final form: no 的, balanced brackets, no trailing "work" words, not too long. */
export function finishName(s: string): string {
  // (新建、改扩建 left in a finished name are two verbs of one measure: 新建改扩建; a list split
  // by 分别 was split before)
  let n = balance(tidy(s)).replace(/的|[(（]\s*[)）]/g, "").replace(/(新建|改建|扩建|改扩建)、(?=改扩建|改建|扩建|新建)/g, "$1");
  for (let i = 0; i < 3; i++) {
    const m = ACTION_TAIL.exec(n);
    if (!m || n.length - m[0].length < 2) break;
    n = n.slice(0, n.length - m[0].length);
  }
  // 该县…, 这些资金…: a demonstrative points back and names nothing; 这53所学校中: "among" the
  // things counted; …已建成并, 资金对: a clause cut before its verb leaves a conjunction; 研究项目等:
  // "and so on" after one thing (a list before 等 stays whole)
  const bare = n.replace(FROM_TIME, "").replace(DEMONSTRATIVE, "").replace(SCOPE_AMONG, "").replace(CUT_CONJUNCTION, "").replace(/(?<=[^、]{2})等$/, "").replace(COMPARED_LEFT, "").replace(HOW_DONE, "").replace(BOUND_LEFT, "");
  return bare.length >= 2 ? bare : n;
}
// 跨境生由去年(逾二千人大減至七百人), 新生從去年度(97人增加到…), 礼券从原本(600元…), 补助由年(人均3.52万元…):
// the time a change starts from, with the change's verb after it, names nothing (毛入学率从十八大前的…)
const FROM_TIME = /(?<=[\u4e00-\u9fff]{2})(?:由|从)(?:(?:去年|上年|前年|今年|上一?学年|本学年|原本|原来|原先|每?年|每月)度?(?:大幅|大|骤|锐)?(?:减少?|增加?|增长|下降|下跌|上升|削减)?|[\u4e00-\u9fff]{1,8}?前的?)$/;
// 民生实事全面(完成), 项目如期(完成), 学校均已(达标): how a deed went, cut from its verb, names nothing
const HOW_DONE = /(?<=[\u4e00-\u9fff]{2})(?:全面|如期|顺利|全部|圆满|基本|均已|(?<![平人生年])均|已经|已|同样|仍然|依然)+$/;
// 學校學生不到(30人): a bound whose figure went with it (the schools are counted, not the pupils)
// (缺額率大於四成: with the bound written in words)
const BOUND_LEFT = new RegExp(`(?<=[\u4e00-\u9fff]{2})(?:${BOUND_WORDS})(?:[一二两三四五六七八九十百千万]+成?)?$`);
// 初中毛入学率较(2015年提高…): a comparison whose year was cut from the name (not 比较; and not 比,
// which ends ratios: 师生比, 人数比)
const COMPARED_LEFT = /(?<=[\u4e00-\u9fff]{2}(?<!比))较$/;
const DEMONSTRATIVE = /^(?:(?:该|此)[县区市省镇乡旗州盟校园](?![长级])|(?:该|这些|此)(?=项目|资金|工程|学校))/;
const SCOPE_AMONG = /(?<=学校|项目|校|园|教师|学生|支出|收入|资金|单位|人员|家庭)中$/;
// (not 撤并, 结对: words of their own)
const CUT_CONJUNCTION = /(?:(?<=建成|完成|竣工|开工|启用|达标|验收|到位|通过)并|(?<=[\u4e00-\u9fff]{2})正在|(?<=资金|经费|小组|人员)对)$/;

// 按照有关规定, 根据省定标准: how a figure is set, between the subject and the comparator
const BY_RULE = /(?:按照?|根据|依据|依照|参照)(?:国家|省|市|县|区|上级)?(?:的)?(?:有关|相关)?(?:规定|要求|标准|政策|文件)$/;

/** The subject before a figure: 全区学前教育净入学率达到 → 学前教育净入学率. */
export function subjectBefore(left: string): string {
  let s = tidy(left);
  // an enumeration of examples before the figure describes the counted thing: 智能装备、纺织服装等7个
  if (/等$/.test(s)) s = "";
  // 国一新生因龙年效应增加: why it moved stands between the subject and its verb, no part of it
  s = s.replace(CAUSE, "");
  s = stripWords(s, LEADING_WORDS, "start");
  s = stripWords(s, TRAILING_WORDS, "end");
  s = s.replace(BY_RULE, "");
  s = stripWords(s, TRAILING_WORDS, "end");
  s = stripWords(s, LEADING_WORDS, "start");
  // 计划完成170所，实际完成195所: planned against done is all the name says
  if (!s || /^(?:实际|计划)$/.test(s)) {
    const stance = PLANNED_OR_DONE.exec(tidy(left));
    if (stance) return stance[1]!;
  }
  return s;
}
const PLANNED_OR_DONE = /(?:^|[，,])\s*((?:计划|实际)(?:完成|建成|开工|竣工|新增|新建|投入|招收|招生))\s*$/;
const CAUSE = /^(?:适逢|因为?|由于|受)[\u4e00-\u9fff]{1,10}?(?:效应|影响|冲击)(?=[\u4e00-\u9fff]{0,4}$)|(?:因为?|由于|受|适逢)(?<=[\u4e00-\u9fff]{2}(?:因为?|由于|受|适逢))[\u4e00-\u9fff]{1,10}?(?:效应|影响|原因|因素|冲击|带动)(?=[\u4e00-\u9fff]{0,4}$)/;

/** The verb a name starts with (新建, 改扩建, 建成 …), or "". */
export function leadingVerb(name: string): string {
  let best = "";
  for (const v of ALL_VERBS) if (name.startsWith(v) && v.length > best.length) best = v;
  return best;
}

/**
 * A part's name from its total's measure: 城区 of 新建学校 → 城区新建学校. A total named by its
 * change alone (增加学位) gives the part the thing, not the change (幼儿园学位).
 */
export function partOfMeasure(part: string, measure: string): string {
  return part + measure.replace(/^增加(?=[\u4e00-\u9fff]{2})/, "");
}

const BUILDING_VERBS = ["开工建设", "开工", "完工", "竣工", "新建", "改扩建", "扩建", "改建", "建成", "建设", "新增"];

/**
 * The thing a name counts, after its last verb of building: 贵阳开工建设学校 → 学校; the whole
 * name when none (培训 in 学科类培训机构 is part of the noun).
 */
export function countedThing(name: string): string {
  let end = 0;
  for (const v of BUILDING_VERBS) {
    const at = name.lastIndexOf(v);
    if (at >= 0 && at + v.length > end && name.length - (at + v.length) >= 2) end = at + v.length;
  }
  return name.slice(end);
}

// 占地6600平方米, 校舍面积2986平方米, 学生912名: what a school or a place has, not what is done
const STANDING = /(?:占地|占地面积|用地|用地面积|建筑(?:总)?面积|校舍(?:建筑)?面积|绿化面积|活动场地|用房|在校(?:学)?生|在园幼儿|在园|学生|幼儿|教职工|教师|专任教师|保育员|后勤人员|教学班|班级|研究生|本专科生|中职生|高中生|初中生|小学生|特校生)$/;

/** Whether a name is a standing measure (占地, 在校学生, 教学班) with no verb of doing in it. */
export function isStandingMeasure(name: string): boolean {
  return STANDING.test(name) && !MEASURE_VERBS.some((v) => name.includes(v)) && !/增|建|扩|改|招|培|引|聘|减|提|受|惠|益|资助|补助|覆盖|服务|参与|参加|容纳/.test(name.replace(/建筑|在校/g, ""));
}

/** A name that is nothing but verbs (建成, 开工): the thing counted was left out. */
export function isVerbOnly(name: string): boolean {
  return !!name && (!stripWords(name, VERB_WORDS, "start") || LINK_ONLY.test(name));
}
// 同样为19校, 则为12校, 今年僅剩1713人, 106學年減至114.7萬人: words that link a figure to the measure before
// (or say only where it went) say nothing of their own
const LINK_ONLY = /^(?:同样|仍然|依然|则|亦|也|均|都|仅|只|还|尚|又|将|预计|再)*(?:为|是|剩下?|有|(?:减|降|增|跌|升|下降|减少|增加|回落|回升)(?:至|到|为))?$/;
/** A name that only links its figure to a measure said before (则为, 仅剩, 同样): it adds no word to that measure. */
export function isLinkOnly(name: string): boolean {
  return !!name && LINK_ONLY.test(name);
}

/** What a clause of work is about: 加快推进中小学研学实践基地建设 → 中小学研学实践基地. */
export function topicOf(clause: string): string {
  let s = subjectBefore(clause);
  s = stripWords(s, WORK_VERB_WORDS, "start");
  const tail = /(?:建设|改造|创建|提升|工程|工作|行动|项目建设)$/.exec(s);
  if (!tail) return "";
  s = s.slice(0, s.length - tail[0].length).replace(/的$/, "");
  if (s.length < 2 || s.length > 16 || ALL_VERBS.some((v) => s.includes(v))) return "";
  return s;
}

/** What a clause of work acts on: 全面推行党组织领导下的校长负责制 → 校长负责制; "" when unclear. */
export function objectOfWork(clause: string): string {
  const s = finishName(stripWords(shortenSubject(subjectBefore(clause), 12), WORK_VERB_WORDS, "start"));
  return s.length >= 2 && !/\d/.test(s) && !ALL_VERBS.some((v) => s.startsWith(v)) ? s : "";
}

/** The measure verb a clause puts before its figure (新增, 培训 …), if any. */
export function measureVerb(left: string): string {
  // (a verb that governs the figure stands near the end: what is before the last sixty characters
  // cannot, and searching it for every verb was a tenth of naming)
  const s = tidy(left).slice(-60);
  let best = "";
  let bestEnd = -1;
  for (const v of MEASURE_VERBS) {
    const at = s.lastIndexOf(v);
    if (at < 0) continue;
    const end = at + v.length;
    // the verb must govern the figure: nothing but stance words between them
    const rest = stripWords(s.slice(end), TRAILING_WORDS, "end");
    // 撤并xx县职业高级中学等12所: examples summed up by 等 stand between the verb and its count
    if (rest && !/^(?:了|和|与|及)?$/.test(rest) && !/^[^，,；;。]{2,30}等$/.test(rest)) continue;
    if (end > bestEnd || (end === bestEnd && v.length > best.length)) {
      best = v;
      bestEnd = end;
    }
  }
  return best;
}

const ALL_VERBS = [...MEASURE_VERBS, ...OTHER_VERBS].filter((v) => v.length >= 2);


/** The subject before a figure whose name comes from the noun after it: only nouns are kept. */
export function nounBefore(left: string): string {
  let s = subjectBefore(left);
  const verb = measureVerb(left);
  if (verb && s.endsWith(verb)) s = s.slice(0, s.length - verb.length);
  // (建设、改造: the list's comma is no part of the verbs left; 完成了约: nor 了 and 约)
  s = s.replace(/[、，,；;]+$/, "");
  s = stripWords(s, VERB_WORDS, "end");
  s = stripWords(s, TRAILING_WORDS, "end");
  s = stripWords(s, VERB_WORDS, "start");
  s = stripWords(s, LEADING_WORDS, "start");
  // 这10件实事: the demonstrative is no part of what is counted
  if (/^(?:这|那|该|此)$/.test(s) || /^(?:了|约|近|共|的)+$/.test(s)) return "";
  // 48所学校中(已有45所…): among which, not what
  s = s.replace(/(?<=[\u4e00-\u9fff]{2})(?<![初高集一二三四五六七八九十])中$/, "");
  // what is left must look like a noun phrase: no verbs inside, no time words
  if (ALL_VERBS.some((v) => s.includes(v))) return "";
  if (/(?:推进|实施|开展|加强|组织|推动|落实|做好|提高|提升|探索|指导|鼓励|支持|引导|规范|强化|加大|前|后|期间|时)/.test(s)) return "";
  return s.length <= 8 ? s : "";
}

export interface NounAfter {
  /** the noun phrase (empty when the words after the figure start with a verb) */
  noun: string;
  /** the words after the figure up to the clause end, tidied */
  phrase: string;
  /** length of the noun phrase in the raw text after the figure */
  length: number;
  /** 36所达到省定办学标准: what the counted things did, when no noun comes between */
  predicate?: string;
  /** 251所学校实现了“班班通”: the things counted, named by what they did (实现班班通学校) */
  counted?: string;
  /** that deed alone (实现班班通) */
  deed?: string;
}

// 251所学校实现了“班班通”, 320名教师参加国培计划: things counted by what they did or passed;
// the deed is the measure, the plain noun only says what was counted
const DEED = /^(?:实现|通过|参加|参与|获得|荣获|纳入|接受|受到|达到|完成|进入|享受|开展|实施|推行|全员|投入使用|交付使用)了?/;
const PLAIN_COUNTED = /^[\u4e00-\u9fff]{1,6}$/;

// 1524名学生受益, 45户脱贫: a deed with no object names those who did it
const DONE_ALONE = /^(?:受益|脱贫|毕业|就业|入学|升学|获奖|返校|辍学|失学|参赛|达标|合格|开工建设|开工|竣工|完工|封顶|建成投用|建成使用|建成)(?=\s*(?:[，,；;。]|$))/;

/** The deed after a verb cut (实现了“班班通”, 通过省级验收), up to the clause end: 2–14 characters, or "". */
function deedAt(raw: string): string {
  // (129个县(市、区)全部实现…: an adverb of all of them leads the deed)
  // (已全部开工, 分别荣获: adverbs may stand two together)
  const adverb = /^(?:将(?:要|会)?)?(?:(?:全部|全面|全都|均已|均|都已?|已经|已|分别)(?=[\u4e00-\u9fff]{2})){0,2}/.exec(raw)?.[0] ?? "";
  raw = raw.slice(adverb.length);
  const alone = DONE_ALONE.exec(raw);
  if (alone) return alone[0];
  const verb = DEED.exec(raw);
  // (对514所农村小学实施采暖改造工程: 实施 with no adverb of theirs is done to the things, not by them)
  if (!verb || (/^(?:实施|推行)/.test(verb[0]) && !adverb)) return "";
  // (…实现国家通用语言文字教育100%全覆盖: the object ends where another figure starts)
  let object = tidy(raw.slice(verb[0].length).replace(/[，,；;。、].*$/s, "").replace(/\d.*$/s, ""));
  // (通过学前教育普及普惠国家督导评估认定: an assessment passed is named by what it assessed;
  // 通过市级标准化验收 names one assessment, kept whole)
  if (/^通过/.test(verb[0])) object = object.replace(/(?<=[\u4e00-\u9fff]{4})(?:国家|省级?|市级?|县级?|自治区)?(?:督导|评估|检查|验收|认定|复核|评审|考核){2,}$/, "");
  // (6名学生分别荣获一、二、三等奖: prizes listed by grade are prizes won)
  if (/^(?:荣获|获得)/.test(verb[0]) && object.length < 2 && /^[^，,；;。]*等奖/.test(raw.slice(verb[0].length))) return "获奖";
  // 投入使用, 交付使用: a deed with no object
  if (/使用/.test(verb[0])) return object.length <= 14 && !/\d/.test(object) ? verb[0].replace(/了$/, "") + object : "";
  // (开展党组织领导的校长负责制试点工作: a long object keeps what follows its last 的)
  object = deedAfterLastDe(object);
  return object.length >= 2 && object.length <= 14 && !/\d/.test(object) ? verb[0].replace(/了$/, "") + object : "";
}

function shifted(n: NounAfter, by: number): NounAfter {
  return n.length ? { ...n, length: n.length + by } : n;
}

// 县(市、区), 乡（镇）: the kinds of place that stand with a 县 in brackets are one plain noun
const PLACE_ALTERNATIVES = /(?<=[县市区乡镇])[(（][市区县镇乡街道旗场、\s]{1,10}[)）]/g;

/** The counted thing after a figure: 个智慧教室、 → 智慧教室; 的名教师 → 名教师. */
export function nounAfter(right: string): NounAfter {
  // 200人次、省级培训800人次: words after a list separator belong to the next item
  // (一万人了。: a particle ending the sentence is no noun)
  // (12小时且出席率不得低于八成: a conjunction opens the next condition)
  // (（35.2%）、印尼: nor after the close of a bracket round the figure)
  if (/^\s*(?:[)）]\s*[、，,；;]|[、，,；;]|[了啦呢吧啊](?:\s*[。！？!?，,；;]|\s*$)|(?:并且|而且|且(?!末)))/.test(right)) return { noun: "", phrase: "", length: 0 };
  // 47.1人每班: the unit's per (每班, 每校, 每年) says how it is counted, no noun
  if (/^每[班校生人年天周月]/.test(right)) return shifted(nounAfter(right.slice(2)), 2);
  // 项目104个 at a line's end: the next line is the next item (wrapped lines are joined by now)
  if (/^[ \t]*\n/.test(right)) return { noun: "", phrase: "", length: 0 };
  // 新台幣4,000元整: 整 says the sum is exact, no noun
  if (/^整(?![\u4e00-\u9fff])/.test(right)) return shifted(nounAfter(right.slice(1)), 1);
  // 突破千人大关: the mark passed, not what is counted
  if (/^大关/.test(right)) return { noun: "", phrase: "", length: 2 };
  // 增加100至200个不等: "ranging", no noun; 200-500元不等的乡镇工作补贴: ranging, then what is counted
  if (/^\s*不等的/.test(right)) return shifted(nounAfter(right.slice(right.indexOf("不等") + 2)), right.indexOf("不等") + 2);
  if (/^\s*不等/.test(right)) return { noun: "", phrase: "", length: 0 };
  // 75.5万元（澳门元，下同）津贴: an aside on the figure, then what it counts; 1所（140中学幼儿园）:
  // which ones, never what is counted
  if (opensWithFigureAside(right) || /^\s*[(（][^()（）]{2,80}[)）]/.test(right)) {
    const close = right.search(/[)）]/);
    return close < 0 ? { noun: "", phrase: "", length: 0 } : shifted(nounAfter(right.slice(close + 1)), close + 1);
  }
  // 9.2万个(今年使用学位3.2万个): an aside cut short by its own figure names nothing
  if (/^\s*[(（][^()（）]*$/.test(right)) return { noun: "", phrase: "", length: 0 };
  // (192所(个): the unit's other name in brackets is part of the figure)
  // (其中3625人为建档立卡贫困家庭学生: 为/是 says who the people counted are)
  const lead = /^(?:\s*[(（][\u4e00-\u9fff]{1,2}[)）](?=[，,；;。、\s]|$))?[\s的]*(?:(?:为|是)(?=[^，,；;。\d]{1,20}(?:学生|教师|儿童|幼儿|人员|子女|老师|校长|毕业生)(?:[，,；;。]|$)))?/.exec(right)![0].length;
  // (240名額: the unit 名 took the first half of 名额, the places counted; 31万人口: 人 took 人口's)
  const raw = right.slice(lead).replace(ASIDE, "").replace(SYMBOLS, "").replace(/^额/, "名额").replace(/^口(?![\u4e00-\u9fff])/, "人口");
  const phrase = tidy(raw);
  // (tested on the whole rest: some ends look past themselves, 提高 only before 到 or the end)
  if (!raw || NOUN_END.exec(raw)?.index === 0) {
    const predicate = raw ? deedAt(raw) : "";
    return { noun: "", phrase, length: 0, ...(predicate ? { predicate } : {}) };
  }
  NOUN_END_FROM.lastIndex = 1;
  const cut = NOUN_END_FROM.exec(raw);
  let noun = cut ? raw.slice(0, cut.index) : raw;
  // 机构未纳入监管平台, 已完成“营转非”登记: a cut after a negation or a bare adverb broke the
  // predicate that says which ones are counted; the words to the clause end are the label
  const adverb = /^(?:已经|已|均|都|仍|尚|还|全部)$/.exec(noun);
  if (cut && (/(?:未|不|没有|尚未|仍未|无)$/.test(noun) || adverb)) {
    const whole = raw.replace(/[，,；;。].*$/s, "");
    if (whole.length <= 16) noun = adverb ? whole.slice(adverb[0].length) : whole;
  }
  // 4所学校被评为省级党建示范校: schools counted by what they were named; the title is the label
  // (10%的义务教育学校纳入教联体: a share of them, named by the deed below)
  const named = cut && !/^\s*的/.test(right) && /^(?:评为|获评|入选|成为|列入|纳入)/.exec(raw.slice(cut.index));
  // (乡镇幼儿园被评为…, 高职院校入选…: the kind counted may carry words of its own before it)
  // (1所高中获评…: 高中, 初中, 中职 are kinds of school too)
  // (36所中小学校创建成为宁波市文明校园: made into it, likewise)
  if (named && /^(?:[\u4e00-\u9fff]{0,6}(?:学校|中小学校?|院校|学院|大学|高校|中学|小学|高中|初中|中职|幼儿园|教师|校长|单位|集体))?(?:被|(?:成功)?创建)?$|^(?:个人)?被?$/.test(noun)) {
    const title = raw.slice(cut.index + named[0].length).replace(/[，,；;。、].*$/s, "");
    // (16所高职学校入选第二期国家“双高计划”: a programme or a list chosen into says what the schools are
    // with them, 高职学校入选…双高计划; a title, 省级党建示范校, says it alone)
    const kindCounted = noun.replace(/(?:被|(?:成功)?创建)$/, "");
    const programme = /(?:计划|工程|名单|行列|项目)[”"」』]?$/.test(title) && kindCounted.length >= 2;
    if (title.length >= 2 && title.length <= 16) return { noun: finishName(programme ? kindCounted + named[0] + title : title), phrase, length: lead + noun.length };
  }
  // (129个县(市、区)实现…均衡: counted by the deed, brackets and all)
  // (1158所学校已实施…: the adverb the noun's cut left behind leads the deed)
  const doneBy = cut ? (/(?:已经|已|均已|均|都已?|全部)$/.exec(noun)?.[0] ?? "") : "";
  const deed = cut && PLAIN_COUNTED.test(noun.replace(PLACE_ALTERNATIVES, "")) && !/^(?:已经|已|均|都|仍|尚|还|全部|被)$/.test(noun) ? deedAt(doneBy + raw.slice(cut.index)) : "";
  // 对633所农村中小学“小火炉”进行改造: what is done to things (not people) says what is counted
  const done = cut && !deed && noun.length >= 2 ? /^(?:进行|实施|开展|予以|给予)([\u4e00-\u9fff]{2,4}?)(?:[，,；;。]|$)/.exec(raw.slice(cut.index)) : null;
  if (done) return { noun: finishName(noun + done[1]!), phrase, length: lead + noun.length };
  // 163所学校中，147所为新建，16所为改造提升: some of them are what the words after 为 say
  const are = /^(?:为|是)([\u4e00-\u9fff]{2,6})(?=[，,；;。]|$)/.exec(raw);
  if (are) return { noun: are[1]!, phrase, length: lead + are[0].length };
  // 实事已完成7件: the adverb before the cut belongs to the verb
  // (3所学校也将投入使用: 也 and 亦 go with the verb too)
  noun = noun.replace(/(?<=[\u4e00-\u9fff]{2})(?:已经|已|均|都|也|亦)$/, "");
  const length = lead + noun.length;
  if (deed) return { noun: finishName(noun), phrase, length, counted: finishName(deed + noun), deed };
  const de = noun.lastIndexOf("的");
  if (de > 0) {
    const before = noun.slice(0, de);
    const after = noun.slice(de + 1);
    if (after.length >= 2 && MODIFIER.test(before)) noun = after;
  }
  // 以每年10%的速度增长: the pace of a change; the change is what is measured
  const pace = /^(?:速度|幅度|速率|比例)(增长|递增|提高|增加|上升|下降|减少|递减)/.exec(noun + raw.slice(noun.length));
  if (pace && /^(?:速度|幅度|速率|比例)/.test(noun)) return { noun: "年均" + pace[1]!, phrase, length: lead + pace[0].length };
  // 新建幼儿园328所的工作任务: the task of doing it, no thing counted (the words before name it)
  if (/^(?:工作|目标|年度)?任务$|^(?:工作)?目标$/.test(noun)) return { noun: "", phrase: "", length: 0 };
  // 在45至55元的区间, 保持在95%的水平: a frame around the figure names nothing
  // (…增长10分左右的情况下: a frame, not what is counted)
  if (/^(?:区间|范围|之间|水平|幅度|情况下|条件下|背景下|前提下)$/.test(noun)) return { noun: "", phrase: "", length: 0 };
  return { noun: finishName(noun), phrase, length };
}

/** Long subjects keep what follows their last 的 (…接受义务教育的公办学校接纳率 → 公办学校接纳率). */
export function shortenSubject(name: string, max = 16, minTail = 6): string {
  if (name.length <= max) return name;
  const de = name.lastIndexOf("的");
  // (…实现基本均衡的县(市、区)比例: what follows, its asides aside, is too short to be the label)
  if (de > 0 && name.slice(de + 1).replace(/[(（][^()（）]*[)）]/g, "").length >= minTail) return name.slice(de + 1);
  return name;
}

/** A deed too long for a label is named by what follows its last 的 (…消防设施和用电线路的安全改造 → 安全改造). */
export function deedAfterLastDe(deed: string): string {
  return shortenSubject(deed, 14, 0);
}

// A percentage of people or things is their share: …的教师达到3% → …教师比例.
// a change's verb in the words before: its per cent is the change, no share (增设, 提升改造 of
// the schools counted are no change of the share)
const CHANGE_IN_WORDS = /增长|成长|增加|提高|降低|下降|下滑|减少|跌|(?:约|比|净)增/;
export function withShare(name: string, unit: string, left: string): string {
  if (unit !== "%" || !name) return name;
  if (/(?:率|比例|比重|占比|覆盖面|度|面|量|比|水平|指数|增幅|幅度)$/.test(name)) return name;
  if (/(?:比|较)(?:上一?年|去年)|同比|按年|年均/.test(left) || CHANGE_IN_WORDS.test(left)) return name;
  // 标准化学校达到学校总数的80%: the share of a whole, said with 占
  return name.replace(/达到(?=[^达]{1,14}总数$)/, "占") + "比例";
}

// 人均不少于72学时: a label of one or two characters says little; the unit names the measure.
// (not sums of money: 投资万元 says no more than 投资)
const MEASURE_UNITS = new Set(["学时", "课时", "小时", "分钟", "天", "工作日", "平方米", "万平方米", "公顷", "亩", "年", "倍", "分"]);
/** 120万 in the row of 年流通人次, 在校生总人数92.2万: the name says what a bare 万 counts. */
export function withMeasureOfName(unit: string, name: string): string {
  if (!/^[万亿千]$/.test(unit)) return unit;
  // (…办学条件, 场所, 配套: a word that ends in a measure word measures nothing)
  const m = /(人次|人数|人|次数|次|册|元|户|个|(?<!场|诊|研究|事务|托管)所|(?<!条|文|事|案|软|硬|物|部|邮|稿)件|(?<!事)项|辆|(?<!配)套)$/.exec(name);
  if (m) return unit + m[1]!.replace(/数$/, "");
  // 新增公办普高学位6.7万: places are counted by 个
  // (新增學位供給35萬: and the supply of them)
  if (/(?:学位|床位|岗位|托位)(?:供给|总量)?$/.test(name)) return unit + "个";
  // 149.31万农村留守儿童: a bare 万 of children, pupils or teachers counts people
  // (增加本科招生70萬, 高考报名1342万: and those taken in or signed up)
  return /(?:儿童|学生|幼儿|教师|教职工|毕业生|在校生|少年|青少年|招生|招收|录取|报名|报考)$/.test(name) ? unit + "人" : unit;
}

export function withMeasureUnit(name: string, unit: string, quote = ""): string {
  if (/^(?:万|亿)?元$/.test(unit)) {
    // 年度计划投资1亿元 / 完成投资3212万元 / 计划投入10027万元: planned or done is what tells
    // the two sums apart
    const stance = /(计划|完成|实际|累计|预计|下达|到位)(?:总)?(投资|投入|资金|经费|支出)/.exec(quote);
    if (stance && (name === stance[2] || name === "总" + stance[2])) return stance[1] + name;
    // 投入3000万元: what a verb of spending counts is money
    if (isVerbOnly(name)) return name + "资金";
    return name;
  }
  // 龙兴国小规划24班, 新增213班: classes counted by the verb that plans or adds them are 班级
  if (unit === "班" && /(?:规划|设置|开设|新设|增设|新增|增加|扩增|开办|招收)$/.test(name)) return name + "班级";
  // 美育课程不得低于72个学时, 必修课程6个学分: hours and credits are the measure of what is named
  // (幼儿园教师均不少于72学时: people's hours are said by who they are)
  if (/^(?:学时|课时|学分)$/.test(unit) && !/学时|课时|学分|时长|时间/.test(name) && !/(?:教师|学生|校长|人员|干部|班主任|老师)$/.test(name)) return name + unit;
  // (面积, 时长 already say what the unit measures)
  if (name.length > 2 || !MEASURE_UNITS.has(unit) || name.endsWith(unit) || /面积|时长|时间|学时|课时/.test(name)) return name;
  // 绿化2.4万平方米: an area is the area of what the name says
  return isAreaUnit(unit) ? name + "面积" : name + unit;
}

// 比国家同期平均水平高出19.1个百分点, 分别超过全国平均水平1.5和2.4个百分点: the gap to a level
// (高出省标1.25个百分点: a gap to the province's standard, 省标, is a gap to a level too)
const LEVEL_COMPARED = /(比|较|超过|超出|高于|低于|高出)?\s*(全国|国家|全省|全市|全区|全县|省|国|省定)(?:同期)?(?:平均)?(水平|标准?)\s*(高出|高|低|超出|超过)?\s*$/;
/** 高出省标, 高于全国平均水平: a name that is only the gap to a level, whose measure is the one before. */
const LEVEL_NAMED = String.raw`(?:全国|国家|全省|全市|全区|全县|省|国|省定|国家)(?:同期)?(?:平均)?`;
export const LEVEL_GAP_ONLY = new RegExp(String.raw`^(?:比|较)?(?:高出|高于|低于|超出|超过)${LEVEL_NAMED}(?:水平|标准?)$`);
// (低于全国0.6个百分点: the same gap with no 水平 said; a name of its own, the measure before it added)
export const LEVEL_GAP_BARE = new RegExp(String.raw`^(?:比|较)?(?:高出|高于|低于|超出|超过|优于)${LEVEL_NAMED}$`);
/** A name that ends in a gap to a level, either way it is written: its figure is the gap's size. */
export const LEVEL_GAP_AT_END = new RegExp(String.raw`(?:(?:比|较)?(?:高出|高于|低于|超出|超过)${LEVEL_NAMED}(?:水平|标准?)|(?:比|较)?(?:高出|高于|低于|超出|超过|优于)${LEVEL_NAMED})$`);

/** A gap to the national or provincial level is its own measure: 毛入园率 → 毛入园率高于全国平均水平. */
export function withLevelCompared(name: string, left: string): string {
  const m = LEVEL_COMPARED.exec(left);
  if (!m || (!m[1] && !m[4]) || name.includes("水平") || name.includes("标")) return name;
  const level = m[3] === "水平" ? `${m[2]}平均水平` : `${m[2]}${m[3]}`;
  return `${name}${/低/.test(m[0]) ? "低于" : "高于"}${level}`;
}

// a school by its own name (文献小学, 莆田第八中学), not a kind of school (公办幼儿园, 义务教育学校)
const SCHOOL_NAMED = /((?:(?!的)[\u4e00-\u9fff]){2,10}?(?:小学|中学|幼儿园|学校|学院|大学))/g;
const SCHOOL_KIND = /^(?:[全各本我该][市县区省镇乡]?|[\u4e00-\u9fff]{1,4}[市县区镇乡])?(?:公办|民办|阶段|中等|高中|高等|中职|试点|初中|义务段|民族|普惠性?|义务教育|中|城区|城镇|农村|乡镇|乡村|村级?|新建|改扩建|薄弱|寄宿制|职业|普通|高级|初级|完全|特殊教育|特教|各级各类|全部|所有|优质|示范性?|标准化|省级|市级|县级|区级|一级|二级|三级|达标|附属|附设|偏远|小规模|九年一贯制|十二年一贯制|[一二三四五六七八九十\d]+所)*(?:小学|中学|幼儿园|学校|学院|大学)$/;
/** The one school named in a subject (城厢区文献小学), or "" for a kind of school, a list, or none. */
export function namedSchool(subject: string): string {
  // (甲小学教学楼、乙小学教学楼4个项目: a list of schools counts its items, no one school)
  // (牛埠中心幼儿园和状元府邸两所幼儿园: nor two schools named)
  if (subject.includes("、")) return "";
  // (今年秋季全区中等职业学校: time and scope before a kind of school leave it a kind)
  const named = [...subject.matchAll(SCHOOL_NAMED)].map((m) => m[1]!.replace(TIME_AND_SCOPE, ""));
  return named.length === 1 && named[0]!.length >= 4 && !SCHOOL_KIND.test(named[0]!) ? named[0]! : "";
}
const TIME_AND_SCOPE = /^(?:(?:今年|明年|去年|今秋|今春|秋季|春季|本学期|新学期|本学年|新学年)+|全[市县区省镇乡])+/;
