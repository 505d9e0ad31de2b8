import { useState } from "react";
import { Button, Caption1, Checkbox, Field, Input, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { messagesFor, type Locale } from "../../core/i18n/messages";
import { VALUE_TYPES } from "../../core/set/constants";
import { describeTargets } from "../../core/set/describe";
import type { Indicator, IndicatorSet, Section, Target } from "../../core/set/schema";
import type { TaskpaneStrings } from "../i18n/strings";
import { ProblemList } from "./ProblemList";
import { useSetDraft } from "./use-set-draft";

const useStyles = makeStyles({
  // a select sizes itself to its longest option; at 350 px it must fit the pane instead
  fit: { width: "100%", minWidth: 0 },
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column" },
  row: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, padding: `${tokens.spacingVerticalXS} 0`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  text: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: 0, overflowWrap: "anywhere" },
  muted: { color: tokens.colorNeutralForeground3 },
  editor: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, padding: tokens.spacingVerticalS, backgroundColor: tokens.colorNeutralBackground2 },
  // two fields side by side that share the pane's width, whatever their controls' own width
  pair: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", columnGap: tokens.spacingHorizontalS, "& .fui-Input, & .fui-Select, & input, & select": { minWidth: 0, width: "100%" } },
  actions: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
});

type Comparator = Target["comparator"] | "none";

const num = (s: string): number | undefined => (s.trim() === "" || !Number.isFinite(Number(s)) ? undefined : Number(s));

/** The set's indicators, one line each (the name wraps, never cut), each opening into its fields.
 *  Every edit goes through the same loader as the CLI; while an edit has problems they show
 *  beside it and the set before the edit stays in use. */
export function IndicatorList({ set, locale, strings, onChange }: { set: IndicatorSet; locale: Locale; strings: TaskpaneStrings; onChange: (set: IndicatorSet) => void }) {
  const styles = useStyles();
  const [open, setOpen] = useState<string | null>(null);
  const { current, draft, apply } = useSetDraft(set, onChange);
  const s = strings.set;
  const types = messagesFor(locale).layout.valueTypes;

  const edit = (id: string, patch: (ind: Indicator) => Indicator) => void apply({ ...current, indicators: current.indicators.map((i) => (i.id === id ? patch(i) : i)) });
  const remove = (id: string) => {
    setOpen(null);
    void apply({ ...current, indicators: current.indicators.filter((i) => i.id !== id), rules: current.rules.filter((r) => !new RegExp(`\\b${id}\\b`).test(r.check)), quotas: current.quotas.filter((q) => q.indicator !== id) });
  };
  const add = () => {
    let n = current.indicators.length + 1;
    while (current.indicators.some((i) => i.id === `indicator_${n}`)) n++;
    const id = `indicator_${n}`;
    void apply({ ...current, indicators: [...current.indicators, { id, name: s.newName, unit: "", valueType: "count", required: true, targets: [] }] });
    setOpen(id);
  };

  return (
    <>
      <ul className={styles.list} data-testid="set-indicators" aria-label={set.title}>
        {current.indicators.map((ind, index) => (
          <li key={ind.id}>
            <div className={styles.row}>
              <div className={styles.text}>
                <Text>{ind.name}</Text>
                <Caption1 className={styles.muted}>{[ind.unit, describeTargets(ind, locale)].filter(Boolean).join(" · ")}</Caption1>
              </div>
              <Button size="small" aria-expanded={open === ind.id} aria-label={`${open === ind.id ? s.done : s.edit}：${ind.name}`} onClick={() => setOpen(open === ind.id ? null : ind.id)}>
                {open === ind.id ? s.done : s.edit}
              </Button>
            </div>
            {open === ind.id && (
              <div className={styles.editor} data-testid="indicator-editor">
                <Field label={s.fields.name}>
                  <Input value={ind.name} onChange={(_e, d) => edit(ind.id, (i) => ({ ...i, name: d.value }))} />
                </Field>
                <div className={styles.pair}>
                  <Field label={s.fields.unit}>
                    <Input value={ind.unit} onChange={(_e, d) => edit(ind.id, (i) => ({ ...i, unit: d.value }))} />
                  </Field>
                  <Field label={s.fields.valueType}>
                    <Select value={ind.valueType} onChange={(_e, d) => edit(ind.id, (i) => ({ ...i, valueType: d.value as Indicator["valueType"] }))}>
                      {VALUE_TYPES.map((t) => (
                        <option key={t} value={t}>
                          {types[t] ?? t}
                        </option>
                      ))}
                    </Select>
                  </Field>
                </div>
                <TargetFields ind={ind} strings={strings} onChange={(targets) => edit(ind.id, (i) => ({ ...i, targets }))} />
                <div className={styles.pair}>
                  <Field label={s.fields.min}>
                    <Input type="number" value={ind.bounds?.min?.toString() ?? ""} onChange={(_e, d) => edit(ind.id, (i) => ({ ...i, bounds: withBound(i.bounds, "min", num(d.value)) }))} />
                  </Field>
                  <Field label={s.fields.max}>
                    <Input type="number" value={ind.bounds?.max?.toString() ?? ""} onChange={(_e, d) => edit(ind.id, (i) => ({ ...i, bounds: withBound(i.bounds, "max", num(d.value)) }))} />
                  </Field>
                </div>
                <Field label={s.places.fields.section ?? s.parts.sections}>
                  <Select className={styles.fit} select={{ className: styles.fit }} value={ind.section ?? ""} onChange={(_e, d) => edit(ind.id, (i) => ({ ...i, section: d.value || undefined }))}>
                    <option value="">{s.parts.noSection}</option>
                    {sectionList(current.sections).map((x) => (
                      <option key={x.id} value={x.id}>
                        {x.title}
                      </option>
                    ))}
                  </Select>
                </Field>
                <Field label={s.fields.owner}>
                  <Input value={ind.owner ?? ""} onChange={(_e, d) => edit(ind.id, (i) => ({ ...i, ...(d.value ? { owner: d.value } : { owner: undefined }) }))} />
                </Field>
                <Checkbox label={s.fields.required} checked={ind.required} onChange={(_e, d) => edit(ind.id, (i) => ({ ...i, required: d.checked === true }))} />
                {draft && (
                  <>
                    <Caption1>{s.editProblems(draft.problems.length)}</Caption1>
                    <ProblemList problems={draft.problems.filter((p) => p.path.startsWith(`$.indicators[${index}]`) || !p.path.startsWith("$.indicators["))} doc={draft.doc} locale={locale} strings={strings} />
                  </>
                )}
                <div className={styles.actions}>
                  <Button size="small" onClick={() => remove(ind.id)}>
                    {s.remove}
                  </Button>
                </div>
              </div>
            )}
          </li>
        ))}
      </ul>
      <Button size="small" onClick={add}>
        {s.add}
      </Button>
    </>
  );
}

function sectionList(list: readonly Section[], depth = 0): { id: string; title: string }[] {
  return list.flatMap((x) => [{ id: x.id, title: `${"　".repeat(depth)}${x.title}` }, ...sectionList(x.children ?? [], depth + 1)]);
}

function withBound(bounds: Indicator["bounds"], key: "min" | "max", value: number | undefined): Indicator["bounds"] {
  const next = { ...bounds };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return Object.keys(next).length ? next : undefined;
}

/** The first target of each year as comparator + value + year; yes/no and between kept as they are. */
function TargetFields({ ind, strings, onChange }: { ind: Indicator; strings: TaskpaneStrings; onChange: (targets: Target[]) => void }) {
  const styles = useStyles();
  const s = strings.set;
  const first = ind.targets[0];
  const comparator: Comparator = first?.comparator ?? "none";
  const value = first && "value" in first && typeof first.value === "number" ? String(first.value) : "";
  const set = (c: Comparator, v: string, year: string) => {
    const rest = ind.targets.slice(1);
    if (c === "none") return onChange(rest);
    const n = num(v) ?? 0;
    const y = num(year);
    const common = { basis: first?.basis ?? "absolute", ...(y !== undefined ? { year: y } : {}) } as const;
    const t: Target = c === "between" ? { comparator: c, min: n, max: first?.comparator === "between" ? first.max : n, ...common } : ({ comparator: c, value: n, ...common } as Target);
    onChange([t, ...rest]);
  };
  if (ind.valueType === "boolean" || first?.comparator === "between" || (first && "value" in first && typeof first.value === "boolean")) return null;
  return (
    <div className={styles.pair}>
      <Field label={s.fields.comparator}>
        <Select value={comparator} onChange={(_e, d) => set(d.value as Comparator, value, first?.year?.toString() ?? "")}>
          {["none", ">=", ">", "<=", "<", "=", "~"].map((c) => (
            <option key={c} value={c}>
              {s.comparators[c]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={s.fields.value}>
        <Input type="number" disabled={comparator === "none"} value={value} onChange={(_e, d) => set(comparator, d.value, first?.year?.toString() ?? "")} />
      </Field>
    </div>
  );
}
