// Worksheets: how names compare, the proxies one request context reuses, Excel's sheet-name
// rules, visibility in both spellings, and the list of sheets.

import type { SheetInfo } from "../../core/workbook/workbook";

/** Sheet names compare case-insensitively in Excel. */
export const key = (name: string): string => name.toLowerCase();

/** Worksheet proxies for one request context, reused across its syncs. */
export class SheetCache {
  private readonly sheets = new Map<string, Excel.Worksheet>();
  constructor(readonly context: Excel.RequestContext) {}

  get(name: string): Excel.Worksheet {
    let sheet = this.sheets.get(key(name));
    if (!sheet) {
      sheet = this.context.workbook.worksheets.getItem(name);
      this.sheets.set(key(name), sheet);
    }
    return sheet;
  }

  add(name: string): Excel.Worksheet {
    const sheet = this.context.workbook.worksheets.add(name);
    this.sheets.set(key(name), sheet);
    return sheet;
  }

  delete(name: string): void {
    this.get(name).delete();
    this.sheets.delete(key(name));
  }
}

/** Excel's sheet-name rules, checked here so a bad name fails before anything is written. */
export function checkSheetName(name: string, index: number): void {
  if (name.length === 0 || name.length > 31 || /[\\/?*[\]:]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw new RangeError(`change #${index} (addSheet): "${name}" is not a valid sheet name (1–31 characters, none of \\ / ? * [ ] :)`);
  }
}

type ExcelVisibility = "Visible" | "Hidden" | "VeryHidden";

export function excelVisibility(visibility: SheetInfo["visibility"]): ExcelVisibility {
  return visibility === "veryHidden" ? "VeryHidden" : visibility === "hidden" ? "Hidden" : "Visible";
}

function visibilityOf(visibility: Excel.SheetVisibility | ExcelVisibility): SheetInfo["visibility"] {
  const v = String(visibility);
  return v === "VeryHidden" ? "veryHidden" : v === "Hidden" ? "hidden" : "visible";
}

/** Every sheet with its visibility, in one sync. */
export async function readSheets(context: Excel.RequestContext): Promise<SheetInfo[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  await context.sync();
  return worksheets.items.map((ws) => ({ name: ws.name, visibility: visibilityOf(ws.visibility) }));
}
