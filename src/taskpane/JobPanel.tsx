import { Body1, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { JobId } from "./jobs";
import type { TaskpaneStrings } from "./i18n/strings";
import type { Locale } from "../core/i18n/messages";
import type { Workbook } from "../core/workbook/workbook";
import { SetPanel } from "./set/SetPanel";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, paddingTop: tokens.spacingVerticalM },
  muted: { color: tokens.colorNeutralForeground3 },
});

interface JobPanelProps {
  job: JobId;
  /** inside Excel: the jobs that read or write the workbook can run */
  enabled: boolean;
  strings: TaskpaneStrings;
  locale: Locale;
  workbook?: () => Workbook;
}

/** One job's panel; jobs without their own UI yet show what they will do. */
export function JobPanel({ job, enabled, strings, locale, workbook }: JobPanelProps) {
  const styles = useStyles();
  if (job === "set") return <SetPanel strings={strings} locale={locale} workbook={workbook} />;
  const { title, description } = strings.jobs[job];
  return (
    <div role="tabpanel" className={styles.panel} data-testid="job-panel">
      <Subtitle2>{title}</Subtitle2>
      <Body1>{description}</Body1>
      <Caption1 className={styles.muted}>{enabled ? strings.jobs.comingSoon : strings.jobs.needsExcel}</Caption1>
    </div>
  );
}
