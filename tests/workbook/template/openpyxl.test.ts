// openpyxl, an independent reader, finds in a generated unit form and matrix what makes them
// good templates: validation with prompts on every input cell, number formats, protection on
// with input cells unlocked, names on the right cells, and the very hidden metadata.
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { matrixChanges, unitFormChanges } from "../../../src/core/template";
import { cellMapFrom, NAME_SLOT } from "../../../src/core/template/cell-map";
import { absoluteRef, parseRange } from "../../../src/core/workbook/a1";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { exampleSet } from "../../core/template/fixtures";
import { describeWith, findOpenpyxl } from "../../support/real-programs";
import { reportingUnits } from "../../../src/core/set";

const python = findOpenpyxl();

interface Validation {
  sqref: string;
  type: string;
  operator: string | null;
  formula1: string | null;
  formula2: string | null;
  allowBlank: boolean;
  showInputMessage: boolean;
  promptTitle: string | null;
  prompt: string | null;
  showErrorMessage: boolean;
  errorStyle: string | null;
}
interface Inspected {
  sheets: {
    title: string;
    state: string;
    protected: boolean;
    hasPassword: boolean;
    freeze: string | null;
    printTitleRows: string | null;
    landscape: boolean;
    validations: Validation[];
    unlocked: Record<string, { format: string; value: unknown }>;
    lockedWithValues: string[];
  }[];
  names: Record<string, string>;
  metadata: Record<string, string>;
}

const set = exampleSet();

async function inspect(dir: string, name: string, changes: Parameters<XlsxWorkbook["apply"]>[0]): Promise<Inspected> {
  const wb = XlsxWorkbook.create();
  await wb.apply(changes);
  const file = join(dir, name);
  await wb.saveAs(file);
  const { stdout } = await promisify(execFile)(python.path, [join(__dirname, "inspect_template.py"), file], { timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout) as Inspected;
}

/** The validation covering `address`, from the file's sqref lists. */
function validationAt(v: Validation[], address: string): Validation | undefined {
  const target = parseRange(address).start;
  return v.find((x) =>
    x.sqref.split(" ").some((part) => {
      const r = parseRange(part);
      return r.start.row <= target.row && target.row <= r.end.row && r.start.column <= target.column && target.column <= r.end.column;
    }),
  );
}

describeWith(python)("openpyxl reads the templates we write", () => {
  let dir: string;
  let form: Inspected;
  let matrix: Inspected;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "it-template-openpyxl-"));
    form = await inspect(dir, "form.xlsx", unitFormChanges(set, { unitId: "linjiang", password: "教育局" }));
    matrix = await inspect(dir, "matrix.xlsx", matrixChanges(set));
  }, 120_000);
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const sheet = (w: Inspected, title: string) => w.sheets.find((s) => s.title === title)!;

  test("sheets: guide and table protected (with the password), metadata very hidden", () => {
    expect(form.sheets.map((s) => [s.title, s.state])).toEqual([
      ["填报说明", "visible"],
      ["填报表", "visible"],
      ["_it_meta", "veryHidden"],
    ]);
    for (const t of ["填报说明", "填报表"]) expect(sheet(form, t)).toMatchObject({ protected: true, hasPassword: true });
    expect(sheet(form, "填报表")).toMatchObject({ freeze: "C4", printTitleRows: "$1:$3", landscape: true });
    expect(form.metadata).toMatchObject({ format: "indicator-tables/v1", layout: "unit-form", "unit.id": "linjiang", "set.id": set.id });
  });

  test("every input cell of the map is unlocked, validated with a prompt, and only those are unlocked", () => {
    const map = cellMapFrom(form.metadata)!.get("填报表")!;
    const table = sheet(form, "填报表");
    const inputs = [...map.values()].flatMap((slots) => [...slots].filter(([k]) => k !== NAME_SLOT).map(([, a]) => a));
    expect(Object.keys(table.unlocked).sort()).toEqual([...inputs].sort());
    for (const a of inputs) {
      const v = validationAt(table.validations, a);
      expect({ a, allowBlank: v?.allowBlank, prompt: v?.showInputMessage, error: v?.showErrorMessage }).toEqual({ a, allowBlank: true, prompt: true, error: true });
      expect(v!.promptTitle!.length).toBeGreaterThan(0);
    }
    expect(table.lockedWithValues).toContain("B6"); // an indicator name: locked
  });

  test("validation types, operators and formulas by value type; number formats of input cells", () => {
    const map = cellMapFrom(form.metadata)!.get("填报表")!;
    const table = sheet(form, "填报表");
    const at = (id: string) => map.get(id)!.get("value")!;
    const v = (id: string) => validationAt(table.validations, at(id))!;
    expect(v("preschool_net_enrolment")).toMatchObject({ type: "decimal", formula1: "0", formula2: "100", errorStyle: "stop", promptTitle: "学前教育净入学率" });
    expect(v("preschool_net_enrolment").operator ?? "between").toBe("between");
    expect(v("preschool_net_enrolment").prompt).toContain("≥99%");
    expect(v("preschool_age_children")).toMatchObject({ type: "whole", operator: "greaterThanOrEqual", formula1: "0" });
    expect(v("sunshine_sports_school")).toMatchObject({ type: "list", formula1: '"是,否"' });
    expect(v("progress_note")).toMatchObject({ type: "textLength", operator: "lessThanOrEqual", formula1: "255", errorStyle: "warning" });
    expect(table.unlocked[at("preschool_net_enrolment")]!.format).toBe("0.0");
    expect(table.unlocked[at("preschool_age_children")]!.format).toBe("#,##0");
    expect(table.unlocked[at("sunshine_sports_school")]!.format).toBe("@");
    expect(table.unlocked[map.get("preschool_net_enrolment")!.get("note")!]!.format).toBe("@");
  });

  test("defined names are workbook-level and point at the cells of the map", () => {
    const map = cellMapFrom(form.metadata)!.get("填报表")!;
    for (const [id, slots] of map) {
      const abs = (a: string) => absoluteRef("填报表", a);
      expect(form.names[`IT_${id}`]).toBe(abs(slots.get("value")!));
      if (slots.has("baseline")) expect(form.names[`IT_${id}__prev`]).toBe(abs(slots.get("baseline")!));
    }
  });

  test("matrix: frozen at the first input cell, a name per indicator and unit, no password", () => {
    const m = sheet(matrix, "各单位填报");
    expect(m).toMatchObject({ freeze: "E5", protected: true, hasPassword: false, printTitleRows: "$1:$4" });
    expect(Object.keys(m.unlocked).length).toBe(set.indicators.length * reportingUnits(set).length);
    expect(matrix.names["IT_preschool_net_enrolment__linjiang"]).toMatch(/^'各单位填报'!\$[E-J]\$\d+$/);
    for (const a of Object.keys(m.unlocked)) expect(validationAt(m.validations, a)?.showInputMessage).toBe(true);
  });
});
