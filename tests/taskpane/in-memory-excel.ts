// The in-memory Excel of the Office.js tests, bundled for the browser and installed before the
// task pane loads: `Office` says "inside Excel, every requirement set", `Excel.run` runs
// against the fake, and `window.inMemoryExcel` lets the test read what the pane wrote.
import { FakeExcel } from "../workbook/office/fake-excel";

const excel = new FakeExcel({ sheets: ["Sheet1"] });
Object.assign(window, {
  inMemoryExcel: excel,
  Excel: { run: excel.run },
  Office: {
    context: { displayLanguage: "zh-CN", requirements: { isSetSupported: () => true } },
    onReady(callback?: (info: { host: string; platform: string }) => void) {
      const info = { host: "Excel", platform: "PC" };
      return new Promise((resolve) => setTimeout(() => (callback?.(info), resolve(info)), 50));
    },
  },
});
