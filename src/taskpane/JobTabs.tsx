import { useEffect, useRef, useState } from "react";
import { Tab, TabList, makeStyles } from "@fluentui/react-components";
import { JOB_IDS, isJobId, type JobId } from "./jobs";
import { JobPanel, type JobPanelProps } from "./JobPanel";
import type { TaskpaneStrings } from "./i18n/strings";
import type { Locale } from "../core/i18n/messages";
import type { Workbook } from "../core/workbook/workbook";
import type { LoadedSet } from "./shared/loaded-set";
import { readSaved, savedSet, setFromWorkbook, setIntoWorkbook, writeSaved } from "./state/saved";

const useStyles = makeStyles({
  // The pane is ~320 px wide; English labels need to wrap rather than scroll.
  tabs: { flexWrap: "wrap" },
});

/** The jobs in workflow order. A panel is mounted when its tab is first opened and then stays
 *  (only the chosen one shows), so work in one tab survives a visit to another; the set and the
 *  tab are kept across reloads too. */
export function JobTabs({ enabled, strings, locale, workbook, select, watch }: { enabled: boolean; strings: TaskpaneStrings; locale: Locale; workbook?: () => Workbook } & Pick<JobPanelProps, "select" | "watch">) {
  const styles = useStyles();
  const [selected, setSelected] = useState<JobId>(() => readSaved().tab ?? "set");
  const [opened, setOpened] = useState<ReadonlySet<JobId>>(() => new Set(["set", selected]));
  const [loaded, setLoaded] = useState<LoadedSet>({ state: "none" });
  // The set comes back: inside Excel from the workbook it was made for, else from this page's storage.
  const restored = useRef(false);
  useEffect(() => {
    if (restored.current) return;
    restored.current = true;
    (workbook ? setFromWorkbook(workbook()) : savedSet(readSaved().set))
      .then((set) => set && setLoaded((now) => (now.state === "none" ? { state: "ok", set } : now)))
      .catch(() => undefined);
  }, [workbook]);

  const onLoaded = (next: LoadedSet) => {
    setLoaded(next);
    if (next.state !== "ok") return;
    if (workbook) void setIntoWorkbook(workbook(), next.set).catch(() => undefined);
    else writeSaved({ set: next.set });
  };
  return (
    <section aria-label={strings.jobs.label} data-testid="jobs">
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={selected}
        onTabSelect={(_event, data) => {
          if (!isJobId(data.value)) return;
          setSelected(data.value);
          setOpened((now) => new Set([...now, data.value as JobId]));
          writeSaved({ tab: data.value });
        }}
      >
        {JOB_IDS.map((id) => (
          <Tab key={id} value={id}>
            {strings.jobs[id].title}
          </Tab>
        ))}
      </TabList>
      {JOB_IDS.filter((id) => opened.has(id)).map((id) => (
        <JobPanel key={id} job={id} hidden={id !== selected} enabled={enabled} strings={strings} locale={locale} workbook={workbook} select={select} watch={watch} loaded={loaded} onLoaded={onLoaded} />
      ))}
    </section>
  );
}
