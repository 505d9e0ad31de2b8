import { locateJsonPaths } from "../../../src/core/json/locate";

test("every value's path maps to the line and column it starts at", () => {
  const text = '{\n  "a": [1, {"b": "x\\"y"}],\n  "c d": {}\n}';
  const at = locateJsonPaths(text);
  expect(at.get("$")).toEqual({ line: 1, column: 1 });
  expect(at.get("$.a")).toEqual({ line: 2, column: 8 });
  expect(at.get("$.a[1].b")).toEqual({ line: 2, column: 18 });
  expect(at.get('$["c d"]')).toEqual({ line: 3, column: 10 });
});
