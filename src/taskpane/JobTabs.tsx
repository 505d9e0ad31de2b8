import { useState } from "react";
import { Tab, TabList, makeStyles } from "@fluentui/react-components";
import { JOB_IDS, isJobId, type JobId } from "./jobs";
import { JobPanel, type JobPanelProps } from "./JobPanel";
import type { TaskpaneStrings } from "./i18n/strings";
import type { Locale } from "../core/i18n/messages";
import type { Workbook } from "../core/workbook/workbook";
import type { LoadedSet } from "./shared/loaded-set";

const useStyles = makeStyles({
  // The pane is ~320 px wide; English labels need to wrap rather than scroll.
  tabs: { flexWrap: "wrap" },
});

/** The jobs in workflow order. All can be opened anywhere; what needs Excel says so in its panel. */
export function JobTabs({ enabled, strings, locale, workbook, select, watch }: { enabled: boolean; strings: TaskpaneStrings; locale: Locale; workbook?: () => Workbook } & Pick<JobPanelProps, "select" | "watch">) {
  const styles = useStyles();
  const [selected, setSelected] = useState<JobId>("set");
  const [loaded, setLoaded] = useState<LoadedSet>({ state: "none" });
  return (
    <section aria-label={strings.jobs.label} data-testid="jobs">
      <TabList
        className={styles.tabs}
        size="small"
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
      <JobPanel job={selected} enabled={enabled} strings={strings} locale={locale} workbook={workbook} select={select} watch={watch} loaded={loaded} onLoaded={setLoaded} />
    </section>
  );
}
