// ConditionalFormat -> an exceljs `cellIs` rule with a differential (dxf) style.
import type * as ExcelJS from "exceljs";
import type { ConditionalFormat } from "../../core/workbook/workbook";
import { conditionalFormattings } from "./internals";
import { argb } from "./styles";

const ONE_VALUE = new Set(["greaterThan", "greaterThanOrEqual", "lessThan", "lessThanOrEqual", "equal", "notEqual"]);
const TWO_VALUES = new Set(["between", "notBetween"]);

function finite(n: unknown, what: string): number {
  if (typeof n !== "number" || !Number.isFinite(n)) throw new Error(`${what} must be a finite number, got ${JSON.stringify(n)}`);
  return n;
}

type Rule = Omit<ExcelJS.CellIsRuleType, "priority"> | Omit<ExcelJS.DataBarRuleType, "priority">;

/** The rule without its priority; throws on a malformed format. */
export function toCellIsRule(format: ConditionalFormat): Rule {
  if (typeof format === "object" && format !== null && "dataBar" in format) {
    const colour = { argb: argb(format.dataBar?.color, "data bar color") };
    // min and max of the range itself, as Excel's default data bar
    return { type: "dataBar", gradient: true, cfvo: [{ type: "min" }, { type: "max" }], color: colour } as unknown as Omit<ExcelJS.DataBarRuleType, "priority">;
  }
  if (typeof format !== "object" || format === null || typeof format.when !== "object" || format.when === null) {
    throw new Error("a conditional format needs `when` and `style`");
  }
  const { when } = format;
  let formulae: string[];
  if (TWO_VALUES.has(when.operator) && "min" in when) {
    const min = finite(when.min, "conditional format min");
    const max = finite(when.max, "conditional format max");
    if (min > max) throw new Error(`conditional format min ${min} is greater than max ${max}`);
    formulae = [String(min), String(max)];
  } else if ((when.operator === "equal" || when.operator === "notEqual") && "text" in when) {
    if (typeof when.text !== "string") throw new Error("conditional format text must be a string");
    formulae = [`"${when.text.replace(/"/g, '""')}"`];
  } else if (ONE_VALUE.has(when.operator) && "value" in when) {
    formulae = [String(finite(when.value, "conditional format value"))];
  } else {
    throw new Error(`unknown conditional format operator ${JSON.stringify((when as { operator?: unknown }).operator)}`);
  }
  const style: Partial<ExcelJS.Style> = {};
  if (format.style?.fill !== undefined) {
    const colour = { argb: argb(format.style.fill, "conditional format fill") };
    // In a dxf Excel paints a solid fill with bgColor; LibreOffice reads fgColor. Give both.
    style.fill = { type: "pattern", pattern: "solid", fgColor: colour, bgColor: colour };
  }
  if (format.style?.fontColor !== undefined) {
    style.font = { color: { argb: argb(format.style.fontColor, "conditional format fontColor") } };
  }
  if (!style.fill && !style.font) throw new Error("a conditional format needs style.fill or style.fontColor");
  return {
    type: "cellIs",
    // exceljs types list only 4 operators, but it writes the attribute through unchanged and
    // the file format (ST_ConditionalFormattingOperator) has all of ours.
    operator: when.operator as ExcelJS.CellIsOperators,
    formulae,
    style,
  };
}

// the highest priority among a sheet's formats, for the list as long as it was then: only
// formats added here lengthen it, so scanning the whole list again for each one is not needed
const topPriority = new WeakMap<object, { length: number; top: number }>();

export function addConditionalFormat(ws: ExcelJS.Worksheet, ref: string, format: ConditionalFormat): void {
  const rule = toCellIsRule(format);
  const existing = conditionalFormattings(ws);
  // exceljs would number an unprioritised rule equal to the highest existing one; give ours
  // the next free number (later formats rank after earlier ones).
  const known = topPriority.get(existing);
  let top = known && known.length <= existing.length ? known.top : 0;
  for (const cf of existing.slice(known && known.length <= existing.length ? known.length : 0)) {
    for (const r of cf.rules) top = Math.max(top, r.priority || 0);
  }
  ws.addConditionalFormatting({ ref, rules: [{ ...rule, priority: top + 1 }] });
  topPriority.set(existing, { length: existing.length, top: top + 1 });
}
