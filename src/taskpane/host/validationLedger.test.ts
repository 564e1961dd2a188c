/**
 * The Progress ledger's own rows in the validation report and the report's pre-check, on the demo
 * seed workbook (schema 2) with hand-typed rows added to the ledger; a ledger problem selects its
 * cell in the Progress table.
 */
import { ExcelSimulator } from "../../simulator";
import { createDemoFormulaEvaluator } from "../../demo/formulaEvaluator";
import { writeSeedWorkbook } from "../../demo/writeSeedWorkbook";
import { SEED_PROGRESS } from "../../demo/seedWorkbook";
import { PROGRESS_COLUMNS, PROGRESS_TABLE_NAME, type ProgressColumnKey } from "../../schema";
import { checkBeforeReport } from "./reportCheck";
import { selectProgressCell } from "./selection";
import { validateWorkbook } from "./validation";

const row = (values: Partial<Record<ProgressColumnKey, unknown>>) => PROGRESS_COLUMNS.map((c) => values[c.key] ?? "");

async function seededWithTypedRows(): Promise<ExcelSimulator> {
  const sim = new ExcelSimulator();
  sim.setFormulaEvaluator(createDemoFormulaEvaluator(sim));
  await writeSeedWorkbook(sim.run, "ko");
  await sim.run(async (context) => {
    context.workbook.tables.getItem(PROGRESS_TABLE_NAME).rows.add(undefined, [
      row({ commitmentId: "창원-2019-008", date: "2019.13.45", kind: "수출선적", amount: 1000, currency: "KRW", evidence: "손으로 친 행" }),
      row({ progressId: "창원-2019-008-P77", commitmentId: "창원-2019-008", date: "2020-03-01", kind: "주문", amount: 5, currency: "KRW" }),
    ] as string[][]);
    await context.sync();
  });
  return sim;
}

describe("the Progress ledger's own rows", () => {
  it("are listed by validation with their Progress ID and column, a blank ID with the next free one proposed", async () => {
    const sim = await seededWithTypedRows();
    const report = await validateWorkbook(sim.run);
    const first = SEED_PROGRESS.length;
    expect(report.progressLedger?.map((p) => [p.progressRow, p.progressId, p.columnLabel, p.code])).toEqual([
      [first, "", "실적일", "badDate"],
      [first, "", "실적번호", "required"],
      [first + 1, "창원-2019-008-P77", "실적구분", "unknownEnum"],
    ]);
    const seeded = SEED_PROGRESS.filter((p) => p.commitmentId === "창원-2019-008").length;
    expect(report.progressLedger?.[1].message.ko).toContain(`창원-2019-008-P${String(Math.max(seeded, 77) + 1).padStart(2, "0")}처럼 넣으세요`);
  });

  it("that would make the report's progress blocks #VALUE! are in the report's pre-check; the rest are not", async () => {
    const sim = await seededWithTypedRows();
    const check = await checkBeforeReport(sim.run);
    expect(check.progressLedger?.map((p) => [p.progressRow, p.code])).toEqual([[SEED_PROGRESS.length, "badDate"]]);
  });

  it("select their cell in the Progress table, and a row no longer there is refused by name", async () => {
    const sim = await seededWithTypedRows();
    await selectProgressCell(sim.run, SEED_PROGRESS.length, "date");
    const address = await sim.run(async (context) => {
      const range = context.workbook.getSelectedRange().load("address");
      await context.sync();
      return range.address;
    });
    const column = String.fromCharCode(65 + PROGRESS_COLUMNS.findIndex((c) => c.key === "date"));
    expect(address).toBe(`이행실적!${column}${SEED_PROGRESS.length + 2}`);
    await expect(selectProgressCell(sim.run, 10_000, "date")).rejects.toThrow(/is no longer in the Progress table/);
  });
});
