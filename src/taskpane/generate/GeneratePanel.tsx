import { useState } from "react";
import { Button, Caption1, Field, MessageBar, MessageBarBody, ProgressBar, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { Locale } from "../../core/i18n/messages";
import type { IndicatorSet } from "../../core/set/schema";
import { reportingUnits } from "../../core/set/units";
import { formsFor, type FormsRequest } from "../../core/jobs/forms-for";
import { workbookNow } from "../../core/template/forms-workbook";
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
const ALL = "__all__";

type Progress = { done: number; total: number } | "failed" | null;

/** Target tables into the open workbook, beside the forms already there (every unit's form, a
 *  sheet each; one unit's; the matrix), or downloaded: one workbook, or a file per unit zipped. */
export function GeneratePanel({ set, strings, locale, workbook }: { set: IndicatorSet | undefined; strings: TaskpaneStrings; locale: Locale; workbook?: () => Workbook }) {
  const styles = useStyles();
  const [choice, setChoice] = useState<string>(ALL);
  const { status, insert, reset } = useInsert(workbook, locale);
  const [problem, setProblem] = useState<string | null>(null);
  const [zipping, setZipping] = useState<Progress>(null);
  if (!set) return <Caption1 className={styles.muted}>{strings.generate.needSet}</Caption1>;
  const g = strings.generate;

  // The same forms job as the CLI decides which units get a form.
  const units = reportingUnits(set);
  const request = (): Omit<FormsRequest, "locale"> =>
    choice === MATRIX ? { layout: "matrix", oneWorkbook: true } : { layout: "unit-form", oneWorkbook: true, ...(choice === ALL ? {} : { units: [choice] }) };
  const insertHere = async () => {
    if (!workbook) return;
    setProblem(null);
    try {
      // what the workbook holds first: its forms stay listed beside the new ones
      const r = formsFor(set, { ...request(), into: await workbookNow(workbook()), locale });
      if (!r.ok) return setProblem(r.problem[locale]);
      await insert(r.forms[0]!.changes);
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
    }
  };
  // every unit's form made in the page, as one workbook or a file each in a .zip
  const download = async (oneFile: boolean) => {
    const r = formsFor(set, { layout: "unit-form", locale, ...(oneFile ? { oneWorkbook: true } : {}) });
    if (!r.ok) return setProblem(r.problem[locale]);
    setZipping({ done: 0, total: r.forms.length });
    try {
      const { XlsxWorkbook } = await import("../../workbook/xlsx/xlsx-workbook");
      const made: { name: string; bytes: Uint8Array }[] = [];
      for (const [i, form] of r.forms.entries()) {
        const wb = XlsxWorkbook.create();
        await wb.apply(form.changes);
        made.push({ name: form.fileName, bytes: await wb.toBuffer() });
        setZipping({ done: i + 1, total: r.forms.length });
      }
      if (oneFile) downloadBytes(made[0]!.bytes, g.oneWorkbookName(set.title), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      else {
        const { default: JSZip } = await import("jszip");
        const zip = new JSZip();
        for (const f of made) zip.file(f.name, f.bytes);
        downloadBytes(await zip.generateAsync({ type: "uint8array" }), g.zipName(set.title), "application/zip");
      }
      setZipping(null);
    } catch {
      setZipping("failed");
    }
  };
  const making = zipping !== null && zipping !== "failed";

  return (
    <div className={styles.panel} data-testid="generate-panel">
      <Field label={g.layout} hint={g.onePerWorkbook}>
        <Select value={choice} onChange={(_e, data) => (setChoice(data.value), setProblem(null), reset())} data-testid="generate-layout">
          <option value={ALL}>{g.allUnits(units.length)}</option>
          <option value={MATRIX}>{g.matrix}</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {g.unitForm(u.name)}
            </option>
          ))}
        </Select>
      </Field>
      <Button appearance="primary" disabled={!workbook || status.state === "busy" || units.length === 0} onClick={() => void insertHere()}>
        {g.insert}
      </Button>
      {!workbook && <Caption1 className={styles.muted}>{strings.set.needsExcel}</Caption1>}
      {problem !== null && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      <InsertStatus status={status} strings={strings} locale={locale} onReplace={() => status.state === "conflict" && void insert(status.changes, true)} onCancel={reset} />
      <Button disabled={units.length === 0 || making} onClick={() => void download(true)}>
        {g.oneWorkbookFile}
      </Button>
      <Button disabled={units.length === 0 || making} onClick={() => void download(false)}>
        {g.allForms(units.length)}
      </Button>
      {making && <ProgressBar value={zipping.done / Math.max(1, zipping.total)} aria-label={g.zipping(zipping.done, zipping.total)} />}
      {making && <Caption1>{g.zipping(zipping.done, zipping.total)}</Caption1>}
      {zipping === "failed" && <Caption1>{g.zipFailed}</Caption1>}
    </div>
  );
}
