// What every long job takes from its caller: a way to report how far it is, and a way to stop
// it. Front ends show the first as a bar and wire the second to a cancel button.

export interface Progress {
  /** items finished so far */
  done: number;
  /** items in all, when known */
  total: number;
  /** the item just finished (a file name), for a line such as "12/200 linjiang.xlsx" */
  item?: string;
}

export interface JobOptions {
  onProgress?: (progress: Progress) => void;
  /** when aborted, the job stops before its next item and rejects with CancelledError */
  signal?: AbortSignal;
}

export class CancelledError extends Error {
  constructor() {
    super("cancelled");
    this.name = "CancelledError";
  }
}

export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new CancelledError();
}

/** Let the host breathe between items: a browser repaints the bar, a cancel click is seen. */
export function yieldToHost(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
