// Planning: changes → sized steps, in order. Pure except for the closures it returns; every
// check runs here, so bad input fails before the first write.

import { columnNumber, parseRange } from "../../core/workbook/a1";
import type { WorkbookChange } from "../../core/workbook/workbook";
import { addConditionalFormat } from "./conditional-format";
import { applyPageSetup, freeze, printTitleRows, widthToPoints } from "./layout";
import { checkMetadata, META_SHEET, metadataSteps, type MetaState } from "./metadata";
import { defineName } from "./names";
import { ACTION_OVERHEAD_BYTES, jsonBytes } from "./payload";
import type { Probe } from "./probe";
import { protect, protectionOptions, unprotectSteps } from "./protection";
import { checkSheetName, excelVisibility, key } from "./sheets";
import type { AddStep, Step } from "./step";
import { applyStyle, styleActions } from "./style";
import { applyValidation, checkValidationText, validationRule } from "./validation";
import { checkRectangular, excelValues, matrixSteps, uniformSteps } from "./values";

export function plan(changes: readonly WorkbookChange[], probe: Probe, budget: number): Step[] {
  const steps: Step[] = [];
  const present = new Map<string, string>([...probe.sheets].map(([k, v]) => [k, v.name]));
  const names = new Set(probe.names);
  const meta: MetaState = {
    rows: new Map(probe.meta.rows),
    last: probe.meta.last,
    protected: probe.sheets.get(key(META_SHEET))?.protected ?? false,
  };
  // A matrix block leaves room for its own getRange + set actions.
  const blockLimit = Math.max(budget - 2 * ACTION_OVERHEAD_BYTES, 1);

  const add: AddStep = (actions, dataBytes, queue) =>
    steps.push({ bytes: actions * ACTION_OVERHEAD_BYTES + dataBytes, queue });
  const need = (sheet: string, index: number, op: string): string => {
    const name = present.get(key(sheet));
    if (name === undefined) throw new Error(`change #${index} (${op}): sheet "${sheet}" does not exist`);
    return name;
  };

  unprotectSteps(add, changes, probe.sheets);

  changes.forEach((c, index) => {
    switch (c.op) {
      case "addSheet": {
        const existing = present.get(key(c.sheet));
        if (existing !== undefined) throw new Error(`change #${index} (addSheet): sheet "${existing}" already exists`);
        checkSheetName(c.sheet, index);
        present.set(key(c.sheet), c.sheet);
        const visibility = c.visibility && c.visibility !== "visible" ? excelVisibility(c.visibility) : undefined;
        add(visibility ? 2 : 1, jsonBytes(c.sheet), (t) => {
          const ws = t.add(c.sheet);
          if (visibility) ws.visibility = visibility;
        });
        return;
      }
      case "deleteSheet": {
        need(c.sheet, index, c.op);
        present.delete(key(c.sheet));
        add(2, 0, (t) => t.delete(c.sheet));
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
        add(2, jsonBytes(options), (t) => protect(t.get(sheet).protection, options, password));
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
      case "setMetadata": {
        const entries = checkMetadata(c.entries, index);
        metadataSteps(add, entries, present, meta, probe.canProtect, blockLimit);
        return;
      }
      default:
        throw new Error(`change #${index}: unknown op "${(c as { op: unknown }).op}"`);
    }
  });
  return steps;
}
