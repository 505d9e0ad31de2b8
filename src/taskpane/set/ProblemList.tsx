import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Locale } from "../../core/i18n/messages";
import type { SetProblem } from "../../core/set";
import type { TaskpaneStrings } from "../i18n/strings";
import { problemPlace } from "./problem-place";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  where: { color: tokens.colorNeutralForeground3, display: "block" },
});

/** Every problem of a set: where it is in words (and the line of the file), then what to do. */
export function ProblemList({ problems, doc, locale, strings }: { problems: SetProblem[]; doc?: unknown; locale: Locale; strings: TaskpaneStrings }) {
  const styles = useStyles();
  return (
    <ol className={styles.list} data-testid="set-problems">
      {problems.map((p, i) => (
        <li key={i}>
          <Caption1 className={styles.where} title={p.path}>
            {strings.set.where(problemPlace(p.path, doc as Record<string, unknown> | undefined, strings, locale), p.line)}
          </Caption1>
          <Text>{p.message[locale]}</Text>
        </li>
      ))}
    </ol>
  );
}
