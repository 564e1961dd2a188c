import { ExcelSimulator } from "../../simulator";
import { LEGACY_MAPPINGS_SETTING, findRememberedMapping, rememberMapping } from "./syncMappings";

describe("remembered mappings in the workbook settings (issue 11 item 10)", () => {
  it("finds a mapping by header set across file names, and after reopening the workbook", async () => {
    const sim = new ExcelSimulator();
    expect(await findRememberedMapping(sim.run, ["관리번호", "내부코드"])).toBeNull();
    await rememberMapping(sim.run, { headers: ["관리번호", "내부코드"], mapping: new Map([["관리번호", "id"], ["내부코드", "source"]]), sourceName: "부서_2024-08.csv" }, 1);
    await rememberMapping(sim.run, { headers: ["X", "Y", "Z"], mapping: new Map([["X", "notes"]]), sourceName: "other.csv" }, 2);
    const reopened = ExcelSimulator.fromSnapshot(sim.snapshot());
    const match = await findRememberedMapping(reopened.run, ["내부코드", "관리번호"]);
    expect(match).toMatchObject({ exact: true, remembered: { sourceName: "부서_2024-08.csv" } });
    expect(match?.remembered.mapping.get("내부코드")).toBe("source");
  });

  it("still finds what the old per-file-name setting remembered", async () => {
    const sim = new ExcelSimulator();
    await sim.run(async (context) => {
      context.workbook.settings.add(LEGACY_MAPPINGS_SETTING, JSON.stringify({ "dept.csv": { mapping: { "Internal code": "source", Memo: null }, at: 5 } }));
      await context.sync();
    });
    const match = await findRememberedMapping(sim.run, ["Internal code", "Memo"]);
    expect(match).toMatchObject({ exact: true, remembered: { sourceName: "dept.csv" } });
    // A newer choice for the same set wins over the old setting's.
    await rememberMapping(sim.run, { headers: ["Internal code", "Memo"], mapping: new Map([["Internal code", "notes"], ["Memo", null]]), sourceName: "dept 2.csv" }, 9);
    expect((await findRememberedMapping(sim.run, ["Memo", "Internal code"]))?.remembered.mapping.get("Internal code")).toBe("notes");
  });
});
