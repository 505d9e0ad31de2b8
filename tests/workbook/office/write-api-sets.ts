// Rewrites docs/excel-api-sets.md from API_MEMBERS: npx tsx tests/workbook/office/write-api-sets.ts
import { writeFileSync } from "node:fs";
import * as path from "node:path";
import { renderApiSetsDoc, ROOT, scanApiUses, tableProblems } from "./api-sets";

const problems = tableProblems(scanApiUses());
for (const p of problems) process.stderr.write(`${p}\n`);
writeFileSync(path.join(ROOT, "docs/excel-api-sets.md"), renderApiSetsDoc());
process.stdout.write(`docs/excel-api-sets.md written${problems.length > 0 ? `; ${problems.length} problem(s) with API_MEMBERS above` : ""}\n`);
