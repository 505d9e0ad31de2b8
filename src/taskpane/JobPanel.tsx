import { lazy, Suspense } from "react";
import { Body1, Caption1, Spinner, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { JobId } from "./jobs";
import type { TaskpaneStrings } from "./i18n/strings";
import type { Locale } from "../core/i18n/messages";
import type { Workbook } from "../core/workbook/workbook";
import { SetPanel } from "./set/SetPanel";

// The first screen is the set; the other jobs (and the templates, checks and summaries behind
// them) load when their tab is first opened.
const GeneratePanel = lazy(() => import(/* webpackChunkName: "generate" */ "./generate/GeneratePanel").then((m) => ({ default: m.GeneratePanel })));
const CheckPanel = lazy(() => import(/* webpackChunkName: "check" */ "./check/CheckPanel").then((m) => ({ default: m.CheckPanel })));
const SummaryPanel = lazy(() => import(/* webpackChunkName: "summary" */ "./summary/SummaryPanel").then((m) => ({ default: m.SummaryPanel })));
import type { LoadedSet } from "./shared/loaded-set";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, paddingTop: tokens.spacingVerticalM },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface JobPanelProps {
  job: JobId;
  /** mounted but not shown: its work stays while another tab is open */
  hidden?: boolean;
  /** inside Excel: the jobs that read or write the workbook can run */
  enabled: boolean;
  strings: TaskpaneStrings;
  locale: Locale;
  workbook?: () => Workbook;
  select?: (sheet: string, cell: string) => Promise<void>;
  watch?: (sheets: string[], onEdits: (edits: { sheet: string; address: string }[]) => void) => Promise<() => Promise<void>>;
  loaded: LoadedSet;
  onLoaded: (loaded: LoadedSet) => void;
}

/** One job's panel; a job without its own UI yet says what it will do. */
export function JobPanel({ job, hidden, enabled, strings, locale, workbook, select, watch, loaded, onLoaded }: JobPanelProps) {
  const styles = useStyles();
  const set = loaded.state === "ok" ? loaded.set : undefined;
  const { title, description } = strings.jobs[job];
  const body = (() => {
    switch (job) {
      case "set":
        return <SetPanel strings={strings} locale={locale} workbook={workbook} loaded={loaded} onLoaded={onLoaded} />;
      case "generate":
        return <GeneratePanel set={set} strings={strings} locale={locale} workbook={workbook} />;
      case "check":
        return <CheckPanel set={set} strings={strings} locale={locale} workbook={workbook} select={select} watch={watch} />;
      case "summarize":
        return <SummaryPanel set={set} strings={strings} locale={locale} workbook={workbook} />;
      default:
        return <Caption1 className={styles.muted}>{enabled ? strings.jobs.comingSoon : strings.jobs.needsExcel}</Caption1>;
    }
  })();
  return (
    // display:none, not the hidden attribute: the panel's class sets display:flex, which would win
    <div role="tabpanel" className={styles.panel} style={hidden ? { display: "none" } : undefined} data-testid={hidden ? undefined : "job-panel"}>
      {job !== "set" && <Subtitle2>{title}</Subtitle2>}
      {job !== "set" && <Body1>{description}</Body1>}
      <Suspense fallback={<Spinner size="tiny" label={strings.jobs.loading} />}>{body}</Suspense>
    </div>
  );
}
