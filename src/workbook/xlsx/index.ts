// The Node entry of the .xlsx backend (the CLI's; the task pane imports xlsx-workbook.ts itself).
import { nodeCrc32, nodeDeflateRaw } from "../../node/native-deflate";
import { useDeflateRaw } from "./deflate-zip";

export { XlsxWorkbook } from "./xlsx-workbook";
export { METADATA_SHEET } from "./metadata";
export { writeFileAtomic } from "../../node/atomic-file";
export { WorkbookOpenError } from "./open-error";

// written packages are deflated by zlib, not by JSZip's pako in JavaScript (and parts changed
// after exceljs wrote them checksummed by zlib)
useDeflateRaw(nodeDeflateRaw, nodeCrc32);
