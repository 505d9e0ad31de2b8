import { readFileSync } from "node:fs";
import { join } from "node:path";
import { indicatorSetJsonSchema } from "../../../src/core/set/json-schema";

test("the committed JSON Schema is the one the zod schema generates (run `npm run schema` after changing the format)", () => {
  const committed = JSON.parse(readFileSync(join(__dirname, "../../../schema/indicator-set.schema.json"), "utf8"));
  expect(committed).toEqual(indicatorSetJsonSchema());
  expect(committed.properties.indicators.items.properties.valueType.enum).toContain("percent");
});
