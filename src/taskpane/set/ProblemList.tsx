import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Locale } from "../../core/i18n/messages";
import type { SetProblem } from "../../core/set";
import type { TaskpaneStrings } from "../i18n/strings";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  where: { color: tokens.colorNeutralForeground3, display: "block", fontFamily: tokens.fontFamilyMonospace },
});

/** Every problem of a set, where it is first (line, JSON path), then what to do. */
export function ProblemList({ problems, locale, strings }: { problems: SetProblem[]; locale: Locale; strings: TaskpaneStrings }) {
  const styles = useStyles();
  return (
    <ol className={styles.list} data-testid="set-problems">
      {problems.map((p, i) => (
        <li key={i}>
          <Caption1 className={styles.where}>{strings.set.where(p.path, p.line)}</Caption1>
          <Text>{p.message[locale]}</Text>
        </li>
      ))}
    </ol>
  );
}
