// The unit a write plan is made of, and the packing into requests works on.

import type { SheetCache } from "./sheets";

/** One piece of a write request: what it costs in bytes and how to queue it. */
export interface Step {
  bytes: number;
  queue(target: SheetCache): void;
}

/** Appends a step of `actions` queued calls carrying `dataBytes` of data. */
export type AddStep = (actions: number, dataBytes: number, queue: Step["queue"]) => void;
