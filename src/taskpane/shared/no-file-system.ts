// Stands in for src/node/atomic-file.ts in the task pane's bundle (webpack swaps it): in the
// browser the .xlsx backend reads and writes bytes only, never paths.
const refuse = (): never => {
  throw new Error("no file system in the task pane: use XlsxWorkbook.fromBuffer and toBuffer");
};

export const readFileBytes = async (_path: string): Promise<Uint8Array> => refuse();
export const writeFileAtomic = async (_path: string, _data: Uint8Array): Promise<void> => refuse();
