// A row whose cells hold stacked paragraphs: the name cell an indicator and its 其中 parts
// (幼儿教师专科及以上学历比例 / 其中：本科及以上学历比例), each figure cell one figure per part.
// Read one cell per line, the name paragraphs come first, then each column's figures in turn;
// here they become one row per part, each part named with the subject it shares.
import { squeeze } from "./table-headers";
import { LEADING_LIST_MARKER } from "./list-markers";

interface Typed {
  start: number;
  end: number;
  text: string;
  type: string;
}

const DATA = new Set(["value", "int", "placeholder"]);
const SUB = /^其中[:：]?/;
// where a subject ends: the people or places a measure is about
const SUBJECT_END = /^(.*(?:教师|学生|校长|幼儿园|学校|人员|班级))/;
const MEASURE = /(?:率|比例|比重|占比|数|量|额|年限)(?:[(（][^()（）]*[)）])*$/;

// 本科及以上学历比例 under 幼儿教师专科及以上学历比例 → 幼儿教师本科及以上学历比例;
// 小学 under 义务教育标准班额比例 → 小学义务教育标准班额比例.
export function partName(parent: string, part: string): string {
  const p = squeeze(parent)
    .replace(LEADING_LIST_MARKER, "")
    .replace(/[(（][^()（）]*[)）]$/, "");
  const q = squeeze(part).replace(SUB, "");
  if (!MEASURE.test(q)) return q + p;
  let common = 0;
  while (common < p.length && common < q.length && p[p.length - 1 - common] === q[q.length - 1 - common]) common++;
  const subject = SUBJECT_END.exec(p.slice(0, p.length - common));
  return subject ? subject[1]! + q : q;
}

/**
 * Cells (with the line of each) where stacked rows are unfolded into one row per part.
 * `valueColumns` is how many figure columns a row has.
 */
export function unstackRows<T extends Typed>(cells: T[], lineOf: number[], valueColumns: number): { cells: T[]; lineOf: number[] } {
  if (valueColumns < 1) return { cells, lineOf };
  const outCells: T[] = [];
  const outLines: number[] = [];
  let i = 0;
  while (i < cells.length) {
    const c = cells[i]!;
    const next = cells[i + 1];
    if (c.type !== "text" || next?.type !== "text" || !SUB.test(squeeze(next.text))) {
      outCells.push(c);
      outLines.push(lineOf[i]!);
      i++;
      continue;
    }
    let j = i + 1;
    while (j < cells.length && cells[j]!.type === "text") j++;
    const names = cells.slice(i, j);
    let k = j;
    while (k < cells.length && DATA.has(cells[k]!.type)) k++;
    const data = cells.slice(j, k);
    const attribute = cells[k]?.type === "attribute" ? cells[k] : undefined;
    const parts = data.length / valueColumns;
    if (!Number.isInteger(parts) || parts < 2 || parts > names.length) {
      outCells.push(c);
      outLines.push(lineOf[i]!);
      i++;
      continue;
    }
    // a parent without figures of its own is a heading over its parts
    const rows = names.slice(names.length - parts);
    rows.forEach((nameCell, r) => {
      const text = nameCell === c ? c.text : partName(c.text, nameCell.text);
      outCells.push({ ...nameCell, text });
      outLines.push(lineOf[i + names.indexOf(nameCell)]!);
      for (let col = 0; col < valueColumns; col++) {
        outCells.push(data[col * parts + r]!);
        outLines.push(lineOf[j + col * parts + r]!);
      }
      if (attribute) {
        outCells.push(attribute);
        outLines.push(lineOf[k]!);
      }
    });
    i = k + (attribute ? 1 : 0);
  }
  return { cells: outCells, lineOf: outLines };
}
