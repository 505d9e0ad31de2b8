// Typed access to the few exceljs worksheet fields that exist at runtime but are missing from
// its index.d.ts (checked against exceljs 4.4 lib/doc/worksheet.js). Kept in one place so an
// exceljs upgrade has one file to re-check.
import type * as ExcelJS from "exceljs";

/** A merged area as exceljs keeps it (a `Range`, 1-based, inclusive). */
export interface MergeArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

interface WorksheetInternals {
  /** keyed by A1 address (one cell) or A1 range; loading a file expands ranges to cells */
  dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> };
  conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
  /** keyed by the master cell's address */
  _merges: Record<string, MergeArea | undefined>;
}

function internals(ws: ExcelJS.Worksheet): WorksheetInternals {
  // exceljs's typings omit these fields; see the note at the top of the file.
  return ws as unknown as WorksheetInternals;
}

export function validationModel(ws: ExcelJS.Worksheet): Record<string, ExcelJS.DataValidation | undefined> {
  return internals(ws).dataValidations.model;
}

export function setValidationModel(ws: ExcelJS.Worksheet, model: Record<string, ExcelJS.DataValidation | undefined>): void {
  internals(ws).dataValidations.model = model;
}

export function conditionalFormattings(ws: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] {
  const w = internals(ws);
  // a worksheet loaded from a file without conditional formats may carry `undefined` here
  if (!Array.isArray(w.conditionalFormattings)) w.conditionalFormattings = [];
  return w.conditionalFormattings;
}

export function mergeAreas(ws: ExcelJS.Worksheet): MergeArea[] {
  return Object.values(internals(ws)._merges).filter((m): m is MergeArea => m !== undefined);
}
