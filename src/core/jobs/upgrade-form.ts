// Job: bring a filled form up to the current version of its set, every entered value kept
// (values only: nothing a returned file holds is written back as a formula). The CLI writes the
// result to a new file; the task pane puts it in place of the old sheets, after asking.
import { both, type Bilingual, type Locale } from "../i18n/messages";
import type { IndicatorSet } from "../set/schema";
import type { LayoutKind } from "../template/layout";
import { planUpgrade, type UpgradePlan } from "../template/upgrade";
import { readForm, type WorkbookSource } from "./returned";

export type UpgradeResult = { ok: true; plan: UpgradePlan; fromVersion: string } | { ok: false; reason: Bilingual };

export async function upgradeForm(source: WorkbookSource, set: IndicatorSet, options: { locale: Locale; layout?: LayoutKind; unitId?: string; password?: string }): Promise<UpgradeResult> {
  const read = await readForm(source);
  if (!read.ok) return { ok: false, reason: read.reason };
  const old = read.filled;
  if (old.info.setId !== set.id) return { ok: false, reason: both((m) => m.files.otherSet(source.name, old.info.setId, set.id)) };
  const unitId = options.unitId ?? old.info.unitId;
  const layout = options.layout ?? old.info.layout;
  if (layout === "unit-form" && (!unitId || !set.units.some((u) => u.id === unitId))) {
    const list = (l: Locale) => set.units.map((u) => `${u.id}（${u.name}）`).join(l === "zh-CN" ? "、" : ", ");
    return { ok: false, reason: both((m, l) => m.forms.unknownUnit(unitId ?? "", list(l))) };
  }
  const plan = planUpgrade(old, set, { layout, locale: options.locale, ...(unitId ? { unitId } : {}), ...(options.password ? { password: options.password } : {}) });
  return { ok: true, plan, fromVersion: old.info.setVersion };
}
