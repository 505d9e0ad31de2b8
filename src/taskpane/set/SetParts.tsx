import { useState, type ReactNode } from "react";
import { Button, Caption1, Checkbox, Field, Input, Label, Select, Subtitle2, Text, makeStyles, tokens, useArrowNavigationGroup, useId } from "@fluentui/react-components";
import type { Locale } from "../../core/i18n/messages";
import type { IndicatorSet, Rule, Section } from "../../core/set/schema";
import { stringsFor, type TaskpaneStrings } from "../i18n/strings";
import { ProblemList } from "./ProblemList";
import { useSetDraft } from "./use-set-draft";

const useStyles = makeStyles({
  // a select sizes itself to its longest option; at 350 px it must fit the pane instead
  fit: { width: "100%", minWidth: 0 },
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column" },
  row: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, padding: `${tokens.spacingVerticalXS} 0`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  text: { flexGrow: 1, minWidth: 0, overflowWrap: "anywhere" },
  muted: { color: tokens.colorNeutralForeground3 },
  editor: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, padding: tokens.spacingVerticalS, backgroundColor: tokens.colorNeutralBackground2 },
  members: { display: "flex", flexDirection: "column", maxHeight: "240px", overflowY: "auto" },
});

type Kind = "rules" | "units" | "sections";
interface Row {
  label: string;
  /** where the loader reports this item's problems */
  path: string;
}

/** `sum(a, b, c) = total`, the rule the editor shows as parts and total; other rules are kept as written. */
const SUM = /^\s*sum\(\s*([A-Za-z][A-Za-z0-9_]*(?:\s*,\s*[A-Za-z][A-Za-z0-9_]*)*)?\s*\)\s*=\s*([A-Za-z][A-Za-z0-9_]*)\s*$/;
export function sumRule(rule: Pick<Rule, "check">): { parts: string[]; total: string } | undefined {
  const m = SUM.exec(rule.check);
  return m ? { parts: m[1] ? m[1].split(",").map((p) => p.trim()) : [], total: m[2]! } : undefined;
}

/** Sections as a flat list in tree order, with the path of each. */
function flatSections(list: readonly Section[], path = "$.sections", level = 0): { section: Section; path: string; level: number }[] {
  return list.flatMap((section, i) => [{ section, path: `${path}[${i}]`, level }, ...flatSections(section.children ?? [], `${path}[${i}].children`, level + 1)]);
}

function freeId(taken: Iterable<string>, base: string): string {
  const used = new Set(taken);
  let n = 1;
  while (used.has(`${base}_${n}`)) n++;
  return `${base}_${n}`;
}

/** The set's sum rules, reporting units (with the unit each rolls up into) and sections, each a
 *  list of one line per item that opens into its fields below the list. Edits go through the
 *  same loader as the CLI; while an edit has problems they show beside its fields, in words, and
 *  the set before the edit stays in use. */
export function SetParts({ set, locale, strings, onChange }: { set: IndicatorSet; locale: Locale; strings: TaskpaneStrings; onChange: (set: IndicatorSet) => void }) {
  const styles = useStyles();
  const [open, setOpen] = useState<{ kind: Kind; index: number } | null>(null);
  const { current, draft, apply } = useSetDraft(set, onChange);
  const p = strings.set.parts;
  const membersId = useId("sum-parts");
  const nameOf = (id: string) => current.indicators.find((i) => i.id === id)?.name ?? id;
  const list = (ids: string[]) => ids.map(nameOf).join(locale === "zh-CN" ? "、" : ", ");

  const sections = flatSections(current.sections);
  const rows: Record<Kind, Row[]> = {
    rules: current.rules.map((r, i) => {
      const sum = sumRule(r);
      return { label: sum ? p.sumOf(list(sum.parts), nameOf(sum.total)) : p.otherRule(r.check), path: `$.rules[${i}]` };
    }),
    units: current.units.map((u, i) => {
      const parent = current.units.find((x) => x.id === u.parent);
      return { label: parent ? `${u.name} · ${p.parentOf(parent.name)}` : u.name, path: `$.units[${i}]` };
    }),
    sections: sections.map((s) => ({ label: `${"　".repeat(s.level)}${s.section.title}`, path: s.path })),
  };

  // sum rules
  const setSum = (index: number, parts: string[], total: string) => {
    const message = (l: Locale) => stringsFor(l).set.parts.ruleMessage(parts.map(nameOf).join(l === "zh-CN" ? "、" : ", "), nameOf(total));
    const rule = { ...current.rules[index]!, check: `sum(${parts.join(", ")}) = ${total}`, message: { "zh-CN": message("zh-CN"), "en-US": message("en-US") } };
    void apply({ ...current, rules: current.rules.map((r, i) => (i === index ? rule : r)) });
  };
  const addRule = () => {
    const total = current.indicators[0]?.id ?? "";
    const rule: Rule = { id: freeId(current.rules.map((r) => r.id), "sum"), check: `sum() = ${total}`, severity: "error", missing: "skip_if_all", message: { "zh-CN": "", "en-US": "" } };
    setOpen({ kind: "rules", index: current.rules.length });
    void apply({ ...current, rules: [...current.rules, rule] });
  };
  // units
  const addUnit = () => {
    setOpen({ kind: "units", index: current.units.length });
    void apply({ ...current, units: [...current.units, { id: freeId(current.units.map((u) => u.id), "unit"), name: p.newUnit }] });
  };
  const removeUnit = (index: number) => {
    const id = current.units[index]!.id;
    const units = current.units.filter((_u, i) => i !== index).map((u) => (u.parent === id ? { ...u, parent: undefined } : u));
    void apply({ ...current, units, quotas: current.quotas.filter((q) => q.unit !== id) });
  };
  // sections
  const mapSections = (list: Section[], path: string, f: (s: Section) => Section | undefined, at = "$.sections"): Section[] =>
    list.flatMap((s, i) => {
      const here = `${at}[${i}]`;
      const next = here === path ? f(s) : s;
      if (!next) return [];
      return [{ ...next, ...(next.children ? { children: mapSections(next.children, path, f, `${here}.children`) } : {}) }];
    });
  const removeSection = (index: number) => {
    const gone = new Set(flatSections([sections[index]!.section]).map((s) => s.section.id));
    const indicators = current.indicators.map((ind) => (ind.section !== undefined && gone.has(ind.section) ? { ...ind, section: undefined } : ind));
    void apply({ ...current, sections: mapSections(current.sections, sections[index]!.path, () => undefined), indicators });
  };
  const addSection = () => {
    setOpen({ kind: "sections", index: sections.length });
    void apply({ ...current, sections: [...current.sections, { id: freeId(sections.map((s) => s.section.id), "section"), title: p.newSection }] });
  };

  const editor = (kind: Kind, index: number): ReactNode => {
    if (kind === "rules") {
      const rule = current.rules[index];
      if (!rule) return null;
      const sum = sumRule(rule);
      if (!sum) return <Text>{rule.check}</Text>;
      return (
        <>
          <Field label={p.total}>
            <Select className={styles.fit} select={{ className: styles.fit }} value={sum.total} onChange={(_e, d) => setSum(index, sum.parts.filter((x) => x !== d.value), d.value)}>
              {current.indicators.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.name}
                </option>
              ))}
            </Select>
          </Field>
          {/* not a Field: it would give every checkbox in it the same id */}
          <div role="group" aria-labelledby={`${membersId}-label`}>
            <Label id={`${membersId}-label`}>{p.members}</Label>
            <div className={styles.members}>
              {current.indicators
                .filter((i) => i.id !== sum.total)
                .map((i) => (
                  <Checkbox key={i.id} label={i.name} checked={sum.parts.includes(i.id)} onChange={(_e, d) => setSum(index, d.checked === true ? [...sum.parts, i.id] : sum.parts.filter((x) => x !== i.id), sum.total)} />
                ))}
            </div>
          </div>
        </>
      );
    }
    if (kind === "units") {
      const unit = current.units[index];
      if (!unit) return null;
      const patch = (next: Partial<typeof unit>) => void apply({ ...current, units: current.units.map((u, i) => (i === index ? { ...u, ...next } : u)) });
      return (
        <>
          <Field label={p.name}>
            <Input value={unit.name} onChange={(_e, d) => patch({ name: d.value })} />
          </Field>
          <Field label={p.parent}>
            <Select className={styles.fit} select={{ className: styles.fit }} value={unit.parent ?? ""} onChange={(_e, d) => patch({ parent: d.value || undefined })}>
              <option value="">{p.noParent}</option>
              {current.units
                .filter((u) => u.id !== unit.id)
                .map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
            </Select>
          </Field>
        </>
      );
    }
    const at = sections[index];
    if (!at) return null;
    return (
      <Field label={p.title}>
        <Input value={at.section.title} onChange={(_e, d) => void apply({ ...current, sections: mapSections(current.sections, at.path, (s) => ({ ...s, title: d.value })) })} />
      </Field>
    );
  };
  const remove = (kind: Kind, index: number) => {
    setOpen(null);
    if (kind === "rules") void apply({ ...current, rules: current.rules.filter((_r, i) => i !== index) });
    else if (kind === "units") removeUnit(index);
    else removeSection(index);
  };
  const adders: Record<Kind, () => void> = { rules: addRule, units: addUnit, sections: addSection };
  const titles: Record<Kind, string> = { rules: p.rules, units: p.units, sections: p.sections };

  return (
    <>
      {(["rules", "units", "sections"] as const).map((kind) => (
        <PartList key={kind} kind={kind} title={titles[kind]} rows={rows[kind]} open={open?.kind === kind ? open.index : null} strings={strings} onOpen={(index) => setOpen(index === null ? null : { kind, index })}>
          {open?.kind === kind && rows[kind][open.index] && (
            <div className={styles.editor} data-testid={`set-${kind}-editor`}>
              {editor(kind, open.index)}
              {draft && (
                <>
                  <Caption1>{strings.set.editProblems(draft.problems.length)}</Caption1>
                  <ProblemList
                    problems={draft.problems.filter((x) => x.path.startsWith(rows[kind][open.index]!.path) || !/^\$\.(rules|units|sections)\[/.test(x.path))}
                    doc={draft.doc}
                    locale={locale}
                    strings={strings}
                  />
                </>
              )}
              <div>
                <Button size="small" onClick={() => remove(kind, open.index)}>
                  {p.remove}
                </Button>
              </div>
            </div>
          )}
          <div>
            <Button size="small" onClick={adders[kind]}>
              {kind === "rules" ? p.addRule : kind === "units" ? p.addUnit : p.addSection}
            </Button>
          </div>
        </PartList>
      ))}
    </>
  );
}

/** One kind of part: a heading, one line per item (the list one tab stop, arrow keys between
 *  lines), the open item's fields, and the add button. */
function PartList({ kind, title, rows, open, strings, onOpen, children }: { kind: Kind; title: string; rows: Row[]; open: number | null; strings: TaskpaneStrings; onOpen: (index: number | null) => void; children: ReactNode }) {
  const styles = useStyles();
  const arrows = useArrowNavigationGroup({ axis: "vertical", memorizeCurrent: true });
  const p = strings.set.parts;
  return (
    <section aria-label={title} data-testid={`set-${kind}`}>
      <Subtitle2 as="h3">{title}</Subtitle2>
      {rows.length === 0 && <Caption1 className={styles.muted}>{p.none}</Caption1>}
      {rows.length > 0 && (
        <ul className={styles.list} aria-label={title} {...arrows}>
          {rows.map((row, i) => (
            <li key={i} className={styles.row}>
              <Text className={styles.text}>{row.label}</Text>
              <Button size="small" aria-expanded={open === i} aria-label={open === i ? p.close(row.label.trim()) : p.editItem(row.label.trim())} onClick={() => onOpen(open === i ? null : i)}>
                {open === i ? strings.set.done : strings.set.edit}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {children}
    </section>
  );
}
