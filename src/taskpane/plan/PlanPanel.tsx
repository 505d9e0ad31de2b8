import { useEffect, useRef, useState } from "react";
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
  useArrowNavigationGroup,
} from "@fluentui/react-components";
import type { ExtractedIndicator } from "../../core/extract/types";
import type { Proposal, Proposed } from "../../core/jobs/draft-set";
import type { ReportingUnit } from "../../core/set";
import { parsePastedUnits } from "../../core/set/units-csv";
import type { Locale } from "../../core/i18n/messages";
import type { TaskpaneStrings } from "../i18n/strings";
import type { LoadedSet } from "../shared/loaded-set";
import { readSaved, writeSaved, type PlanWork } from "../state/saved";
import { readPlanFile } from "./read-plan-file";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  row: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  muted: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  item: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalXS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  line: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  name: { flexGrow: 1, minWidth: 0 },
  meta: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalXS, paddingLeft: "32px" },
  quote: { paddingLeft: "32px", color: tokens.colorNeutralForeground2, whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
});

const COMPARATORS: Record<string, string> = { ">=": "≥", ">": "＞", "<=": "≤", "<": "＜", "=": "＝", "~": "约" };

/** A figure as the set will show it: ≥95%, 2～3所, 约1:1. */
function shownTarget(r: ExtractedIndicator, strings: TaskpaneStrings): string {
  const unit = (n: number | undefined) => (r.unit === "ratio" ? `1:${n === undefined ? "" : +(1 / n).toFixed(2)}` : `${n ?? ""}${r.unit}`);
  const body = r.comparator === "between" ? `${r.min}～${unit(r.max)}` : `${COMPARATORS[r.comparator] ?? r.comparator}${unit(r.value)}`;
  return `${r.year ? `${r.year}：` : ""}${body}${r.basis === "previous_year" ? strings.plan.vsLastYear : ""}`;
}

/** A title for the set from the plan itself: among its first lines, one that reads like a
 *  document's title (工作要点, 计划, 方案 … preferred) — not a heading such as 二、主要目标, not a
 *  sentence, not a saved web page's breadcrumb (首页 > 文章中心 > 正文); else the file's name. */
function titleFrom(text: string, source: string, fallback: string): string {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "")
    .slice(0, 12);
  const heading = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．])/;
  const furniture = /[>›»|｜]|首页|当前位置|发布时间|来源[:：]|https?:|www\./;
  const fits = (l: string) => l.length >= 6 && l.length <= 60 && !heading.test(l) && !furniture.test(l) && !/[。；;，,：:]/.test(l);
  const candidates = lines.filter(fits);
  const titled = candidates.find((l) => /(?:要点|计划|规划|方案|总结|意见|通知|目标|任务)$/.test(l));
  if (titled ?? candidates[0]) return (titled ?? candidates[0])!;
  const name = source.replace(/\.[^.]+$/, "");
  return name && name !== "plan" ? name : fallback;
}

const EMPTY: PlanWork = { text: "", source: "", proposed: null, unitsText: "" };

/** Paste or open a plan; the figures found are proposed in a list to check, rename and tick; the
 *  ticked ones become the indicator set the other jobs use. Runs in the page: nothing is sent
 *  out. The work is kept (tabs, reloads) until a new plan replaces it. */
export function PlanPanel({ strings, locale, onLoaded }: { strings: TaskpaneStrings; locale: Locale; onLoaded: (loaded: LoadedSet) => void }) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [work, setWork] = useState<PlanWork>(() => ({ ...EMPTY, ...readSaved().plan }));
  const [title, setTitle] = useState(() => (work.text ? titleFrom(work.text, work.source, strings.plan.defaultTitle) : ""));
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<{ intent: "info" | "error"; text: string } | null>(null);
  const [made, setMade] = useState<string | null>(null);
  const [unitsError, setUnitsError] = useState<string | null>(null);
  const [shown, setShown] = useState<number | null>(null);
  const arrows = useArrowNavigationGroup({ axis: "grid-linear", memorizeCurrent: true });
  useEffect(() => writeSaved({ plan: work }), [work]);
  const p = strings.plan;

  const open = async (file: File | undefined) => {
    if (!file) return;
    const r = await readPlanFile(file, p, locale);
    if (!r.ok) {
      setNote({ intent: "error", text: r.message });
      return;
    }
    setNote(r.note ? { intent: "info", text: r.note } : null);
    setWork((w) => ({ ...w, text: r.text, source: file.name, proposed: null }));
    setTitle(titleFrom(r.text, file.name, p.defaultTitle));
  };
  const extract = async () => {
    setBusy(true);
    try {
      // extraction, with its traditional-script dictionary, loads only when first used
      const { proposeIndicators } = await import("../../core/jobs/draft-set");
      const proposed = proposeIndicators(work.text, { source: work.source || "plan.txt", untickDoubtful: true });
      setWork((w) => ({ ...w, proposed }));
      setTitle((t) => t || titleFrom(work.text, work.source, p.defaultTitle));
      setMade(null);
    } finally {
      setBusy(false);
    }
  };
  const accept = async () => {
    if (!work.proposed) return;
    let units: ReportingUnit[] = [];
    if (work.unitsText.trim()) {
      const r = parsePastedUnits(work.unitsText, p.unitsLabel);
      if (!r.ok) {
        setUnitsError(r.message[locale]);
        return;
      }
      units = r.units;
    }
    setUnitsError(null);
    const { draftSet } = await import("../../core/jobs/draft-set");
    const r = draftSet(work.proposed, { units, ...(title.trim() ? { title: title.trim() } : {}) });
    onLoaded(r.ok ? { state: "ok", set: r.set } : { state: "problems", problems: r.problems });
    setMade(r.ok ? p.made(r.set.indicators.length) : null);
  };
  const update = (i: number, patch: Partial<Proposal>) =>
    setWork((w) => (w.proposed ? { ...w, proposed: { ...w.proposed, proposals: w.proposed.proposals.map((x, j) => (j === i ? { ...x, ...patch } : x)) } } : w));
  const proposals = work.proposed?.proposals ?? null;
  const ticked = proposals?.filter((x) => x.accepted).length ?? 0;

  return (
    <section className={styles.panel} data-testid="plan-panel" aria-label={p.heading}>
      <Subtitle2 as="h2">{p.heading}</Subtitle2>
      <Body1>{p.intro}</Body1>
      <Textarea
        resize="vertical"
        rows={work.proposed ? 3 : 6}
        value={work.text}
        onChange={(_e, d) => setWork((w) => ({ ...w, text: d.value }))}
        placeholder={p.placeholder}
        aria-label={p.placeholder}
        data-testid="plan-text"
      />
      <div className={styles.row}>
        <Button onClick={() => input.current?.click()}>{p.open}</Button>
        <input ref={input} type="file" accept=".txt,.html,.htm,.docx,text/plain,text/html" hidden data-testid="plan-file" onChange={(e) => void open(e.target.files?.[0])} />
        <Button appearance="primary" disabled={work.text.trim() === "" || busy} onClick={() => void extract()}>
          {p.extract}
        </Button>
        {busy && <Spinner size="tiny" label={p.extracting} />}
      </div>
      {note && (
        <MessageBar intent={note.intent} layout="multiline">
          <MessageBarBody>{note.text}</MessageBarBody>
        </MessageBar>
      )}
      {proposals && proposals.length === 0 && <Caption1 className={styles.muted}>{p.none}</Caption1>}
      {proposals && proposals.length > 0 && (
        <>
          <Caption1 className={styles.muted} data-testid="plan-found">
            {p.found(proposals.length, ticked)}
          </Caption1>
          <ol className={styles.list} data-testid="plan-proposals" aria-label={p.found(proposals.length, ticked)} {...arrows}>
            {proposals.map((x, i) => (
              <li key={i} className={styles.item} data-testid="plan-proposal">
                <div className={styles.line}>
                  <Checkbox checked={x.accepted} onChange={(_e, d) => update(i, { accepted: d.checked === true })} aria-label={p.include(x.name)} />
                  <Input className={styles.name} size="small" value={x.name} aria-label={p.nameLabel(i + 1)} onChange={(_e, d) => update(i, { name: d.value })} />
                </div>
                <div className={styles.meta}>
                  <Caption1>{shownTarget(x.record, strings)}</Caption1>
                  {x.doubts.length > 0 && (
                    <Badge size="small" appearance="tint" color="warning">
                      {p.check}：{x.doubts.map((d) => (d === "duplicate" && x.duplicateOf !== undefined ? p.duplicateOf(x.duplicateOf + 1) : (p.doubts[d] ?? d))).join(locale === "zh-CN" ? "，" : ", ")}
                    </Badge>
                  )}
                  <Button size="small" appearance="transparent" aria-expanded={shown === i} onClick={() => setShown(shown === i ? null : i)}>
                    {shown === i ? p.hideQuote : p.quote}
                  </Button>
                </div>
                {shown === i && <Caption1 className={styles.quote}>{x.record.quote}</Caption1>}
              </li>
            ))}
          </ol>
          <Field label={p.titleLabel}>
            <Input value={title} onChange={(_e, d) => setTitle(d.value)} data-testid="plan-title" />
          </Field>
          <Field label={p.unitsLabel} hint={p.unitsHint} validationMessage={unitsError ?? undefined} validationState={unitsError ? "error" : "none"}>
            <Textarea rows={3} value={work.unitsText} onChange={(_e, d) => setWork((w) => ({ ...w, unitsText: d.value }))} data-testid="plan-units" />
          </Field>
          <Button appearance="primary" disabled={ticked === 0} onClick={() => void accept()}>
            {p.accept}
          </Button>
        </>
      )}
      {made && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{made}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

export type { Proposed };
