import { reportChanges, validateSubmission } from "../../../src/core/validate";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { exampleSet, rowOf, submission } from "./fixtures";

test("the 校验报告 sheet lists errors first, with cell, names and the reason a unit gave", async () => {
  const set = exampleSet();
  const findings = validateSubmission(
    set,
    submission(set, "linjiang", { values: { preschool_net_enrolment: 95, community_education_rate: 120 }, notes: { preschool_net_enrolment: "新园延期" } }),
  );
  const wb = XlsxWorkbook.create();
  await wb.apply(reportChanges(set, findings));
  const reopened = await XlsxWorkbook.fromBuffer(await wb.toBuffer());
  const [snap] = await reopened.read([{ sheet: "校验报告" }]);
  const rows = snap!.values;
  expect(String(rows[0]![0])).toContain("错误 1 处，提醒 1 处（其中已说明 1 处）");
  expect(rows[1]).toEqual(["序号", "严重程度", "文件", "工作表", "单元格", "单位", "指标", "年度", "规则", "问题", "已说明的原因"]);
  expect(rows[2]!.slice(1, 9)).toEqual(["错误", "linjiang.xlsx", "填报表", `E${rowOf(set, "community_education_rate")}`, "临江镇", "社区教育普及率", null, "value.out_of_bounds"]);
  expect(rows[3]!.slice(1, 2)).toEqual(["提醒"]);
  expect(rows[3]![10]).toBe("新园延期");
});
