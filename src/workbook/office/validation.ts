// Data validation: the rule as Office.js takes it, Excel's text limits, and applying both.

import type { DataValidation } from "../../core/workbook/workbook";

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
      // An explicit list is one comma-separated string of at most 255 characters.
      if (rule.items.some((item) => item.includes(","))) {
        throw new RangeError(`change #${index} (setDataValidation): list items cannot contain ","`);
      }
      const source = rule.items.join(",");
      if (source.length > LIST_SOURCE_MAX) {
        throw new RangeError(`change #${index} (setDataValidation): list is longer than ${LIST_SOURCE_MAX} characters`);
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
