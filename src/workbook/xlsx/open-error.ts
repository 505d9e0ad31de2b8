// Why a file could not be opened as a workbook, as a code the job layer turns into plain words
// (core/jobs/returned.ts). The English message never names the file: whoever shows it does.
import type { OpenProblem } from "../../core/jobs/returned";

const MESSAGES: Record<OpenProblem, string> = {
  file: "the file could not be read from disk (no permission, or another program has it open)",
  empty: "the file is empty (0 bytes)",
  password: "the workbook has an opening password; remove the password and save it again",
  damaged: "the file is damaged or incomplete; ask for it again",
  "too-large": "the workbook unpacks to far more than any form (it may be a zip bomb or damaged); it was not read",
  "not-a-workbook": "the file is not an Excel workbook",
  unreadable: "the workbook's content does not follow the .xlsx format; open it in Excel or WPS and save it as .xlsx again",
  xls: "it is an old .xls file (Excel 97-2003), not .xlsx; save it as .xlsx in Excel or WPS",
  xlsb: "it is an Excel binary workbook (.xlsb), not .xlsx; save it as .xlsx in Excel",
  ods: "it is an OpenDocument spreadsheet (.ods), not .xlsx; save it as .xlsx",
  "web-page": "it is a web page (HTML), not an .xlsx workbook; open it in Excel and save it as .xlsx",
  "xml-2003": "it is an Excel 2003 XML spreadsheet, not .xlsx; save it as .xlsx in Excel",
  text: "it is a text file (such as CSV), not an .xlsx workbook; open it in Excel and save it as .xlsx",
  word: "it is a Word document, not an Excel workbook",
  powerpoint: "it is a PowerPoint presentation, not an Excel workbook",
  pdf: "it is a PDF file, not an Excel workbook",
  zip: "it is a plain zip archive, not an .xlsx workbook",
};

export class WorkbookOpenError extends Error {
  constructor(
    readonly problem: OpenProblem,
    options?: { cause?: unknown },
  ) {
    super(MESSAGES[problem], options);
    this.name = "WorkbookOpenError";
  }
}
