// Which copy counts when a unit sent its form more than once, decided as the copies arrive.
// The rule: the copy made from the current version of the set; of several, the one saved last;
// when that cannot be told, the one read last. Only copies that may still win are held, so a
// round where every school resends its form costs no more memory than one copy each.
import { both, type Bilingual } from "../i18n/messages";

/** The copies of one kind (current version, or not) seen so far: only what the rule asks of them. */
interface Pool<T> {
  size: number;
  /** every copy so far had a save time */
  timed: boolean;
  newestTime: number;
  /** how many copies were saved at newestTime */
  atNewest: number;
  /** the copy saved at newestTime, held while it is the only one (a tie or an untimed copy rules it out) */
  newest?: T;
  last?: T;
}

const emptyPool = <T>(): Pool<T> => ({ size: 0, timed: true, newestTime: -Infinity, atNewest: 0 });

function addTo<T>(pool: Pool<T>, copy: T, time: number | undefined): void {
  pool.size++;
  pool.last = copy;
  if (time === undefined) {
    pool.timed = false;
    pool.newest = undefined;
  } else if (pool.timed && time > pool.newestTime) {
    pool.newestTime = time;
    pool.atNewest = 1;
    pool.newest = copy;
  } else if (pool.timed && time === pool.newestTime) {
    pool.atNewest++;
    pool.newest = undefined;
  }
}

export interface Choice<T> {
  copy: T;
  /** why this copy counts; none when the unit sent one */
  why?: Bilingual;
}

/** One unit's copies, in the order they were read. */
export class UnitChoice<T> {
  /** the file of every copy, in reading order, for the list of doubles */
  readonly files: string[] = [];
  private readonly current = emptyPool<T>();
  private readonly older = emptyPool<T>();

  /** `time`: when the file was last saved, if known */
  add(copy: T, file: string, isCurrent: boolean, time: number | undefined): void {
    this.files.push(file);
    if (isCurrent) {
      addTo(this.current, copy, time);
      // a copy of the current version always beats an older one: let those go
      this.older.last = this.older.newest = undefined;
    } else if (this.current.size > 0) {
      this.older.size++;
    } else {
      addTo(this.older, copy, time);
    }
  }

  /** how many copies are still held (at most two: the last read, and the newest of a pool) */
  get held(): number {
    return new Set([this.current.last, this.current.newest, this.older.last, this.older.newest].filter((c) => c !== undefined)).size;
  }

  chosen(): Choice<T> {
    if (this.current.size + this.older.size === 1) return { copy: (this.current.last ?? this.older.last)! };
    if (this.current.size === 1) return { copy: this.current.last!, why: both((m) => m.summary.winsCurrent) };
    const pool = this.current.size > 0 ? this.current : this.older;
    if (pool.timed && pool.atNewest === 1 && pool.newest !== undefined) return { copy: pool.newest, why: both((m) => m.summary.winsNewer) };
    return { copy: pool.last!, why: both((m) => m.summary.winsLast) };
  }
}
