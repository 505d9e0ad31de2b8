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
/** A sub-row's name without the 其中 that marks it (其中：研究生 → 研究生). */
export const withoutSub = (text: string) => text.replace(SUB, "");
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

interface SpanCell {
  start: number;
  end: number;
  text: string;
}
interface StackColumn {
  role: string;
}

// the cell's words, split at spaces, each with its place; a unit in brackets written apart
// (在园幼儿数 (万人)) stays with its word
function wordsOf<C extends SpanCell>(cell: C): C[] {
  const out: C[] = [];
  for (const m of cell.text.matchAll(/\S+/g)) {
    const prev = out[out.length - 1];
    if (prev && /^[(（][^()（）]*[)）]$/.test(m[0])) {
      out[out.length - 1] = { ...prev, end: cell.start + m.index + m[0].length, text: prev.text + m[0] };
      continue;
    }
    out.push({ ...cell, start: cell.start + m.index, end: cell.start + m.index + m[0].length, text: m[0] });
  }
  return out;
}

/**
 * A row whose cells hold several indicators side by side, split by spaces: a page's table whose
 * cells were stacked paragraphs, flattened to one line (学前教育 在园幼儿数(万人) 三年毛入园率(%) |
 * 139.69 85.06 | 159.89 96.01 | 预期性 预期性). Every figure column holds the same number of
 * figures; the name cell as many names, or one more that heads them (学前教育); a 其中 name is a
 * part of the name before it and shares its unit. Null when the row is not of this shape.
 */
export function unstackSpacedRow<C extends SpanCell>(row: (C | undefined)[], columns: StackColumn[], isFigure: (text: string) => boolean, unitOf: (text: string) => [string, string]): { rows: (C | undefined)[][]; group: C | undefined } | null {
  const nameCol = columns.findIndex((c) => c.role === "name");
  const nameCell = nameCol >= 0 ? row[nameCol] : undefined;
  if (!nameCell) return null;
  let count = 0;
  const split = row.map((cell, q) => {
    if (!cell || columns[q]!.role !== "value") return null;
    const words = wordsOf(cell);
    if (!words.every((w) => isFigure(w.text))) return undefined;
    if (count === 0) count = words.length;
    return words.length === count ? words : undefined;
  });
  if (count < 2 || split.some((w) => w === undefined) || !split.some(Boolean)) return null;
  const names = wordsOf(nameCell);
  if (names.length !== count && names.length !== count + 1) return null;
  const group = names.length === count + 1 ? names.shift() : undefined;
  // (a heading over the names says whose they are; it has no unit of its own)
  if (group && unitOf(group.text)[1]) return null;
  let parent: { bare: string; unit: string } | null = null;
  const named = names.map((w) => {
    const [bare, unit] = unitOf(w.text);
    if (!SUB.test(bare) || !parent) {
      parent = { bare, unit };
      return w;
    }
    const own = unit || parent.unit;
    return { ...w, text: partName(parent.bare, bare) + (own ? `(${own})` : "") };
  });
  const rows: (C | undefined)[][] = [];
  for (let r = 0; r < count; r++) {
    rows.push(
      row.map((cell, q) => {
        if (q === nameCol) return named[r];
        const words = split[q];
        if (words) return words[r];
        // an attribute or unit cell split the same way is read word by word; else it holds for all
        if (cell && (columns[q]!.role === "attribute" || columns[q]!.role === "unit")) {
          const parts = wordsOf(cell);
          return parts.length === count ? parts[r] : parts.length === 1 ? cell : undefined;
        }
        return cell;
      }),
    );
  }
  return { rows, group };
}
