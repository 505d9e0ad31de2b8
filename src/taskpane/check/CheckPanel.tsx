import { useEffect, useRef, useState } from "react";
import { Button, Caption1, Link, Switch, MessageBar, MessageBarBody, Spinner, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Locale } from "../../core/i18n/messages";
import type { IndicatorSet } from "../../core/set";
import { checkOpenWorkbook } from "./check-open-workbook";
import { readyToSubmit, type Finding } from "../../core/validate";
import type { Workbook } from "../../core/workbook/workbook";
import type { TaskpaneStrings } from "../i18n/strings";
import { clearMarkChanges, LiveCheck, markChanges, reportChanges } from "../../core/validate";
import { InsertStatus } from "../shared/InsertStatus";
import { useInsert } from "../shared/use-insert";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground3 },
});

type Checked = { state: "idle" } | { state: "busy" } | { state: "done"; findings: Finding[] } | { state: "failed"; detail: string };

interface CheckPanelProps {
  set: IndicatorSet | undefined;
  strings: TaskpaneStrings;
  locale: Locale;
  workbook?: () => Workbook;
  /** show a cell in Excel */
  select?: (sheet: string, cell: string) => Promise<void>;
  /** watch sheets for edits (Excel's change events); resolves to a stop function */
  watch?: (sheets: string[], onEdits: (edits: { sheet: string; address: string }[]) => void) => Promise<() => Promise<void>>;
}

/** Validate the open workbook against the set; findings by severity, then sheet; a click shows the cell.
 *  It only reads the workbook: nothing a unit entered is changed. */
export function CheckPanel({ set, strings, locale, workbook, select, watch }: CheckPanelProps) {
  const styles = useStyles();
  const [checked, setChecked] = useState<Checked>({ state: "idle" });
  const report = useInsert(workbook, locale);
  const [live, setLive] = useState(false);
  const stopLive = useRef<(() => Promise<void>) | undefined>(undefined);
  useEffect(() => () => void stopLive.current?.(), []);
  // Live mode: read the entries once, then re-read only what each edit touched.
  const toggleLive = async (on: boolean) => {
    await stopLive.current?.();
    stopLive.current = undefined;
    setLive(on);
    if (!on || !workbook || !watch || !set) return;
    try {
      const checker = await LiveCheck.start(workbook(), set);
      setChecked({ state: "done", findings: checker.findings() });
      let queue = Promise.resolve();
      stopLive.current = await watch(checker.sheets(), (edits) => {
        queue = queue.then(async () => {
          let findings = checker.findings();
          for (const e of edits) findings = await checker.changed(e.sheet, e.address);
          setChecked({ state: "done", findings });
        });
      });
    } catch (e) {
      setLive(false);
      setChecked({ state: "failed", detail: (e as { messages?: Record<Locale, string> }).messages?.[locale] ?? (e instanceof Error ? e.message : String(e)) });
    }
  };
  const [marking, setMarking] = useState<"idle" | "busy" | "marked" | "cleared" | { failed: string }>("idle");
  // Marks change fills only; values a unit entered are never written.
  const mark = async (findings: Finding[] | null) => {
    if (!workbook) return;
    setMarking("busy");
    try {
      const wb = workbook();
      const meta = await wb.metadata();
      await wb.apply(findings ? markChanges(findings, meta) : clearMarkChanges(meta));
      setMarking(findings ? "marked" : "cleared");
    } catch (e) {
      const localized = (e as { messages?: Record<Locale, string> }).messages;
      setMarking({ failed: localized?.[locale] ?? (e instanceof Error ? e.message : String(e)) });
    }
  };
  if (!set) return <Caption1 className={styles.muted}>{strings.generate.needSet}</Caption1>;

  const run = async () => {
    if (!workbook) return;
    setChecked({ state: "busy" });
    // The same check job as the CLI: the set's id and version are compared, units checked across.
    const result = await checkOpenWorkbook(workbook, set, strings.check.thisWorkbook);
    const [only] = result.workbooks;
    if (only && only.status !== "checked" && only.status !== "outdated") setChecked({ state: "failed", detail: only.reason?.[locale] ?? "" });
    else setChecked({ state: "done", findings: result.findings });
  };

  const groups = (findings: Finding[]) => {
    const out: { title: string; items: Finding[] }[] = [];
    for (const severity of ["error", "warning"] as const) {
      const sheets = [...new Set(findings.filter((f) => f.severity === severity).map((f) => f.sheet ?? ""))];
      for (const sheet of sheets) {
        out.push({ title: strings.check.group(severity === "error" ? strings.check.errors : strings.check.warnings, sheet), items: findings.filter((f) => f.severity === severity && (f.sheet ?? "") === sheet) });
      }
    }
    return out;
  };

  return (
    <div className={styles.panel} data-testid="check-panel">
      <Button appearance="primary" disabled={!workbook || checked.state === "busy"} onClick={() => void run()}>
        {strings.check.run}
      </Button>
      {!workbook && <Caption1 className={styles.muted}>{strings.set.needsExcel}</Caption1>}
      <Switch label={strings.check.live} checked={live} disabled={!workbook || !watch} onChange={(_e, data) => void toggleLive(data.checked)} />
      {checked.state === "busy" && <Spinner size="tiny" label={strings.check.running} />}
      <Button disabled={!workbook || marking === "busy"} onClick={() => void mark(null)}>
        {strings.check.clearMarks}
      </Button>
      {typeof marking === "object" && (
        <MessageBar intent="error">
          <MessageBarBody>{marking.failed}</MessageBarBody>
        </MessageBar>
      )}
      {checked.state === "failed" && (
        <MessageBar intent="error">
          <MessageBarBody>{checked.detail}</MessageBarBody>
        </MessageBar>
      )}
      {checked.state === "done" && (
        <>
          <MessageBar intent={readyToSubmit(checked.findings) ? "success" : "warning"}>
            <MessageBarBody data-testid="check-summary">
              {strings.check.summary(checked.findings.filter((f) => f.severity === "error").length, checked.findings.filter((f) => f.severity === "warning").length, readyToSubmit(checked.findings))}
            </MessageBarBody>
          </MessageBar>
          <Button disabled={marking === "busy"} onClick={() => void mark(checked.findings)}>
            {strings.check.markCells}
          </Button>
          {marking === "marked" && <Caption1 className={styles.muted}>{strings.check.marked}</Caption1>}
          <Button disabled={report.status.state === "busy"} onClick={() => void report.insert(reportChanges(set, checked.findings, locale))}>
            {strings.check.writeReport}
          </Button>
          <InsertStatus status={report.status} strings={strings} locale={locale} onReplace={() => report.status.state === "conflict" && void report.insert(report.status.changes, true)} onCancel={report.reset} />
          {groups(checked.findings).map((g) => (
            <section key={g.title}>
              <Subtitle2>{g.title}</Subtitle2>
              <ol className={styles.list}>
                {g.items.map((f, i) => (
                  <li key={i}>
                    {f.sheet && f.cell && select ? <Link onClick={() => void select(f.sheet!, f.cell!)}>{f.cell}</Link> : <span>{f.cell}</span>} {f.message[locale]}
                    {f.explanation !== undefined && <Caption1 className={styles.muted}> {strings.check.explained(f.explanation)}</Caption1>}
                  </li>
                ))}
              </ol>
            </section>
          ))}
        </>
      )}
    </div>
  );
}
