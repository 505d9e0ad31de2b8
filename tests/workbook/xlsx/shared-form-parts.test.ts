// Unit forms of one set share their table's changes, frozen (core's unit-form-cache.ts), and the
// writer converts each shared validation once (validation.ts): the files must be the very files
// written from a set never used before, part for part (only the creation time may differ).
import JSZip from "jszip";
import { unitFormChanges } from "../../../src/core/template";
import type { IndicatorSetInput } from "../../../src/core/set";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { bigSetInput, exampleInput, load } from "../../core/template/fixtures";

async function parts(changes: Parameters<XlsxWorkbook["apply"]>[0]): Promise<Map<string, string>> {
  const wb = XlsxWorkbook.create();
  await wb.apply(changes);
  const zip = await JSZip.loadAsync(await wb.toBuffer());
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files).filter((n) => !zip.files[n]!.dir).sort()) {
    const text = await zip.file(name)!.async("string");
    // the creation and modification times
    out.set(name, name === "docProps/core.xml" ? text.replace(/<dcterms:(created|modified)[^>]*>[^<]*</g, "<dcterms:$1>…<") : text);
  }
  return out;
}

const inputs: [string, IndicatorSetInput][] = [
  ["the example", exampleInput()],
  ["a 200-indicator set over two years", bigSetInput(200, { years: [2024, 2025], units: 3 })],
];

test.each(inputs)("%s: each unit's file from the shared table is the file made from scratch", async (_label, input) => {
  const used = load(input);
  const [a, b] = used.units.map((u) => u.id);
  for (const unitId of [a!, b!, a!]) {
    const shared = await parts(unitFormChanges(used, { unitId }));
    const scratch = await parts(unitFormChanges(load(input), { unitId }));
    expect([...shared.keys()]).toEqual([...scratch.keys()]);
    for (const [name, text] of scratch) expect({ name, text: shared.get(name) }).toEqual({ name, text });
  }
});

test("a frozen validation shared by two workbooks gives each the same rule, and a changed copy its own", async () => {
  const rule = Object.freeze({ kind: "decimal", operator: "between", min: 0, max: 100 } as const);
  const frozen = Object.freeze({ rule, allowBlank: true, prompt: Object.freeze({ title: "t", message: "m" }) });
  const read = async (validation: typeof frozen | { rule: typeof rule; allowBlank: boolean }) => {
    const wb = XlsxWorkbook.create();
    await wb.apply([
      { op: "addSheet", sheet: "S" },
      { op: "setDataValidation", sheet: "S", range: "B2:B4", validation },
    ]);
    const zip = await JSZip.loadAsync(await wb.toBuffer());
    return /<dataValidations[\s\S]*<\/dataValidations>/.exec(await zip.file("xl/worksheets/sheet1.xml")!.async("string"))?.[0];
  };
  const first = await read(frozen);
  expect(first).toContain('sqref="B2:B4"');
  expect(await read(frozen)).toBe(first);
  const other = await read({ ...frozen, rule: { ...rule, max: 50 } as unknown as typeof rule });
  expect(other).toContain("<formula2>50</formula2>");
});
