import { useRef, useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Input,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { htmlToText, type ExtractedIndicator } from "../../core/extract";
import { draftSet, proposeIndicators, type Proposal, type Proposed } from "../../core/jobs";
import type { ReportingUnit } from "../../core/set";
import { parsePastedUnits } from "../../core/set/units-csv";
import type { Locale } from "../../core/i18n/messages";
import type { TaskpaneStrings } from "../i18n/strings";
import type { LoadedSet } from "../shared/loaded-set";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalS },
  row: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  muted: { color: tokens.colorNeutralForeground3 },
  name: { width: "100%" },
});

/** Paste or open a plan; the indicators found are proposed in a table to edit and accept, and
 *  the accepted ones become the indicator set the other jobs use. Runs in the page: no upload. */
export function PlanPanel({ strings, locale, onLoaded }: { strings: TaskpaneStrings; locale: Locale; onLoaded: (loaded: LoadedSet) => void }) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState("");
  const [source, setSource] = useState("plan.txt");
  const [proposed, setProposed] = useState<Proposed | null>(null);
  const proposals = proposed?.proposals ?? null;
  const [made, setMade] = useState<string | null>(null);
  const [unitsText, setUnitsText] = useState("");
  const [unitsError, setUnitsError] = useState<string | null>(null);

  const open = async (file: File | undefined) => {
    if (!file) return;
    const content = await file.text();
    setText(/\.html?$/i.test(file.name) ? htmlToText(content) : content);
    setSource(file.name);
  };
  const extract = () => {
    setProposed(proposeIndicators(text, { source }));
    setMade(null);
  };
  const accept = () => {
    if (!proposed) return;
    let units: ReportingUnit[] = [];
    if (unitsText.trim()) {
      const r = parsePastedUnits(unitsText, strings.plan.unitsLabel);
      if (!r.ok) {
        setUnitsError(r.message[locale]);
        return;
      }
      units = r.units;
    }
    setUnitsError(null);
    const r = draftSet(proposed, { units });
    onLoaded(r.ok ? { state: "ok", set: r.set } : { state: "problems", problems: r.problems });
    setMade(r.ok ? strings.plan.made(r.set.indicators.length) : null);
  };
  const update = (i: number, patch: Partial<Proposal>) =>
    setProposed((p) => p && { ...p, proposals: p.proposals.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
  const shown = (r: ExtractedIndicator) =>
    `${r.year ? `${r.year} ` : ""}${r.comparator === "between" ? `${r.min}～${r.max}` : `${r.comparator} ${r.value}`}${r.unit === "ratio" ? ":1" : r.unit}${r.basis === "previous_year" ? strings.plan.vsLastYear : ""}`;

  return (
    <div className={styles.panel} data-testid="plan-panel">
      <Body1>{strings.plan.intro}</Body1>
      <Textarea resize="vertical" rows={6} value={text} onChange={(_e, d) => setText(d.value)} placeholder={strings.plan.placeholder} aria-label={strings.plan.placeholder} data-testid="plan-text" />
      <div className={styles.row}>
        <Button onClick={() => input.current?.click()}>{strings.plan.open}</Button>
        <input ref={input} type="file" accept=".txt,.html,.htm,text/plain,text/html" hidden data-testid="plan-file" onChange={(e) => void open(e.target.files?.[0])} />
        <Button appearance="primary" disabled={text.trim() === ""} onClick={extract}>
          {strings.plan.extract}
        </Button>
      </div>
      {proposals && proposals.length === 0 && <Caption1 className={styles.muted}>{strings.plan.none}</Caption1>}
      {proposals && proposals.length > 0 && (
        <>
          <Caption1 className={styles.muted}>{strings.plan.found(proposals.length)}</Caption1>
          <Table size="extra-small" data-testid="plan-proposals" aria-label={strings.plan.found(proposals.length)}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{strings.plan.columns.accept}</TableHeaderCell>
                <TableHeaderCell>{strings.plan.columns.name}</TableHeaderCell>
                <TableHeaderCell>{strings.plan.columns.target}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {proposals.map((p, i) => (
                <TableRow key={i} title={p.record.quote}>
                  <TableCell>
                    <Checkbox checked={p.accepted} onChange={(_e, d) => update(i, { accepted: d.checked === true })} aria-label={p.name} />
                  </TableCell>
                  <TableCell>
                    <Input className={styles.name} size="small" value={p.name} onChange={(_e, d) => update(i, { name: d.value })} />
                  </TableCell>
                  <TableCell>{shown(p.record)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Textarea rows={3} value={unitsText} onChange={(_e, d) => setUnitsText(d.value)} placeholder={strings.plan.unitsHint} aria-label={strings.plan.unitsLabel} data-testid="plan-units" />
          {unitsError && (
            <MessageBar intent="error">
              <MessageBarBody>{unitsError}</MessageBarBody>
            </MessageBar>
          )}
          <Button appearance="primary" disabled={!proposals.some((p) => p.accepted)} onClick={accept}>
            {strings.plan.accept}
          </Button>
        </>
      )}
      {made && (
        <MessageBar intent="success">
          <MessageBarBody>{made}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
