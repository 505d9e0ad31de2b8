import { clearMarkChanges, markChanges, parseMarks, MARKS_KEY, type Finding } from "../../../src/core/validate";

const finding = (row: number): Finding => ({ rule: "value.required", severity: "error", sheet: "填报表", cell: `E${row}`, message: { "zh-CN": "x", "en-US": "x" } });
const metadataOf = (changes: ReturnType<typeof markChanges>) => {
  const meta = changes.find((c) => c.op === "setMetadata");
  return meta && meta.op === "setMetadata" ? meta.entries : {};
};

test("many marks are split over metadata parts that each fit a cell, and read back whole", () => {
  const findings = Array.from({ length: 10000 }, (_, i) => finding(i + 3));
  const meta = metadataOf(markChanges(findings, undefined));
  expect(Number(meta[MARKS_KEY])).toBeGreaterThan(1);
  for (const [k, v] of Object.entries(meta)) if (k !== MARKS_KEY) expect(v.length).toBeLessThanOrEqual(32767);
  expect(parseMarks(meta)).toHaveLength(10000);

  // Clearing undoes every one and empties the parts the long list used.
  const cleared = clearMarkChanges(meta);
  expect(cleared.filter((c) => c.op === "setStyle")).toHaveLength(10000);
  const after = metadataOf(cleared);
  expect(after[MARKS_KEY]).toBe("1");
  expect(after[`${MARKS_KEY}.2`]).toBe("");
  expect(parseMarks({ ...meta, ...after })).toEqual([]);
});

test("a cell with an error and a warning is marked as an error; damaged metadata clears nothing", () => {
  const warn: Finding = { ...finding(5), severity: "warning" };
  const changes = markChanges([warn, finding(5)], undefined);
  expect(changes.filter((c) => c.op === "setStyle")).toEqual([{ op: "setStyle", sheet: "填报表", range: "E5", style: { fill: "#FFC7CE" } }]);
  expect(parseMarks({ [MARKS_KEY]: "1", [`${MARKS_KEY}.1`]: "{not json" })).toEqual([]);
});
