import { useEffect, useRef, useState } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Caption1,
  Link,
  MessageBar,
  MessageBarBody,
  Spinner,
  Switch,
  Toolbar,
  ToolbarButton,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Locale } from "../../core/i18n/messages";
import type { IndicatorSet } from "../../core/set/schema";
import { clearMarkChanges, LiveCheck, markChanges, parseMarks, readyToSubmit, reportChanges, type Finding } from "../../core/validate";
import type { Workbook } from "../../core/workbook/workbook";
import type { TaskpaneStrings } from "../i18n/strings";
import { InsertStatus } from "../shared/InsertStatus";
import { useInsert } from "../shared/use-insert";
import { checkOpenWorkbook } from "./check-open-workbook";
import { upgradeForm } from "../../core/jobs/upgrade-form";
import { groupFindings } from "./group-findings";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalS },
  toolbar: { flexWrap: "wrap", padding: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground3 },
  error: { color: tokens.colorPaletteRedForeground1 },
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

const localized = (e: unknown, locale: Locale) => (e as { messages?: Record<Locale, string> }).messages?.[locale] ?? (e instanceof Error ? e.message : String(e));

/** Check the open workbook with the same job as `validate`; the actions in one toolbar, the
 *  findings by unit and sheet right under it, a click shows the cell. It only reads what units
 *  entered: marks change fills, never values. */
export function CheckPanel({ set, strings, locale, workbook, select, watch }: CheckPanelProps) {
  const styles = useStyles();
  const [checked, setChecked] = useState<Checked>({ state: "idle" });
  const [hasMarks, setHasMarks] = useState(false);
  const [outdated, setOutdated] = useState<string | null>(null);
  const report = useInsert(workbook, locale);
  const upgrade = useInsert(workbook, locale);
  const [live, setLive] = useState(false);
  const stopLive = useRef<(() => Promise<void>) | undefined>(undefined);
  useEffect(() => () => void stopLive.current?.(), []);
  const [marking, setMarking] = useState<"idle" | "busy" | "marked" | "cleared" | { failed: string }>("idle");
  const c = strings.check;

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
        // one failed re-read must not end live checking: say it, keep listening
        queue = queue
          .then(async () => {
            let findings = checker.findings();
            for (const e of edits) findings = await checker.changed(e.sheet, e.address);
            setChecked({ state: "done", findings });
          })
          .catch((e: unknown) => setChecked({ state: "failed", detail: localized(e, locale) }));
      });
    } catch (e) {
      setLive(false);
      setChecked({ state: "failed", detail: localized(e, locale) });
    }
  };
  const mark = async (findings: Finding[] | null) => {
    if (!workbook) return;
    setMarking("busy");
    try {
      const wb = workbook();
      const meta = await wb.metadata();
      await wb.apply(findings ? markChanges(findings, meta) : clearMarkChanges(meta));
      setMarking(findings ? "marked" : "cleared");
      setHasMarks(findings !== null && findings.some((f) => f.sheet && f.cell));
    } catch (e) {
      setMarking({ failed: localized(e, locale) });
    }
  };
  const run = async () => {
    if (!workbook || !set) return;
    setChecked({ state: "busy" });
    try {
      const result = await checkOpenWorkbook(workbook, set, c.thisWorkbook);
      const [only] = result.workbooks;
      setOutdated(only?.status === "outdated" ? (only.reason?.[locale] ?? "") : null);
      if (only && only.status !== "checked" && only.status !== "outdated") setChecked({ state: "failed", detail: only.reason?.[locale] ?? "" });
      else setChecked({ state: "done", findings: result.findings.filter((f) => f.rule !== "file.outdated") });
      setHasMarks(parseMarks(await workbook().metadata()).length > 0);
    } catch (e) {
      setChecked({ state: "failed", detail: localized(e, locale) });
    }
  };
  // the form in place of the old one: the same upgrade job as template --upgrade, every value kept
  const upgradeHere = async () => {
    if (!workbook || !set) return;
    const up = await upgradeForm({ name: c.thisWorkbook, open: async () => workbook() }, set, { locale });
    if (!up.ok) return setChecked({ state: "failed", detail: up.reason[locale] });
    await upgrade.insert(up.plan.changes);
  };
  if (!set) return <Caption1 className={styles.muted}>{strings.generate.needSet}</Caption1>;
  const findings = checked.state === "done" ? checked.findings : [];
  const errors = findings.filter((f) => f.severity === "error").length;
  const open = findings.filter((f) => f.severity === "warning" && f.explanation === undefined).length;
  const unitName = (id: string | undefined) => (id ? (set.units.find((u) => u.id === id)?.name ?? id) : "");
  const groups = groupFindings(findings, unitName, c.workbookWide);

  return (
    <div className={styles.panel} data-testid="check-panel">
      <Toolbar className={styles.toolbar} size="small" aria-label={c.actions}>
        <ToolbarButton appearance="primary" disabled={!workbook || checked.state === "busy"} onClick={() => void run()}>
          {c.run}
        </ToolbarButton>
        {checked.state === "done" && findings.length > 0 && (
          <ToolbarButton disabled={marking === "busy"} onClick={() => void mark(findings)}>
            {c.markCells}
          </ToolbarButton>
        )}
        {hasMarks && (
          <ToolbarButton disabled={marking === "busy"} onClick={() => void mark(null)}>
            {c.clearMarks}
          </ToolbarButton>
        )}
        {checked.state === "done" && (
          <ToolbarButton disabled={report.status.state === "busy"} onClick={() => void report.insert(reportChanges(set, findings, locale))}>
            {c.writeReport}
          </ToolbarButton>
        )}
      </Toolbar>
      <Switch label={c.live} checked={live} disabled={!workbook || !watch} onChange={(_e, data) => void toggleLive(data.checked)} />
      {!workbook && <Caption1 className={styles.muted}>{strings.set.needsExcel}</Caption1>}
      {checked.state === "busy" && <Spinner size="tiny" label={c.running} />}
      {typeof marking === "object" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{marking.failed}</MessageBarBody>
        </MessageBar>
      )}
      {marking === "marked" && <Caption1 className={styles.muted}>{c.marked}</Caption1>}
      <InsertStatus status={report.status} strings={strings} locale={locale} onReplace={() => report.status.state === "conflict" && void report.insert(report.status.changes, true)} onCancel={report.reset} />
      {outdated !== null && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {outdated}{" "}
            <Link onClick={() => void upgradeHere()}>{c.upgrade}</Link>
          </MessageBarBody>
        </MessageBar>
      )}
      <InsertStatus status={upgrade.status} strings={strings} locale={locale} onReplace={() => upgrade.status.state === "conflict" && void upgrade.insert(upgrade.status.changes, true)} onCancel={upgrade.reset} />
      {checked.state === "failed" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{checked.detail}</MessageBarBody>
        </MessageBar>
      )}
      {checked.state === "done" && (
        <>
          <MessageBar intent={readyToSubmit(findings) ? "success" : "warning"} layout="multiline">
            <MessageBarBody data-testid="check-summary">{c.summary(errors, findings.length - errors, open, readyToSubmit(findings))}</MessageBarBody>
          </MessageBar>
          <Accordion multiple collapsible defaultOpenItems={groups[0] ? [groups[0].key] : []} data-testid="check-groups">
            {groups.map((g) => (
              <AccordionItem key={g.key} value={g.key}>
                <AccordionHeader size="small">{c.group(g.title, g.errors, g.warnings)}</AccordionHeader>
                <AccordionPanel>
                  <ol className={styles.list}>
                    {g.items.map((f, i) => (
                      <li key={i}>
                        {f.sheet && f.cell && select ? <Link onClick={() => void select(f.sheet!, f.cell!)}>{`${f.sheet}!${f.cell}`}</Link> : f.cell ? <span>{f.cell}</span> : null}{" "}
                        <span className={f.severity === "error" ? styles.error : undefined}>{f.severity === "error" ? c.errors : c.warnings}</span> {f.message[locale]}
                        {f.explanation !== undefined && <Caption1 className={styles.muted}> {c.explained(f.explanation)}</Caption1>}
                      </li>
                    ))}
                  </ol>
                </AccordionPanel>
              </AccordionItem>
            ))}
          </Accordion>
        </>
      )}
    </div>
  );
}
