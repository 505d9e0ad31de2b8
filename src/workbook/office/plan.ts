// Planning: changes → sized steps, in order. Pure except for the closures it returns; every
// check runs here, so bad input fails before the first write.

import { columnNumber, parseRange } from "../../core/workbook/a1";
import type { WorkbookChange } from "../../core/workbook/workbook";
import { addChart, checkChart } from "./chart";
import { addConditionalFormat } from "./conditional-format";
import { applyPageSetup, freeze, printTitleRows, widthToPoints } from "./layout";
import { checkMetadata, metadataSteps, type MetaState } from "./metadata";
import { defineName } from "./names";
import { ACTION_OVERHEAD_BYTES, jsonBytes } from "./payload";
import type { Probe } from "./probe";
import { Locks, protectionOptions, sheetOf, type Unlocked } from "./protection";
import { HostFeatureError, type Capabilities } from "./requirements";
import { checkSheetName, excelVisibility, key } from "./sheets";
import type { AddStep, Step } from "./step";
import { applyStyle, styleActions } from "./style";
import { applyValidation, checkValidationText, validationRule } from "./validation";
import { checkRectangular, excelValues, matrixSteps, uniformSteps } from "./values";

export interface Plan {
  steps: Step[];
  /** protected sheets the first steps unprotect (to explain a failure: see explainLocked) */
  unlocked: Unlocked[];
}

export function plan(changes: readonly WorkbookChange[], probe: Probe, budget: number, caps: Capabilities): Plan {
  const steps: Step[] = [];
  const present = new Map<string, string>([...probe.sheets].map(([k, v]) => [k, v.name]));
  // Excel refuses to delete a very hidden sheet: it is made hidden first.
  const veryHidden = new Set([...probe.sheets].filter(([, v]) => v.visibility === "VeryHidden").map(([k]) => k));
  const names = new Set(probe.names);
  const meta: MetaState = { rows: new Map(probe.meta.rows), last: probe.meta.last };
  // A matrix block leaves room for its own getRange + set actions.
  const blockLimit = Math.max(budget - 2 * ACTION_OVERHEAD_BYTES, 1);

  const add: AddStep = (actions, dataBytes, queue) =>
    steps.push({ bytes: actions * ACTION_OVERHEAD_BYTES + dataBytes, queue });
  const need = (sheet: string, index: number, op: string): string => {
    const name = present.get(key(sheet));
    if (name === undefined) throw new Error(`change #${index} (${op}): sheet "${sheet}" does not exist`);
    return name;
  };

  const locks = new Locks(add, probe.sheets);
  locks.unlockFirst(changes);

  changes.forEach((c, index) => {
    const written = sheetOf(c);
    if (written !== undefined && present.has(key(written))) locks.beforeWrite(present.get(key(written))!, c);
    switch (c.op) {
      case "addSheet": {
        const existing = present.get(key(c.sheet));
        if (existing !== undefined) throw new Error(`change #${index} (addSheet): sheet "${existing}" already exists`);
        checkSheetName(c.sheet, index);
        present.set(key(c.sheet), c.sheet);
        locks.added(c.sheet);
        const visibility = c.visibility && c.visibility !== "visible" ? excelVisibility(c.visibility) : undefined;
        if (visibility === "VeryHidden") veryHidden.add(key(c.sheet));
        add(visibility ? 2 : 1, jsonBytes(c.sheet), (t) => {
          const ws = t.add(c.sheet);
          if (visibility) ws.visibility = visibility;
        });
        return;
      }
      case "deleteSheet": {
        const sheet = need(c.sheet, index, c.op);
        present.delete(key(c.sheet));
        locks.deleted(c.sheet);
        if (veryHidden.delete(key(c.sheet))) {
          // Setting visibility needs ExcelApi 1.2; without it the sheet cannot be deleted at all.
          if (!caps.has("hiddenSheets")) throw new HostFeatureError("hiddenSheets");
          add(2, 0, (t) => {
            t.get(sheet).visibility = "Hidden";
          });
        }
        add(2, 0, (t) => t.delete(sheet));
        return;
      }
      case "setValues": {
        const sheet = need(c.sheet, index, c.op);
        const values = excelValues(c.values, index);
        matrixSteps(add, sheet, c.at, values, blockLimit, "values");
        return;
      }
      case "setFormulas": {
        const sheet = need(c.sheet, index, c.op);
        checkRectangular(c.formulas, index);
        matrixSteps(add, sheet, c.at, c.formulas, blockLimit, "formulas");
        return;
      }
      case "setNumberFormat": {
        const sheet = need(c.sheet, index, c.op);
        uniformSteps(add, sheet, parseRange(c.range), c.format, blockLimit);
        return;
      }
      case "setStyle": {
        const sheet = need(c.sheet, index, c.op);
        const ref = parseRange(c.range);
        add(2 + styleActions(c.style, ref), jsonBytes(c.style), (t) => applyStyle(t.get(sheet).getRange(c.range), c.style, ref));
        return;
      }
      case "setColumnWidth": {
        const sheet = need(c.sheet, index, c.op);
        const column = c.column.toUpperCase();
        columnNumber(column); // validates
        if (!(c.width >= 0)) throw new RangeError(`change #${index} (setColumnWidth): width ${c.width} is not a width`);
        const points = widthToPoints(c.width);
        add(3, 0, (t) => {
          t.get(sheet).getRange(`${column}:${column}`).format.columnWidth = points;
        });
        return;
      }
      case "mergeCells": {
        const sheet = need(c.sheet, index, c.op);
        parseRange(c.range);
        add(2, 0, (t) => t.get(sheet).getRange(c.range).merge(false));
        return;
      }
      case "setDataValidation": {
        const sheet = need(c.sheet, index, c.op);
        parseRange(c.range);
        const rule = validationRule(c.validation, index);
        checkValidationText(c.validation, index);
        add(7, jsonBytes(c.validation), (t) => applyValidation(t.get(sheet).getRange(c.range).dataValidation, c.validation, rule));
        return;
      }
      case "addConditionalFormat": {
        const sheet = need(c.sheet, index, c.op);
        parseRange(c.range);
        add(6, jsonBytes(c.format), (t) => addConditionalFormat(t.get(sheet).getRange(c.range), c.format));
        return;
      }
      case "setLocked": {
        const sheet = need(c.sheet, index, c.op);
        parseRange(c.range);
        add(3, 0, (t) => {
          t.get(sheet).getRange(c.range).format.protection.locked = c.locked;
        });
        return;
      }
      case "protectSheet": {
        const sheet = need(c.sheet, index, c.op);
        const { options, password } = protectionOptions(c.options);
        locks.protect(sheet, options, password);
        return;
      }
      case "freezePanes": {
        const sheet = need(c.sheet, index, c.op);
        const rows = Math.max(0, Math.trunc(c.rows));
        const columns = Math.max(0, Math.trunc(c.columns));
        add(2, 0, (t) => freeze(t.get(sheet).freezePanes, rows, columns));
        return;
      }
      case "setPageSetup": {
        const sheet = need(c.sheet, index, c.op);
        const titles = c.setup.printTitleRows === undefined ? undefined : printTitleRows(c.setup.printTitleRows, index);
        add(4, jsonBytes(c.setup), (t) => applyPageSetup(t.get(sheet).pageLayout, c.setup, titles));
        return;
      }
      case "defineName": {
        const sheet = need(c.sheet, index, c.op);
        parseRange(c.range);
        const replace = names.has(key(c.name));
        names.add(key(c.name));
        add(replace ? 4 : 3, jsonBytes([c.name, c.comment ?? ""]), (t) => defineName(t, sheet, c, replace));
        return;
      }
      case "addChart": {
        const sheet = need(c.sheet, index, c.op);
        const data = c.chart.dataSheet === undefined ? sheet : need(c.chart.dataSheet, index, c.op);
        const { byRows } = checkChart(c.chart, index);
        // add, title, position, size, legend, labels, axes, and per series getRange ×2 + 4 calls
        add(9 + 6 * c.chart.series.length, jsonBytes(c.chart), (t) => addChart(t.get(sheet), t.get(data), c.chart, byRows));
        return;
      }
      case "setMetadata": {
        const entries = checkMetadata(c.entries, index);
        metadataSteps(add, entries, present, meta, blockLimit, locks, probe.canProtect);
        return;
      }
      default:
        throw new Error(`change #${index}: unknown op "${(c as { op: unknown }).op}"`);
    }
  });
  locks.finish();
  return { steps, unlocked: locks.unlocked };
}
