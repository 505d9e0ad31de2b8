import { useState } from "react";
import { Button, Caption1, Field, ProgressBar, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { Locale } from "../../core/i18n/messages";
import type { IndicatorSet } from "../../core/set/schema";
import { reportingUnits } from "../../core/set/units";
import { formsFor } from "../../core/jobs/forms-for";
import type { Workbook } from "../../core/workbook/workbook";
import type { TaskpaneStrings } from "../i18n/strings";
import { downloadBytes } from "../shared/download";
import { InsertStatus } from "../shared/InsertStatus";
import { useInsert } from "../shared/use-insert";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalM },
  muted: { color: tokens.colorNeutralForeground3 },
});

const MATRIX = "__matrix__";

/** A target table into the open workbook (one unit's form, or the matrix of all units; one per
 *  workbook), or every unit's form as its own file, zipped, to send out. */
export function GeneratePanel({ set, strings, locale, workbook }: { set: IndicatorSet | undefined; strings: TaskpaneStrings; locale: Locale; workbook?: () => Workbook }) {
  const styles = useStyles();
  const [choice, setChoice] = useState<string>(MATRIX);
  const { status, insert, reset } = useInsert(workbook, locale);
  const [zipping, setZipping] = useState<{ done: number; total: number } | "failed" | null>(null);
  if (!set) return <Caption1 className={styles.muted}>{strings.generate.needSet}</Caption1>;
  const g = strings.generate;

  // The same forms job as the CLI decides which units get a form.
  const units = reportingUnits(set);
  const changes = () => {
    const r = formsFor(set, choice === MATRIX ? { layout: "matrix", locale } : { layout: "unit-form", units: [choice], locale });
    return r.ok ? r.forms[0]!.changes : [];
  };
  const allForms = async () => {
    const r = formsFor(set, { layout: "unit-form", locale });
    if (!r.ok) return;
    setZipping({ done: 0, total: r.forms.length });
    try {
      const [{ XlsxWorkbook }, { default: JSZip }] = await Promise.all([import("../../workbook/xlsx/xlsx-workbook"), import("jszip")]);
      const zip = new JSZip();
      for (const [i, form] of r.forms.entries()) {
        const wb = XlsxWorkbook.create();
        await wb.apply(form.changes);
        zip.file(form.fileName, await wb.toBuffer());
        setZipping({ done: i + 1, total: r.forms.length });
      }
      downloadBytes(await zip.generateAsync({ type: "uint8array" }), g.zipName(set.title), "application/zip");
      setZipping(null);
    } catch {
      setZipping("failed");
    }
  };

  return (
    <div className={styles.panel} data-testid="generate-panel">
      <Field label={g.layout} hint={g.onePerWorkbook}>
        <Select value={choice} onChange={(_e, data) => setChoice(data.value)} data-testid="generate-layout">
          <option value={MATRIX}>{g.matrix}</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {g.unitForm(u.name)}
            </option>
          ))}
        </Select>
      </Field>
      <Button appearance="primary" disabled={!workbook || status.state === "busy"} onClick={() => void insert(changes())}>
        {g.insert}
      </Button>
      {!workbook && <Caption1 className={styles.muted}>{strings.set.needsExcel}</Caption1>}
      <InsertStatus status={status} strings={strings} locale={locale} onReplace={() => status.state === "conflict" && void insert(status.changes, true)} onCancel={reset} />
      <Button disabled={units.length === 0 || (zipping !== null && zipping !== "failed")} onClick={() => void allForms()}>
        {g.allForms(units.length)}
      </Button>
      {zipping !== null && zipping !== "failed" && <ProgressBar value={zipping.done / Math.max(1, zipping.total)} aria-label={g.zipping(zipping.done, zipping.total)} />}
      {zipping !== null && zipping !== "failed" && <Caption1>{g.zipping(zipping.done, zipping.total)}</Caption1>}
      {zipping === "failed" && <Caption1>{g.zipFailed}</Caption1>}
    </div>
  );
}
