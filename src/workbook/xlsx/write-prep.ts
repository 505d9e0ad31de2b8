// Everything that must hold in the FILE but not in memory, done just before exceljs writes
// and undone right after: escaped text, non-overlapping validation ranges. Plus two checks
// that make the file open cleanly in Excel: a visible sheet, and an active tab that is visible.
import * as ExcelJS from "exceljs";
import { compressForWrite } from "./validation";
import { escapeXlsxText, needsEscape } from "./xml-text";

function isVisible(ws: ExcelJS.Worksheet | undefined): boolean {
  return ws !== undefined && (ws.state ?? "visible") === "visible";
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
    for (const ws of sheets) {
      undo.push(compressForWrite(ws));
      escapeCells(ws, undo);
    }
  } catch (e) {
    restore();
    throw e;
  }
  return restore;
}
