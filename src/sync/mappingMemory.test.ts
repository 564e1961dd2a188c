import { autoMap, type ColumnMapping } from "./mapping";
import { carryOver, findMapping, mappingsFromJson, mappingsToJson, remember, type RememberedMapping } from "./mappingMemory";

const entry = (headers: string[], mapping: [string, string | null][], sourceName: string, at: number): RememberedMapping => ({
  headers,
  mapping: new Map(mapping) as ColumnMapping,
  sourceName,
  at,
});

const AUGUST = entry(["관리번호", "내부코드", "비고"], [["관리번호", "id"], ["내부코드", "source"], ["비고", null]], "부서_2024-08.csv", 1);

describe("mapping memory by header set (issue 11 item 10)", () => {
  it("finds last month's mapping for next month's file with the same columns, whatever its name", () => {
    // Before: mappings were keyed by the exact file name, so 부서_2024-09.csv forgot what 부서_2024-08.csv taught.
    const match = findMapping(["관리번호", "내부 코드", "비고"], [AUGUST]);
    expect(match).toMatchObject({ exact: true, shared: 3, union: 3 });
    expect(Object.fromEntries(autoMap(["관리번호", "내부 코드", "비고"], carryOver(["관리번호", "내부 코드", "비고"], match!.remembered)).mapping)).toEqual({
      관리번호: "id",
      "내부 코드": "source",
      비고: null,
    });
  });

  it("offers a similar set, and ignores one that shares too little", () => {
    expect(findMapping(["관리번호", "내부코드", "비고", "담당부서"], [AUGUST])).toMatchObject({ exact: false, shared: 3, union: 4 });
    expect(findMapping(["관리번호", "상대기관", "국가", "상태"], [AUGUST])).toBeNull();
  });

  it("prefers the most similar set, then the newest", () => {
    const newer = { ...AUGUST, sourceName: "부서_2024-09.csv", at: 2 };
    expect(findMapping(["관리번호", "내부코드", "비고"], [AUGUST, newer])?.remembered.sourceName).toBe("부서_2024-09.csv");
  });

  it("replaces the entry for the same set and keeps the newest", () => {
    const list = remember([AUGUST], { ...AUGUST, headers: ["비고", "관리번호", "내부코드"], sourceName: "b.csv", at: 5 });
    expect(list.map((e) => e.sourceName)).toEqual(["b.csv"]);
    const many = Array.from({ length: 5 }, (_, i) => entry([`a${i}`, `b${i}`], [], `${i}.csv`, i));
    expect(many.reduce<RememberedMapping[]>((acc, e) => remember(acc, e, 3), []).map((e) => e.sourceName)).toEqual(["4.csv", "3.csv", "2.csv"]);
  });

  it("stores mappings as pairs, so __proto__ and constructor headers survive the setting", () => {
    const odd = entry(["__proto__", "constructor", "관리번호"], [["__proto__", "notes"], ["constructor", null], ["관리번호", "id"]], "odd.csv", 3);
    const back = mappingsFromJson(mappingsToJson([odd]));
    expect(back).toHaveLength(1);
    expect([...back[0].mapping]).toEqual([["__proto__", "notes"], ["constructor", null], ["관리번호", "id"]]);
  });

  it("reads the old per-file-name setting, and drops entries it cannot trust", () => {
    const old = '{"dept.csv":{"mapping":{"Internal code":"source","Memo":null,"__proto__":"notes"},"at":7},"bad.csv":{"mapping":{"X":"noSuchColumn"},"at":1}}';
    const list = mappingsFromJson(old);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ sourceName: "dept.csv", at: 7, headers: ["Internal code", "Memo", "__proto__"] });
    expect(list[0].mapping.get("__proto__")).toBe("notes");
    expect(mappingsFromJson("not json")).toEqual([]);
    expect(mappingsFromJson('{"version":2,"mappings":[{"headers":["a"],"mapping":[["a","id"]],"sourceName":"s","at":"x"}]}')).toEqual([]);
  });
});
