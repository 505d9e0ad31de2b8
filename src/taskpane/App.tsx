import { useEffect } from "react";
import { Body1, FluentProvider, Title2, makeStyles, tokens } from "@fluentui/react-components";
import { StatusBanner } from "./StatusBanner";
import { JobTabs } from "./JobTabs";
import { chooseLocale, stringsFor } from "./i18n/strings";
import { taskpaneTheme } from "./theme";
import type { HostState } from "./office-host";
import { lazyWorkbook, selectLazily, watchLazily } from "./shared/excel-lazy";

// Created on demand, inside Excel only: outside it there is no `Excel` to run against. The
// Office.js backend itself loads on first use (excel-lazy.ts).
const officeWorkbook = lazyWorkbook;
const showCell = selectLazily;
const watchSheets = watchLazily;

const useStyles = makeStyles({
  root: { minHeight: "100vh", boxSizing: "border-box" },
  page: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  header: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

/** `search` is `location.search`, passed in so `?lang=` stays testable. */
export function App({ host, search }: { host: HostState; search: string }) {
  const styles = useStyles();
  const locale = chooseLocale(search, host.displayLanguage);
  const strings = stringsFor(locale);

  // The lang attribute makes the browser pick Simplified Chinese glyphs, not Japanese ones.
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = strings.productName;
  }, [locale, strings.productName]);

  return (
    <FluentProvider theme={taskpaneTheme} className={styles.root}>
      <main className={styles.page} lang={locale}>
        <header className={styles.header}>
          <Title2 as="h1">{strings.productName}</Title2>
          <Body1>{strings.description}</Body1>
        </header>
        <StatusBanner host={host} strings={strings} />
        <JobTabs enabled={host.kind === "excel"} strings={strings} locale={locale} workbook={host.kind === "excel" ? officeWorkbook : undefined} select={host.kind === "excel" ? showCell : undefined} watch={host.kind === "excel" ? watchSheets : undefined} />
      </main>
    </FluentProvider>
  );
}
