import { useRef, useState } from "react";
import { Body1, Button, Caption1, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import type { Locale } from "../../core/i18n/messages";
import { indicatorListChanges } from "../../core/layout/indicator-list";
import { planInsert } from "../../core/layout/insert";
import { parseIndicatorSetJson, type IndicatorSet, type SetProblem } from "../../core/set";
import type { Workbook } from "../../core/workbook/workbook";
import type { TaskpaneStrings } from "../i18n/strings";
import { IndicatorTable } from "./IndicatorTable";
import { ProblemList } from "./ProblemList";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalM },
  row: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  muted: { color: tokens.colorNeutralForeground3 },
});

type Loaded = { state: "none" } | { state: "ok"; set: IndicatorSet } | { state: "problems"; problems: SetProblem[] };
type Writing = { state: "idle" } | { state: "busy" } | { state: "done"; sheets: string[] } | { state: "conflict"; sheets: string[] } | { state: "failed"; detail: string };

/** Open a set file (works anywhere: nothing is sent out of the page), see its indicators or its
 *  problems, and in Excel write the indicator list into the open workbook. */
export function SetPanel({ strings, locale, workbook }: { strings: TaskpaneStrings; locale: Locale; workbook?: () => Workbook }) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [loaded, setLoaded] = useState<Loaded>({ state: "none" });
  const [writing, setWriting] = useState<Writing>({ state: "idle" });

  const open = async (file: File | undefined) => {
    if (!file) return;
    setWriting({ state: "idle" });
    const r = parseIndicatorSetJson(await file.text());
    setLoaded(r.ok ? { state: "ok", set: r.set } : { state: "problems", problems: r.problems });
  };

  const write = async (set: IndicatorSet, replace: boolean) => {
    if (!workbook) return;
    setWriting({ state: "busy" });
    try {
      const wb = workbook();
      const changes = indicatorListChanges(set, locale);
      const plan = planInsert(await wb.sheets(), changes, { replace });
      if (!plan.ok) {
        setWriting({ state: "conflict", sheets: plan.conflicts });
        return;
      }
      await wb.apply(plan.changes);
      setWriting({ state: "done", sheets: changes.flatMap((c) => (c.op === "addSheet" ? [c.sheet] : [])) });
    } catch (e) {
      // UnsupportedFeatureError (an older Excel) carries its words in both languages.
      const localized = (e as { messages?: Record<Locale, string> }).messages;
      setWriting({ state: "failed", detail: localized?.[locale] ?? (e instanceof Error ? e.message : String(e)) });
    }
  };

  const joined = (names: string[]) => names.join(locale === "zh-CN" ? "、" : ", ");
  return (
    <div role="tabpanel" className={styles.panel} data-testid="set-panel">
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => input.current?.click()}>
          {strings.set.open}
        </Button>
        <input ref={input} type="file" accept=".json,application/json" hidden data-testid="set-file" onChange={(e) => void open(e.target.files?.[0])} />
      </div>
      <Caption1 className={styles.muted}>{strings.set.hint}</Caption1>

      {loaded.state === "problems" && (
        <MessageBar intent="error">
          <MessageBarBody>{strings.set.problems(loaded.problems.length)}</MessageBarBody>
        </MessageBar>
      )}
      {loaded.state === "problems" && <ProblemList problems={loaded.problems} locale={locale} strings={strings} />}

      {loaded.state === "ok" && (
        <>
          <Body1 data-testid="set-summary">{strings.set.loaded(loaded.set.title, loaded.set.indicators.length, loaded.set.units.length, loaded.set.rules.length)}</Body1>
          <div className={styles.row}>
            <Button disabled={!workbook || writing.state === "busy"} onClick={() => void write(loaded.set, false)}>
              {strings.set.write}
            </Button>
            {writing.state === "busy" && <Spinner size="tiny" label={strings.set.writing} />}
          </div>
          {!workbook && <Caption1 className={styles.muted}>{strings.set.needsExcel}</Caption1>}
          {writing.state === "conflict" && (
            <MessageBar intent="warning">
              <MessageBarBody>
                {strings.set.conflict(joined(writing.sheets))}{" "}
                <Button size="small" onClick={() => void write(loaded.set, true)}>
                  {strings.set.replace}
                </Button>{" "}
                <Button size="small" appearance="subtle" onClick={() => setWriting({ state: "idle" })}>
                  {strings.set.cancel}
                </Button>
              </MessageBarBody>
            </MessageBar>
          )}
          {writing.state === "done" && (
            <MessageBar intent="success">
              <MessageBarBody>{strings.set.written(joined(writing.sheets))}</MessageBarBody>
            </MessageBar>
          )}
          {writing.state === "failed" && (
            <MessageBar intent="error">
              <MessageBarBody>{strings.set.failed(writing.detail)}</MessageBarBody>
            </MessageBar>
          )}
          <IndicatorTable set={loaded.set} locale={locale} strings={strings} />
        </>
      )}
    </div>
  );
}
