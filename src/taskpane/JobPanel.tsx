import { Body1, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { JobId } from "./jobs";
import type { TaskpaneStrings } from "./i18n/strings";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, paddingTop: tokens.spacingVerticalM },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Placeholder for one job; each job's real UI replaces the body here. */
export function JobPanel({ job, enabled, strings }: { job: JobId; enabled: boolean; strings: TaskpaneStrings }) {
  const styles = useStyles();
  const { title, description } = strings.jobs[job];
  return (
    <div role="tabpanel" className={styles.panel} data-testid="job-panel">
      <Subtitle2>{title}</Subtitle2>
      <Body1>{description}</Body1>
      <Caption1 className={styles.muted}>{enabled ? strings.jobs.comingSoon : strings.jobs.needsExcel}</Caption1>
    </div>
  );
}
