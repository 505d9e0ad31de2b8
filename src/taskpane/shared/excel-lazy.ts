// The open workbook, its cell selection and its edit events, with the Office.js backend loaded
// on first use: the pane's first screen (the set) needs none of it, and outside Excel it never
// loads at all.
import type { Locale } from "../../core/i18n/messages";
import type { Workbook } from "../../core/workbook/workbook";
import type { EditHandler } from "../../workbook/office";
import type { HostWorkbook } from "./skipped";

const office = () => import(/* webpackChunkName: "office" */ "../../workbook/office");
const host = () => import(/* webpackChunkName: "office" */ "./host-workbook");

/** A workbook of the open Excel file; each call a fresh one, as hostWorkbook gives. */
export function lazyWorkbook(): HostWorkbook {
  let inner: Promise<HostWorkbook> | undefined;
  let skipped: Record<Locale, string>[] = [];
  const wb = () => (inner ??= Promise.all([office(), host()]).then(([o, h]) => h.hostWorkbook(o.excelRun)));
  return {
    sheets: async () => (await wb()).sheets(),
    read: async (q) => (await wb()).read(q),
    names: async () => (await wb()).names(),
    metadata: async () => (await wb()).metadata(),
    apply: async (changes) => {
      const w = await wb();
      await w.apply(changes);
      skipped = w.skipped();
    },
    skipped: () => skipped,
  } satisfies Workbook & HostWorkbook;
}

export async function selectLazily(sheet: string, cell: string): Promise<void> {
  const o = await office();
  await o.selectCell(o.excelRun, sheet, cell);
}

export async function watchLazily(sheets: string[], onEdits: EditHandler): Promise<() => Promise<void>> {
  const o = await office();
  return o.watchEdits(o.excelRun, sheets, onEdits);
}
