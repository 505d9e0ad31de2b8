// Reading returned workbooks fast and read-only; `openReturnedFile` (Node) is in ./from-file.
export { XlsxReader, type ReaderOptions } from "./xlsx-reader";
export { openReturnedWorkbook } from "./open";
