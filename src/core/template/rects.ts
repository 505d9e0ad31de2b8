// Cells that share a property (a fill, a number format, a validation) grouped into as few
// rectangles as possible, so a layout is a short list of changes whatever its size: runs along
// each row first, then runs with the same columns and value stacked down the rows.
import { rangeAddress } from "../workbook/a1";

export interface Rect<T> {
  range: string;
  value: T;
}

export class CellGrid<T> {
  // row → column → [key number, value]
  private readonly rows = new Map<number, Map<number, [number, T]>>();
  // keys (a validation's JSON runs to hundreds of characters) as small numbers, so that
  // comparing and joining them costs the same whatever their length
  private readonly keys = new Map<string, number>();

  /** `key` decides what may share a rectangle; `value` is what the rectangle carries. */
  set(row: number, column: number, key: string, value: T): void {
    let r = this.rows.get(row);
    if (!r) this.rows.set(row, (r = new Map()));
    let k = this.keys.get(key);
    if (k === undefined) this.keys.set(key, (k = this.keys.size));
    r.set(column, [k, value]);
  }

  rects(): Rect<T>[] {
    interface Open {
      top: number;
      bottom: number;
      left: number;
      right: number;
      key: number;
      value: T;
    }
    const done: Open[] = [];
    let open = new Map<string, Open>(); // "left:right:key" → rectangle still growing down
    const rows = [...this.rows.keys()].sort((a, b) => a - b);
    for (const row of rows) {
      const cells = [...this.rows.get(row)!].sort((a, b) => a[0] - b[0]);
      const next = new Map<string, Open>();
      for (let i = 0; i < cells.length; ) {
        const [left, [key, value]] = cells[i]!;
        let j = i + 1;
        while (j < cells.length && cells[j]![0] === cells[j - 1]![0] + 1 && cells[j]![1][0] === key) j++;
        const right = cells[j - 1]![0];
        const id = `${left}:${right}:${key}`;
        const above = open.get(id);
        if (above && above.bottom === row - 1) {
          above.bottom = row;
          next.set(id, above);
          open.delete(id);
        } else next.set(id, { top: row, bottom: row, left, right, key, value });
        i = j;
      }
      done.push(...open.values());
      open = next;
    }
    done.push(...open.values());
    return done
      .sort((a, b) => a.top - b.top || a.left - b.left)
      .map((o) => ({ range: rangeAddress({ start: { row: o.top, column: o.left }, end: { row: o.bottom, column: o.right } }), value: o.value }));
  }
}
