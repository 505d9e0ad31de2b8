// A record while a sentence is still being read: the contract's fields plus where it stands.
import type { ExtractedIndicator } from "./types";

export interface Draft {
  rec: ExtractedIndicator;
  /** offset of the figure in the clean text */
  at: number;
  /** end of the figure (with 以上 and the like), when it came from a number */
  end?: number;
  /** running number of the clause it is in */
  clause: number;
  /** named from the subject before the figure only (no counted noun after it) */
  subjectOnly: boolean;
}
