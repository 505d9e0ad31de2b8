// Defined names: reading them, and adding (or replacing) one over a range.

import type { DefinedName, WorkbookChange } from "../../core/workbook/workbook";
import type { SheetCache } from "./sheets";

/** Every defined name, in one sync; the reference from `formula` (ExcelApi 1.7) or `value` (1.1). */
export async function readNames(context: Excel.RequestContext, withFormula: boolean): Promise<DefinedName[]> {
  const names = context.workbook.names;
  names.load(withFormula ? "items/name,items/formula" : "items/name,items/value");
  await context.sync();
  return names.items.map((item) => {
    const reference: unknown = withFormula ? item.formula : item.value;
    return { name: item.name, refersTo: String(reference ?? "").replace(/^=/, "") };
  });
}

/** Names `sheet!range`; `replace` when the name exists already. */
export function defineName(
  target: SheetCache,
  sheet: string,
  change: Extract<WorkbookChange, { op: "defineName" }>,
  replace: boolean,
): void {
  const collection = target.context.workbook.names;
  // add() fails on an existing name; NamedItem.delete needs ExcelApi 1.4 like add().
  if (replace) collection.getItem(change.name).delete();
  const range = target.get(sheet).getRange(change.range);
  if (change.comment !== undefined) collection.add(change.name, range, change.comment);
  else collection.add(change.name, range);
}
