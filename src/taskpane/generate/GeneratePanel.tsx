import { useState } from "react";
import { Button, Caption1, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { Locale } from "../../core/i18n/messages";
import type { IndicatorSet } from "../../core/set/schema";
import { reportingUnits } from "../../core/set/units";
import { formsFor } from "../../core/jobs/forms-for";
import type { Workbook } from "../../core/workbook/workbook";
import type { TaskpaneStrings } from "../i18n/strings";
import { InsertStatus } from "../shared/InsertStatus";
import { useInsert } from "../shared/use-insert";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalM },
  muted: { color: tokens.colorNeutralForeground3 },
});

const MATRIX = "__matrix__";

/** Insert a target table into the open workbook: one unit's form, or the matrix of all units. */
export function GeneratePanel({ set, strings, locale, workbook }: { set: IndicatorSet | undefined; strings: TaskpaneStrings; locale: Locale; workbook?: () => Workbook }) {
  const styles = useStyles();
  const [choice, setChoice] = useState<string>(MATRIX);
  const { status, insert, reset } = useInsert(workbook, locale);
  if (!set) return <Caption1 className={styles.muted}>{strings.generate.needSet}</Caption1>;

  // The same forms job as the CLI decides which units get a form.
  const units = reportingUnits(set);
  const changes = () => {
    const r = formsFor(set, choice === MATRIX ? { layout: "matrix", locale } : { layout: "unit-form", units: [choice], locale });
    return r.ok ? r.forms[0]!.changes : [];
  };

  return (
    <div className={styles.panel} data-testid="generate-panel">
      <Field label={strings.generate.layout}>
        <Select value={choice} onChange={(_e, data) => setChoice(data.value)} data-testid="generate-layout">
          <option value={MATRIX}>{strings.generate.matrix}</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {strings.generate.unitForm(u.name)}
            </option>
          ))}
        </Select>
      </Field>
      <Button appearance="primary" disabled={!workbook || status.state === "busy"} onClick={() => void insert(changes())}>
        {strings.generate.insert}
      </Button>
      {!workbook && <Caption1 className={styles.muted}>{strings.set.needsExcel}</Caption1>}
      <InsertStatus status={status} strings={strings} locale={locale} onReplace={() => status.state === "conflict" && void insert(status.changes, true)} onCancel={reset} />
    </div>
  );
}
