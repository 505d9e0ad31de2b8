// Many returned files on a machine with several cores: read and check them in worker threads.
// Each worker runs the check job's own `checkFile`; answers are handed back in the files' order,
// so the result is the one a single thread gives (tests/cli/check-in-workers.test.ts). Files
// are sent a few ahead of the one the job waits for, so memory stays that of a few workbooks.
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { Worker } from "node:worker_threads";
import { checkFile, type CheckFile, type FileChecked } from "../core/jobs/check-workbooks";
import { setFingerprint } from "../core/set/fingerprint";
import type { IndicatorSet } from "../core/set";
import type { CheckRequest } from "./check-worker";
import type { FileSource } from "./returned-files";

/** Below this many files, starting workers (~0.1 s each) costs more than it saves. */
export const FILES_FOR_WORKERS = 24;
/** Files sent to each worker beyond the one the job waits for. */
const AHEAD = 3;

/** The worker bundle, built beside the script node runs (dist-cli/cli.js); absent when the CLI
 *  runs from its TypeScript sources (in-process tests), which then check on one thread. */
export function workerScript(): string | undefined {
  const main = process.argv[1];
  const path = main ? join(dirname(main), "check-worker.js") : undefined;
  return path && existsSync(path) ? path : undefined;
}

/** How many workers for `files` files: none for few files or one core; `jobs` (from --jobs) decides when given. */
export function workerCount(files: number, jobs?: number): number {
  if (jobs !== undefined) return jobs > 1 ? Math.min(jobs, files) : 0;
  if (files < FILES_FOR_WORKERS) return 0;
  return Math.min(availableParallelism(), 8);
}

export interface WorkerCheck {
  checkFile: CheckFile;
  close(): Promise<void>;
}

interface Slot {
  worker: Worker;
  /** the file it is checking, or -1 */
  busy: number;
  alive: boolean;
}

interface Pending {
  resolve: (r: FileChecked | Promise<FileChecked>) => void;
  promise: Promise<FileChecked>;
}

/** A `checkFile` for the check job that spreads `sources` over `count` workers running `script`. */
export function checkInWorkers(sources: readonly FileSource[], set: IndicatorSet, count: number, script: string): WorkerCheck {
  const fingerprint = setFingerprint(set);
  const pending = new Map<number, Pending>();
  let sent = 0; // files 0…sent-1 have been handed out
  let wanted = 0; // the file the job waits for

  // a file no worker could take is checked on this thread, by the same function
  const here = (i: number) => checkFile(sources[i]!, set, fingerprint);
  const pendingFor = (i: number): Pending => {
    let p = pending.get(i);
    if (!p) {
      let resolve!: Pending["resolve"];
      const promise = new Promise<FileChecked>((r) => (resolve = r));
      p = { resolve, promise };
      pending.set(i, p);
    }
    return p;
  };

  const slots: Slot[] = Array.from({ length: count }, () => {
    const slot: Slot = { worker: new Worker(script, { workerData: { set, fingerprint } }), busy: -1, alive: true };
    slot.worker.on("message", (m: { index: number; result?: FileChecked; error?: string }) => {
      slot.busy = -1;
      pendingFor(m.index).resolve(m.result ?? here(m.index));
      dispatch();
    });
    const lost = () => {
      if (!slot.alive) return;
      slot.alive = false;
      if (slot.busy >= 0) pendingFor(slot.busy).resolve(here(slot.busy));
      slot.busy = -1;
    };
    slot.worker.on("error", lost);
    slot.worker.on("exit", lost);
    return slot;
  });

  function dispatch(): void {
    for (const slot of slots) {
      if (!slot.alive || slot.busy >= 0 || sent >= sources.length || sent > wanted + AHEAD * slots.length) continue;
      const index = sent++;
      slot.busy = index;
      pendingFor(index);
      const { name, path } = sources[index]!;
      slot.worker.postMessage({ index, name, path } satisfies CheckRequest);
    }
  }

  return {
    checkFile: async (_source, index) => {
      wanted = index;
      dispatch();
      // not handed out and no worker left to take it
      if (index >= sent && !slots.some((s) => s.alive)) return here(index);
      const result = await pendingFor(index).promise;
      pending.delete(index);
      return result;
    },
    close: async () => {
      for (const slot of slots) slot.alive = false;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

/** Runs `job` with a worker-backed `checkFile` when there are enough files, cores and a worker
 *  bundle, else with none (one thread); the workers are stopped however the job ends. */
export async function withWorkers<T>(sources: readonly FileSource[], set: IndicatorSet, jobs: number | undefined, job: (checkFile?: CheckFile) => Promise<T>): Promise<T> {
  const count = workerCount(sources.length, jobs);
  const script = count > 0 ? workerScript() : undefined;
  if (!script) return job();
  const pool = checkInWorkers(sources, set, count, script);
  try {
    return await job(pool.checkFile);
  } finally {
    await pool.close();
  }
}
