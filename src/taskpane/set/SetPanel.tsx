import { useRef } from "react";
import { Body1, Button, Caption1, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { Locale } from "../../core/i18n/messages";
import { indicatorListChanges } from "../../core/layout/indicator-list";
import { parseIndicatorSetJson } from "../../core/set";
import type { Workbook } from "../../core/workbook/workbook";
import type { TaskpaneStrings } from "../i18n/strings";
import { InsertStatus } from "../shared/InsertStatus";
import type { LoadedSet } from "../shared/loaded-set";
import { useInsert } from "../shared/use-insert";
import { IndicatorTable } from "./IndicatorTable";
import { ProblemList } from "./ProblemList";
import { PlanPanel } from "../plan/PlanPanel";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalM },
  row: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  muted: { color: tokens.colorNeutralForeground3 },
});

interface SetPanelProps {
  strings: TaskpaneStrings;
  locale: Locale;
  workbook?: () => Workbook;
  loaded: LoadedSet;
  onLoaded: (loaded: LoadedSet) => void;
}

/** Open a set file (works anywhere: nothing is sent out of the page), see its indicators or its
 *  problems, and in Excel write the indicator list into the open workbook. */
export function SetPanel({ strings, locale, workbook, loaded, onLoaded }: SetPanelProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const { status, insert, reset } = useInsert(workbook, locale);

  const open = async (file: File | undefined) => {
    if (!file) return;
    reset();
    const r = parseIndicatorSetJson(await file.text());
    onLoaded(r.ok ? { state: "ok", set: r.set } : { state: "problems", problems: r.problems });
  };

  return (
    <div role="tabpanel" className={styles.panel} data-testid="set-panel">
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => input.current?.click()}>
          {strings.set.open}
        </Button>
        <input ref={input} type="file" accept=".json,application/json" hidden data-testid="set-file" onChange={(e) => void open(e.target.files?.[0])} />
      </div>
      <Caption1 className={styles.muted}>{strings.set.hint}</Caption1>
      <PlanPanel strings={strings} locale={locale} onLoaded={onLoaded} />

      {loaded.state === "problems" && (
        <>
          <MessageBar intent="error">
            <MessageBarBody>{strings.set.problems(loaded.problems.length)}</MessageBarBody>
          </MessageBar>
          <ProblemList problems={loaded.problems} locale={locale} strings={strings} />
        </>
      )}

      {loaded.state === "ok" && (
        <>
          <Body1 data-testid="set-summary">{strings.set.loaded(loaded.set.title, loaded.set.indicators.length, loaded.set.units.length, loaded.set.rules.length)}</Body1>
          <div className={styles.row}>
            <Button disabled={!workbook || status.state === "busy"} onClick={() => void insert(indicatorListChanges(loaded.set, locale))}>
              {strings.set.write}
            </Button>
          </div>
          {!workbook && <Caption1 className={styles.muted}>{strings.set.needsExcel}</Caption1>}
          <InsertStatus status={status} strings={strings} locale={locale} onReplace={() => status.state === "conflict" && void insert(status.changes, true)} onCancel={reset} />
          <IndicatorTable set={loaded.set} locale={locale} strings={strings} />
        </>
      )}
    </div>
  );
}
