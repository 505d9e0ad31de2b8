import { useState } from "react";
import { Tab, TabList, makeStyles } from "@fluentui/react-components";
import { JOB_IDS, isJobId, type JobId } from "./jobs";
import { JobPanel } from "./JobPanel";
import type { TaskpaneStrings } from "./i18n/strings";

const useStyles = makeStyles({
  // The pane is ~320 px wide; English labels need to wrap rather than scroll.
  tabs: { flexWrap: "wrap" },
});

/** The jobs to come; disabled outside Excel because each one reads or writes the workbook. */
export function JobTabs({ enabled, strings }: { enabled: boolean; strings: TaskpaneStrings }) {
  const styles = useStyles();
  const [selected, setSelected] = useState<JobId>("set");
  return (
    <section aria-label={strings.jobs.label} data-testid="jobs">
      <TabList
        className={styles.tabs}
        size="small"
        disabled={!enabled}
        selectedValue={selected}
        onTabSelect={(_event, data) => {
          if (isJobId(data.value)) setSelected(data.value);
        }}
      >
        {JOB_IDS.map((id) => (
          <Tab key={id} value={id}>
            {strings.jobs[id].title}
          </Tab>
        ))}
      </TabList>
      <JobPanel job={selected} enabled={enabled} strings={strings} />
    </section>
  );
}
