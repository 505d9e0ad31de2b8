// Writes schema/indicator-set.schema.json from the zod schema, for editors (VS Code validates
// and completes a set file that names it in "$schema"). A test fails when the two drift apart.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { indicatorSetJsonSchema } from "../src/core/set/json-schema";

const out = join(__dirname, "..", "schema", "indicator-set.schema.json");
writeFileSync(out, JSON.stringify(indicatorSetJsonSchema(), null, 2) + "\n");
process.stdout.write(`wrote ${out}\n`);
