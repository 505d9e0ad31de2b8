import { useRef, useState } from "react";
import { Badge, Body1, Button, Caption1, Field, MessageBar, MessageBarBody, ProgressBar, Select, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Locale } from "../../core/i18n/messages";
import { messagesFor } from "../../core/i18n/messages";
// the jobs one by one, not their index: the index also holds extraction, which loads lazily
import { CancelledError } from "../../core/jobs/progress";
import type { WorkbookSource } from "../../core/jobs/returned";
import { summarize, summarySheets, type SummarizeResult } from "../../core/jobs/summarize";
import type { IndicatorSet } from "../../core/set";
import { byUrgency, chartableIndicators, describeTotal, hasUnitTargets, type TotalStatus } from "../../core/summary";
import type { Workbook } from "../../core/workbook/workbook";
import type { TaskpaneStrings } from "../i18n/strings";
import { InsertStatus } from "../shared/InsertStatus";
import { useInsert } from "../shared/use-insert";
import { downloadBytes } from "../shared/download";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalS },
  row: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  indicator: { display: "flex", flexDirection: "column" },
  muted: { color: tokens.colorNeutralForeground3 },
});

type Run =
  | { state: "idle" }
  | { state: "loading" }
  | { state: "reading"; done: number; total: number }
  | { state: "done"; result: SummarizeResult }
  | { state: "cancelled" }
  | { state: "failed"; detail: string };

const BADGE: Record<TotalStatus, "danger" | "warning" | "success" | "informative"> = { missed: "danger", unknown: "warning", met: "success", "no-target": "informative" };

/** 汇总: returned files chosen from disk (read here, through the .xlsx backend, loaded only
 *  now) or the open workbook; a bar with a cancel; then the sheets, into Excel or as a file. */
export function SummaryPanel({ set, strings, locale, workbook }: { set: IndicatorSet | undefined; strings: TaskpaneStrings; locale: Locale; workbook?: () => Workbook }) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const cancel = useRef<AbortController | undefined>(undefined);
  const [run, setRun] = useState<Run>({ state: "idle" });
  // the indicator drawn by unit in Excel; undefined: the summary's own first choice
  const [charted, setCharted] = useState<string | undefined>(undefined);
  const write = useInsert(workbook, locale);
  if (!set) return <Caption1 className={styles.muted}>{strings.generate.needSet}</Caption1>;
  const s = strings.summary;
  const core = messagesFor(locale).summary;

  const start = async (sources: () => Promise<(WorkbookSource & { modified?: number })[]>) => {
    const controller = new AbortController();
    cancel.current = controller;
    write.reset();
    setRun({ state: "loading" });
    try {
      const list = await sources();
      setRun({ state: "reading", done: 0, total: list.length });
      const result = await summarize(list, set, { locale, signal: controller.signal, onProgress: (p) => setRun({ state: "reading", done: p.done, total: p.total }) });
      setRun({ state: "done", result });
      setCharted(undefined);
    } catch (e) {
      setRun(e instanceof CancelledError ? { state: "cancelled" } : { state: "failed", detail: e instanceof Error ? e.message : String(e) });
    }
  };
  const fromFiles = (files: FileList | null) => {
    const chosen = [...(files ?? [])];
    if (chosen.length === 0) return;
    void start(async () => {
      // the reader loads with the first summary, not with the pane (exceljs only if a file needs it)
      const { openReturnedWorkbook } = await import("../../workbook/xlsx-reader/open");
      return chosen.map((f) => ({ name: f.webkitRelativePath || f.name, modified: f.lastModified, open: async () => openReturnedWorkbook(await f.arrayBuffer()) }));
    });
  };
  const download = async (result: SummarizeResult) => {
    const { XlsxWorkbook } = await import("../../workbook/xlsx/xlsx-workbook");
    const wb = XlsxWorkbook.create();
    await wb.apply(result.changes);
    downloadBytes(await wb.toBuffer(), s.fileName(set.title), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  };
  const busy = run.state === "loading" || run.state === "reading";
  const unitName = (id: string) => set.units.find((u) => u.id === id)?.name ?? id;
  const joined = (names: string[]) => names.join(locale === "zh-CN" ? "、" : ", ");

  return (
    <div className={styles.panel} data-testid="summary-panel">
      <Body1>{s.intro}</Body1>
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy} onClick={() => input.current?.click()}>
          {s.chooseFiles}
        </Button>
        <input ref={input} type="file" multiple accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" hidden data-testid="summary-files" onChange={(e) => fromFiles(e.target.files)} />
        {workbook && (
          <Button disabled={busy} onClick={() => void start(async () => [{ name: strings.check.thisWorkbook, open: async () => workbook() }])}>
            {s.thisWorkbook}
          </Button>
        )}
      </div>
      {run.state === "loading" && <Caption1 className={styles.muted}>{s.loading}</Caption1>}
      {run.state === "reading" && (
        <div className={styles.row} data-testid="summary-progress">
          <ProgressBar value={run.total ? run.done / run.total : 0} thickness="large" aria-label={s.reading(run.done, run.total)} />
          <Caption1>{s.reading(run.done, run.total)}</Caption1>
          <Button size="small" onClick={() => cancel.current?.abort()}>
            {s.cancel}
          </Button>
        </div>
      )}
      {run.state === "cancelled" && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{s.cancelled}</MessageBarBody>
        </MessageBar>
      )}
      {run.state === "failed" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{s.failed(run.detail)}</MessageBarBody>
        </MessageBar>
      )}
      {run.state === "done" &&
        (() => {
          const { summary } = run.result;
          const chartable = chartableIndicators(summary);
          const changes = charted === undefined ? run.result.changes : summarySheets(run.result, locale, { chartIndicator: charted });
          const unused = summary.workbooks.filter((w) => w.status !== "checked" && w.status !== "outdated");
          const outdated = summary.workbooks.filter((w) => w.status === "outdated");
          return (
            <>
              <MessageBar intent={summary.missing.length || unused.length ? "warning" : "success"} layout="multiline">
                <MessageBarBody data-testid="summary-counts">{s.counts(summary.returned.length, summary.units.length, summary.missing.length, summary.duplicates.length, unused.length)}</MessageBarBody>
              </MessageBar>
              {workbook && chartable.length > 1 && (
                <Field label={s.chartIndicator}>
                  <Select value={charted ?? chartable[0]!.indicator.id} onChange={(_, d) => setCharted(d.value)} data-testid="summary-chart-indicator">
                    {chartable.map((x) => (
                      <option key={x.indicator.id} value={x.indicator.id}>
                        {x.indicator.name}
                      </option>
                    ))}
                  </Select>
                </Field>
              )}
              <div className={styles.row}>
                <Button appearance="primary" disabled={!workbook || write.status.state === "busy"} onClick={() => void write.insert(changes)}>
                  {s.write}
                </Button>
                <Button onClick={() => void download(run.result)}>{s.download}</Button>
              </div>
              {!workbook && <Caption1 className={styles.muted}>{strings.set.needsExcel}</Caption1>}
              <InsertStatus status={write.status} strings={strings} locale={locale} onReplace={() => write.status.state === "conflict" && void write.insert(write.status.changes, true)} onCancel={write.reset} />
              {summary.missing.length > 0 && (
                <section>
                  <Subtitle2 block>{s.missing}</Subtitle2>
                  <Body1 as="p" data-testid="summary-missing">
                    {joined(summary.missing.map(unitName))}
                  </Body1>
                </section>
              )}
              {summary.duplicates.length > 0 && (
                <section>
                  <Subtitle2 block>{s.duplicates}</Subtitle2>
                  <ul className={styles.list}>
                    {summary.duplicates.map((d) => (
                      <li key={d.unitId}>
                        {unitName(d.unitId)}：{core.duplicateNote(joined(d.files), d.used, d.why[locale])}
                      </li>
                    ))}
                  </ul>
                </section>
              )}
              {[
                [s.unused, unused],
                [s.outdated, outdated],
              ].map(([title, list]) =>
                (list as typeof unused).length > 0 ? (
                  <section key={title as string} data-testid={list === unused ? "summary-unused" : "summary-outdated"}>
                    <Subtitle2 block>{title as string}</Subtitle2>
                    <ul className={styles.list}>
                      {(list as typeof unused).map((w) => (
                        <li key={w.name}>{w.reason?.[locale] ?? w.name}</li>
                      ))}
                    </ul>
                  </section>
                ) : null,
              )}
              <section>
                <Subtitle2 block>{s.indicators}</Subtitle2>
                <ol className={styles.list} data-testid="summary-indicators">
                  {byUrgency(summary.indicators).map((x) => (
                    <li key={x.indicator.id} className={styles.indicator}>
                      <span>
                        <Badge appearance="tint" color={BADGE[x.status]}>
                          {core.status[x.status]}
                        </Badge>{" "}
                        {x.indicator.name}
                      </span>
                      <Caption1 className={styles.muted}>
                        {s.total(describeTotal(x, locale), core.methods[x.all.method] ?? x.all.method)}
                        {hasUnitTargets(x) ? ` · ${s.unitsMet(x.met, x.returned)}` : ""}
                      </Caption1>
                    </li>
                  ))}
                </ol>
              </section>
            </>
          );
        })()}
    </div>
  );
}
