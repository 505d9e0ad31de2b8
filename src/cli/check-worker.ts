// A worker thread of the check: receives the set once, then file paths, and answers each with
// what the check job's own `checkFile` makes of it. Built as its own bundle beside the CLI
// (scripts/build-cli.mjs) and started by check-in-workers.ts.
import { parentPort, workerData } from "node:worker_threads";
import { checkFile } from "../core/jobs/check-workbooks";
import type { IndicatorSet } from "../core/set";
import { openReturnedFile } from "../workbook/xlsx-reader/from-file";

export interface CheckRequest {
  index: number;
  name: string;
  path: string;
}

const { set, fingerprint } = workerData as { set: IndicatorSet; fingerprint: string };

parentPort?.on("message", (request: CheckRequest) => {
  checkFile({ name: request.name, open: () => openReturnedFile(request.path) }, set, fingerprint).then(
    (result) => parentPort!.postMessage({ index: request.index, result }),
    // never expected (checkFile turns every file problem into an outcome): the main thread
    // then checks this file itself, so a fault here costs time, not a file
    (e: unknown) => parentPort!.postMessage({ index: request.index, error: e instanceof Error ? e.message : String(e) }),
  );
});
