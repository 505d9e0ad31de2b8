// LibreOffice as an outside reader of the workbooks we write: every sheet as CSV rows, with
// formulas recalculated on load (a fresh profile set to always recalculate OOXML files, so the
// values are LibreOffice's own, not anything we might have cached).
import { execFile } from "node:child_process";
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { parseCsv } from "./csv";
import { findProgram } from "./real-programs";

export const soffice = findProgram("LibreOffice", ["soffice", "libreoffice"]);

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Every sheet of `file` as CSV rows (raw values, not as shown), by sheet name. */
export async function sheetsAsCsv(dir: string, file: string): Promise<Map<string, string[][]>> {
  const profile = join(dir, "profile");
  await mkdir(join(profile, "user"), { recursive: true });
  await writeFile(join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
  const out = join(dir, `csv-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  await promisify(execFile)(
    soffice.path,
    [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", out, file],
    { timeout: 120_000 },
  );
  const stem = file.split("/").pop()!.replace(/\.xlsx$/, "");
  const sheets = new Map<string, string[][]>();
  for (const f of await readdir(out)) sheets.set(f.slice(stem.length + 1, -4), parseCsv(await readFile(join(out, f), "utf8")));
  return sheets;
}
