// What the pane keeps so nothing is lost: the set and the step the user was at. Inside Excel the
// set lives in the workbook itself (its hidden metadata, in chunks that fit a cell), so reopening
// the workbook brings it back; the work in progress (a pasted plan, its proposals) and, outside
// Excel, the set too, live in the browser's storage for this page.
import type { IndicatorSet } from "../../core/set/schema";
import type { Proposed } from "../../core/jobs/draft-set";
import type { Workbook } from "../../core/workbook/workbook";
import { isJobId, type JobId } from "../jobs";

const STORAGE_KEY = "indicator-tables/pane/v1";
const SET_KEY = "pane.set";
const CHUNK = 30_000; // under Excel's 32,767 characters a cell

export interface PlanWork {
  text: string;
  source: string;
  proposed: Proposed | null;
  unitsText: string;
}

export interface Saved {
  tab?: JobId;
  set?: unknown;
  plan?: PlanWork;
}

function storage(): Storage | undefined {
  try {
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    return undefined; // storage blocked by the browser's settings: work without it
  }
}

export function readSaved(): Saved {
  const raw = storage()?.getItem(STORAGE_KEY);
  if (!raw) return {};
  try {
    const parsed = JSON.parse(raw) as Saved;
    return { ...parsed, ...(parsed.tab !== undefined && !isJobId(parsed.tab) ? { tab: undefined } : {}) };
  } catch {
    return {};
  }
}

export function writeSaved(patch: Partial<Saved>): void {
  const s = storage();
  if (!s) return;
  try {
    s.setItem(STORAGE_KEY, JSON.stringify({ ...readSaved(), ...patch }));
  } catch {
    // full or blocked: the pane still works, it just won't remember
  }
}

/** A set kept earlier, if it still loads (the loader arrives with it, not with the pane). */
export async function savedSet(data: unknown): Promise<IndicatorSet | undefined> {
  if (data === undefined) return undefined;
  const { loadIndicatorSet } = await import("../../core/set/load");
  const r = loadIndicatorSet(data);
  return r.ok ? r.set : undefined;
}

export async function setFromWorkbook(wb: Workbook): Promise<IndicatorSet | undefined> {
  const meta = await wb.metadata();
  const count = Number(meta[`${SET_KEY}.chunks`] ?? "0");
  if (!Number.isInteger(count) || count <= 0) return undefined;
  let text = "";
  for (let i = 0; i < count; i++) text += meta[`${SET_KEY}.${i}`] ?? "";
  try {
    return await savedSet(JSON.parse(text));
  } catch {
    return undefined;
  }
}

export async function setIntoWorkbook(wb: Workbook, set: IndicatorSet): Promise<void> {
  const text = JSON.stringify(set);
  const entries: Record<string, string> = { [`${SET_KEY}.chunks`]: String(Math.ceil(text.length / CHUNK)) };
  for (let i = 0; i * CHUNK < text.length; i++) entries[`${SET_KEY}.${i}`] = text.slice(i * CHUNK, (i + 1) * CHUNK);
  await wb.apply([{ op: "setMetadata", entries }]);
}
