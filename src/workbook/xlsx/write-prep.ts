// Everything that must hold in the FILE but not in memory, done just before exceljs writes
// and undone right after: escaped text, non-overlapping validation ranges. Plus two checks
// that make the file open cleanly in Excel: a visible sheet, and an active tab that is visible.
import * as ExcelJS from "exceljs";
import { fastNamesForWrite } from "./defined-names";
import { compressForWrite } from "./validation";
import { escapeXlsxText, needsEscape } from "./xml-text";

function isVisible(ws: ExcelJS.Worksheet | undefined): boolean {
  return ws !== undefined && (ws.state ?? "visible") === "visible";
}

/** One empty style object for every cell without a style: exceljs gives each new cell its own
 *  `{}`, and its writer works out the style of each object it has not seen before. Sharing one
 *  is not undone: the style is the same, and we never change a style object in place. */
function shareEmptyStyles(ws: ExcelJS.Worksheet, empty: Partial<ExcelJS.Style>): void {
  // exceljs's rows and cells as it holds them (lib/doc/worksheet.js, row.js): its eachRow and
  // eachCell skip rows and cells without values, or create the missing ones
  const rows = (ws as unknown as { _rows: ({ _cells: (ExcelJS.Cell | undefined)[] } | undefined)[] })._rows;
  for (const row of rows) {
    for (const cell of row?._cells ?? []) {
      if (cell && cell.style !== empty && Object.keys(cell.style).length === 0) cell.style = empty as ExcelJS.Style;
    }
  }
}

function escapeCells(ws: ExcelJS.Worksheet, undo: (() => void)[]): void {
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      const value = cell.value;
      if (cell.type === ExcelJS.ValueType.String && typeof value === "string" && needsEscape(value)) {
        cell.value = escapeXlsxText(value);
        undo.push(() => (cell.value = value));
      } else if (cell.type === ExcelJS.ValueType.RichText && value && typeof value === "object" && "richText" in value) {
        if (value.richText.some((run) => needsEscape(run.text))) {
          cell.value = { richText: value.richText.map((run) => ({ ...run, text: escapeXlsxText(run.text) })) };
          undo.push(() => (cell.value = value));
        }
      }
    }),
  );
}

/** Prepare the workbook for exceljs's writer; returns the function that restores it. */
export function prepareForWrite(wb: ExcelJS.Workbook): () => void {
  const sheets = wb.worksheets;
  const firstVisible = sheets.findIndex((ws) => isVisible(ws));
  if (firstVisible < 0) {
    throw new Error(sheets.length ? "cannot save: every sheet is hidden, and Excel needs one visible sheet" : "cannot save a workbook with no sheets");
  }
  // Excel opens on the active tab; when that is a hidden sheet it shows a hidden sheet.
  const view = wb.views?.[0];
  if (view ? !isVisible(sheets[view.activeTab ?? 0]) : firstVisible !== 0) {
    const base: ExcelJS.WorkbookView = view ?? { x: 0, y: 0, width: 12000, height: 24000, firstSheet: 0, activeTab: 0, visibility: "visible" };
    wb.views = [{ ...base, firstSheet: firstVisible, activeTab: firstVisible }, ...(wb.views ?? []).slice(1)];
  }
  // Formulas we wrote have no cached result: have Excel compute them all on open.
  wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };

  const undo: (() => void)[] = [];
  const restore = () => {
    for (const u of undo.reverse()) u();
    undo.length = 0;
  };
  try {
    undo.push(fastNamesForWrite(wb));
    const empty: Partial<ExcelJS.Style> = {};
    for (const ws of sheets) {
      shareEmptyStyles(ws, empty);
      undo.push(compressForWrite(ws));
      escapeCells(ws, undo);
    }
  } catch (e) {
    restore();
    throw e;
  }
  return restore;
}
