export { XlsxWorkbook } from "./xlsx-workbook";
export { METADATA_SHEET } from "./metadata";
export { writeFileAtomic } from "../../node/atomic-file";
export { WorkbookOpenError } from "./open-error";
