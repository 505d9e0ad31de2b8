// Where every input cell of a template lives, kept in the workbook's hidden metadata so a
// submitted workbook is read back by position, never by guessing from headers.
//
// The map is JSON: sheet → indicator id → slot → A1 address, e.g.
//   {"填报表":{"preschool_rate":{"value":"E5","note":"F5","name":"B5"}}}
// Slots: `value`, `value:2020` (one year of several), `baseline`, `note`, and for a matrix
// `value@linjiang` / `value@linjiang:2020`; `name` is the cell showing the indicator's name.
// A metadata value holds at most 32,767 characters, so the JSON is cut into numbered parts.

export type SlotKind = "value" | "baseline" | "note";

export interface Slot {
  kind: SlotKind;
  /** the reporting year; for a baseline, the year it is the baseline of */
  year?: number;
  /** the reporting unit, where the layout has several (matrix, removed-data sheet) */
  unitId?: string;
}

export type CellMap = Map<string, Map<string, Map<string, string>>>;

export const NAME_SLOT = "name";

export function slotKey(slot: Slot): string {
  return `${slot.kind}${slot.unitId !== undefined ? `@${slot.unitId}` : ""}${slot.year !== undefined ? `:${slot.year}` : ""}`;
}

export function parseSlotKey(key: string): Slot | undefined {
  const m = /^(value|baseline|note)(?:@([A-Za-z][A-Za-z0-9_]*))?(?::(\d{4}))?$/.exec(key);
  if (!m) return undefined;
  return { kind: m[1] as SlotKind, ...(m[2] !== undefined ? { unitId: m[2] } : {}), ...(m[3] !== undefined ? { year: Number(m[3]) } : {}) };
}

export function addCell(map: CellMap, sheet: string, indicatorId: string, key: string, address: string): void {
  let bySheet = map.get(sheet);
  if (!bySheet) map.set(sheet, (bySheet = new Map()));
  let byIndicator = bySheet.get(indicatorId);
  if (!byIndicator) bySheet.set(indicatorId, (byIndicator = new Map()));
  byIndicator.set(key, address);
}

// Keys are data (sheet names come from plans): Object.fromEntries defines own properties, so
// even a sheet called "__proto__" stays an ordinary key.
function toPlain(map: CellMap): Record<string, Record<string, Record<string, string>>> {
  return Object.fromEntries([...map].map(([sheet, ids]) => [sheet, Object.fromEntries([...ids].map(([id, slots]) => [id, Object.fromEntries(slots)]))]));
}

export const CELLS_PARTS_KEY = "template.cells.parts";
export const cellsPartKey = (n: number) => `template.cells.${n}`;
/** characters per metadata value, under Excel's 32,767 per cell */
export const CELLS_PART_SIZE = 32_000;

/** The map as metadata entries: the part count and each numbered part. */
export function cellMapEntries(map: CellMap, partSize = CELLS_PART_SIZE): Record<string, string> {
  return partsEntries(JSON.stringify(toPlain(map)), CELLS_PARTS_KEY, cellsPartKey, partSize);
}

/** A long JSON text as metadata entries under `countKey` and numbered `partKey`s (the cell map,
 *  the list of forms): a metadata value holds at most 32,767 characters. */
export function partsEntries(json: string, countKey: string, partKey: (n: number) => string, partSize = CELLS_PART_SIZE): Record<string, string> {
  const parts: string[] = [];
  for (let i = 0; i < json.length; ) {
    let end = Math.min(json.length, i + partSize);
    const code = json.charCodeAt(end - 1);
    if (end < json.length && code >= 0xd800 && code <= 0xdbff) end--; // keep surrogate pairs whole
    parts.push(json.slice(i, end));
    i = end;
  }
  const out: Record<string, string> = { [countKey]: String(parts.length) };
  parts.forEach((p, i) => (out[partKey(i + 1)] = p));
  return out;
}

/** The JSON joined back from its parts: undefined when the count is missing, a part is gone or
 *  the text is not JSON. */
export function partsFrom(metadata: Record<string, string>, countKey: string, partKey: (n: number) => string): unknown {
  const n = Number(metadata[countKey]);
  if (!Number.isInteger(n) || n < 1) return undefined;
  let json = "";
  for (let i = 1; i <= n; i++) {
    const part = metadata[partKey(i)];
    if (part === undefined) return undefined;
    json += part;
  }
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return undefined;
  }
}

/** The map back from metadata, or undefined when it is missing or damaged. */
export function cellMapFrom(metadata: Record<string, string>): CellMap | undefined {
  const plain = partsFrom(metadata, CELLS_PARTS_KEY, cellsPartKey);
  if (!isObject(plain)) return undefined;
  const map: CellMap = new Map();
  for (const [sheet, ids] of Object.entries(plain)) {
    if (!isObject(ids)) return undefined;
    for (const [id, slots] of Object.entries(ids)) {
      if (!isObject(slots)) return undefined;
      for (const [key, address] of Object.entries(slots)) {
        if (typeof address !== "string") return undefined;
        addCell(map, sheet, id, key, address);
      }
    }
  }
  return map;
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
