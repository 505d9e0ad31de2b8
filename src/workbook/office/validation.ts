// Data validation: the rule as Office.js takes it, Excel's text limits, and applying both.

import { both, type Messages } from "../../core/i18n/messages";
import type { DataValidation } from "../../core/workbook/workbook";
import type { Localized } from "./requirements";

/** A change Excel would store as something else; refused before anything is written. */
export class ChangeInputError extends RangeError {
  readonly messages: Localized;
  constructor(message: string, pick: (m: Messages) => string) {
    super(message);
    this.name = "ChangeInputError";
    this.messages = both(pick);
  }
}

// Excel limits that would otherwise fail half-way through a write (checked before writing).
const PROMPT_TITLE_MAX = 32;
const PROMPT_MESSAGE_MAX = 255;
const ERROR_MESSAGE_MAX = 225;
const LIST_SOURCE_MAX = 255;

const VALIDATION_OPERATOR = {
  between: "Between",
  notBetween: "NotBetween",
  greaterThanOrEqual: "GreaterThanOrEqualTo",
  greaterThan: "GreaterThan",
  lessThanOrEqual: "LessThanOrEqualTo",
  lessThan: "LessThan",
  equal: "EqualTo",
  notEqual: "NotEqualTo",
} as const;

export function validationRule(validation: DataValidation, index: number): Excel.DataValidationRule {
  const rule = validation.rule;
  switch (rule.kind) {
    case "decimal":
    case "whole": {
      const basic: Excel.BasicDataValidation =
        "min" in rule
          ? { operator: VALIDATION_OPERATOR[rule.operator], formula1: rule.min, formula2: rule.max }
          : { operator: VALIDATION_OPERATOR[rule.operator], formula1: rule.value };
      return rule.kind === "decimal" ? { decimal: basic } : { wholeNumber: basic };
    }
    case "list": {
      // An explicit list is one comma-separated string of at most 255 characters, and one that
      // starts with "=" is a formula (`=Sheet1!A1:A3` a range). Items cannot be quoted in it.
      const at = `change #${index} (setDataValidation)`;
      const comma = rule.items.find((item) => item.includes(","));
      if (comma !== undefined) throw new ChangeInputError(`${at}: list items cannot contain ","`, (m) => m.officeHost.listChoiceComma(comma));
      const first = rule.items[0] ?? "";
      if (/^\s*[=\uFF1D]/.test(first)) {
        throw new ChangeInputError(`${at}: a list cannot start with "=" (Excel reads it as a formula)`, (m) => m.officeHost.listChoiceFormula(first));
      }
      const source = rule.items.join(",");
      if (source.length > LIST_SOURCE_MAX) {
        throw new ChangeInputError(`${at}: list is longer than ${LIST_SOURCE_MAX} characters`, (m) => m.officeHost.listTooLong(source.length, LIST_SOURCE_MAX));
      }
      return { list: { inCellDropDown: true, source } };
    }
    case "textLength":
      return { textLength: { operator: VALIDATION_OPERATOR[rule.operator], formula1: rule.value } };
  }
}

export function checkValidationText(validation: DataValidation, index: number): void {
  const fail = (what: string, max: number) => {
    throw new RangeError(`change #${index} (setDataValidation): ${what} is longer than ${max} characters (Excel's limit)`);
  };
  if (validation.prompt) {
    if (validation.prompt.title.length > PROMPT_TITLE_MAX) fail("prompt title", PROMPT_TITLE_MAX);
    if (validation.prompt.message.length > PROMPT_MESSAGE_MAX) fail("prompt message", PROMPT_MESSAGE_MAX);
  }
  if (validation.error) {
    if (validation.error.title.length > PROMPT_TITLE_MAX) fail("error title", PROMPT_TITLE_MAX);
    if (validation.error.message.length > ERROR_MESSAGE_MAX) fail("error message", ERROR_MESSAGE_MAX);
  }
}

const ALERT_STYLE = { stop: "Stop", warning: "Warning", information: "Information" } as const;

export function applyValidation(target: Excel.DataValidation, validation: DataValidation, rule: Excel.DataValidationRule): void {
  target.clear(); // a rule cannot be set over an existing one
  target.rule = rule;
  target.ignoreBlanks = validation.allowBlank;
  if (validation.prompt) target.prompt = { showPrompt: true, title: validation.prompt.title, message: validation.prompt.message };
  if (validation.error) {
    target.errorAlert = {
      showAlert: true,
      style: ALERT_STYLE[validation.error.style],
      title: validation.error.title,
      message: validation.error.message,
    };
  }
}
