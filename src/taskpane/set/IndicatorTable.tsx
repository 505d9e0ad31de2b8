import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import type { Locale } from "../../core/i18n/messages";
import { describeTargets, type IndicatorSet } from "../../core/set";
import type { TaskpaneStrings } from "../i18n/strings";

/** The set's indicators as the target table will show them. */
export function IndicatorTable({ set, locale, strings }: { set: IndicatorSet; locale: Locale; strings: TaskpaneStrings }) {
  const c = strings.set.columns;
  return (
    <Table size="extra-small" aria-label={set.title} data-testid="set-indicators">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{c.name}</TableHeaderCell>
          <TableHeaderCell>{c.unit}</TableHeaderCell>
          <TableHeaderCell>{c.target}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {set.indicators.map((ind) => (
          <TableRow key={ind.id} title={ind.id}>
            <TableCell>{ind.name}</TableCell>
            <TableCell>{ind.unit}</TableCell>
            <TableCell>{describeTargets(ind, locale)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
