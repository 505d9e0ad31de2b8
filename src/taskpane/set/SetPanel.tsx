import { useRef } from "react";
import { Body1, Button, Caption1, Divider, MessageBar, MessageBarBody, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Locale } from "../../core/i18n/messages";
import { indicatorListChanges } from "../../core/layout/indicator-list";
import type { Workbook } from "../../core/workbook/workbook";
import type { TaskpaneStrings } from "../i18n/strings";
import { downloadBytes } from "../shared/download";
import { InsertStatus } from "../shared/InsertStatus";
import type { LoadedSet } from "../shared/loaded-set";
import { useInsert } from "../shared/use-insert";
import { IndicatorList } from "./IndicatorList";
import { SetParts } from "./SetParts";
import { ProblemList } from "./ProblemList";
import { PlanPanel } from "../plan/PlanPanel";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalM },
  row: { display: "flex", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, flexWrap: "wrap", alignItems: "center" },
  muted: { color: tokens.colorNeutralForeground3 },
});

interface SetPanelProps {
  strings: TaskpaneStrings;
  locale: Locale;
  workbook?: () => Workbook;
  loaded: LoadedSet;
  onLoaded: (loaded: LoadedSet) => void;
}

/** The set the other jobs use: opened from a file, made from a plan, edited here, saved as a
 *  file; in Excel its indicator list can go into the open workbook. Nothing leaves the page. */
export function SetPanel({ strings, locale, workbook, loaded, onLoaded }: SetPanelProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const { status, insert, reset } = useInsert(workbook, locale);
  const s = strings.set;

  const open = async (file: File | undefined) => {
    if (!file) return;
    reset();
    const text = await file.text();
    const { parseIndicatorSetJson } = await import("../../core/set/load");
    const r = parseIndicatorSetJson(text);
    if (r.ok) return onLoaded({ state: "ok", set: r.set });
    let doc: unknown;
    try {
      doc = JSON.parse(text.replace(/^\ufeff/, ""));
    } catch {
      doc = undefined;
    }
    onLoaded({ state: "problems", problems: r.problems, doc, file: file.name });
  };
  const save = () => {
    if (loaded.state !== "ok") return;
    const json = JSON.stringify(loaded.set, null, 2) + "\n";
    downloadBytes(new TextEncoder().encode(json), `${loaded.set.title}.set.json`, "application/json");
  };
  const syntax = loaded.state === "problems" ? loaded.problems.find((p) => p.code === "json_syntax") : undefined;

  return (
    <div className={styles.panel} data-testid="set-panel">
      <Subtitle2 as="h2">{s.heading}</Subtitle2>
      <div className={styles.row}>
        <Button appearance={loaded.state === "ok" ? "secondary" : "primary"} onClick={() => input.current?.click()}>
          {s.open}
        </Button>
        <input ref={input} type="file" accept=".json,application/json" hidden data-testid="set-file" onChange={(e) => void open(e.target.files?.[0])} />
        {loaded.state === "ok" && <Button onClick={save}>{s.save}</Button>}
      </div>
      {loaded.state !== "ok" && <Caption1 className={styles.muted}>{s.hint}</Caption1>}

      {loaded.state === "problems" &&
        (syntax ? (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody data-testid="set-problems">{s.notJson(loaded.file ?? "", syntax.line ?? 1, syntax.column ?? 1)}</MessageBarBody>
          </MessageBar>
        ) : (
          <>
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>{s.problems(loaded.problems.length)}</MessageBarBody>
            </MessageBar>
            <ProblemList problems={loaded.problems} doc={loaded.doc} locale={locale} strings={strings} />
          </>
        ))}

      {loaded.state === "ok" && (
        <>
          <Body1 data-testid="set-summary">{s.loaded(loaded.set.title, loaded.set.indicators.length, loaded.set.units.length, loaded.set.rules.length)}</Body1>
          <div className={styles.row}>
            <Button disabled={!workbook || status.state === "busy"} onClick={() => void insert(indicatorListChanges(loaded.set, locale))}>
              {s.write}
            </Button>
          </div>
          {!workbook && <Caption1 className={styles.muted}>{s.needsExcel}</Caption1>}
          <InsertStatus status={status} strings={strings} locale={locale} onReplace={() => status.state === "conflict" && void insert(status.changes, true)} onCancel={reset} />
          <IndicatorList set={loaded.set} locale={locale} strings={strings} onChange={(set) => onLoaded({ state: "ok", set })} />
          <SetParts set={loaded.set} locale={locale} strings={strings} onChange={(set) => onLoaded({ state: "ok", set })} />
        </>
      )}
      <Divider />
      <PlanPanel strings={strings} locale={locale} onLoaded={onLoaded} />
    </div>
  );
}
