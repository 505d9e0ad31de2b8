// Screening changes before anything reaches the workbook: unknown ops throw, and a change the
// host's requirement sets cannot do throws or (degrade mode) is skipped and reported.

import type { WorkbookChange } from "../../core/workbook/workbook";
import {
  FEATURE_REQUIREMENTS,
  featureOf,
  skippedMessage,
  UnsupportedFeatureError,
  type Capabilities,
  type Feature,
  type Localized,
} from "./requirements";

export interface SkippedChange {
  index: number;
  op: WorkbookChange["op"];
  feature: Feature;
  /** e.g. `ExcelApi 1.8` */
  requirementSet: string;
  message: Localized;
}

const KNOWN_OPS = new Set<string>([
  "addSheet",
  "deleteSheet",
  "setValues",
  "setFormulas",
  "setNumberFormat",
  "setStyle",
  "setColumnWidth",
  "mergeCells",
  "setDataValidation",
  "addConditionalFormat",
  "setLocked",
  "protectSheet",
  "freezePanes",
  "setPageSetup",
  "defineName",
  "addChart",
  "setMetadata",
] satisfies WorkbookChange["op"][]);

export function checkOps(changes: readonly WorkbookChange[]): void {
  changes.forEach((change, index) => {
    if (!KNOWN_OPS.has(change.op)) throw new Error(`change #${index}: unknown op "${String(change.op)}"`);
  });
}

/**
 * Splits changes into those the host can do and (with `degrade`) those skipped; else throws.
 * A sheet that cannot be hidden still goes in, visible, so the writes to it land; the hiding
 * is what is reported as skipped.
 */
export function screen(
  changes: readonly WorkbookChange[],
  caps: Capabilities,
  degrade: boolean | undefined,
): { kept: WorkbookChange[]; skipped: SkippedChange[] } {
  const skipped: SkippedChange[] = [];
  const kept: WorkbookChange[] = [];
  changes.forEach((change, index) => {
    const feature = featureOf(change);
    if (caps.has(feature)) kept.push(change);
    else if (!degrade) throw new UnsupportedFeatureError(feature, index, change.op);
    else {
      if (change.op === "addSheet") kept.push({ op: "addSheet", sheet: change.sheet });
      skipped.push({
        index,
        op: change.op,
        feature,
        requirementSet: `ExcelApi ${FEATURE_REQUIREMENTS[feature]}`,
        message: skippedMessage(feature),
      });
    }
  });
  return { kept, skipped };
}
