import fc from "fast-check";
import { headerRow } from "../schema";
import { autoMap, checkMapping, MappingError, matchImportHeader, sourceHeaders, withChoice, ROW_COUNTER_HEADERS } from "./mapping";
import { applyInMemory } from "./applyInMemory";
import { planSync } from "./planSync";
import { buildWritePlan } from "./writePlan";
import { EMPTY_SYNC_STATE } from "./syncState";

const entries = (mapping: ReadonlyMap<string, unknown>) => Object.fromEntries(mapping);

describe("mapping", () => {
  it("maps Korean, English, schema aliases and import aliases", () => {
    expect(matchImportHeader("관리번호")).toBe("id");
    expect(matchImportHeader("Partner")).toBe("partner");
    expect(matchImportHeader("체결일자")).toBe("signed");
    expect(matchImportHeader("업체명")).toBe("partner");
    expect(matchImportHeader("Remarks")).toBe("notes");
    expect(matchImportHeader("담당 부서 코드")).toBeNull();
  });

  it("maps 담당부서 to Owner (issue 11 item 10)", () => {
    expect(matchImportHeader("담당부서")).toBe("owner");
    expect(matchImportHeader("담당 부서")).toBe("owner");
  });

  it("makes headers unique and names blank ones", () => {
    expect(sourceHeaders(["금액", "", "금액", null], "ko")).toEqual(["금액", "(열 2)", "금액 (2)", "(열 4)"]);
    expect(sourceHeaders([""], "en")).toEqual(["(column 1)"]);
  });

  it("reports unmapped columns and gives a claimed column to the first source column only", () => {
    const proposal = autoMap(["ID", "Partner", "상대기관", "Internal code"]);
    expect(entries(proposal.mapping)).toEqual({ ID: "id", Partner: "partner", 상대기관: null, "Internal code": null });
    expect(proposal.unmapped).toEqual(["상대기관", "Internal code"]);
  });

  it("lets a remembered choice win, including 'do not import'", () => {
    const proposal = autoMap(["ID", "Internal code", "Notes"], new Map([["Internal code", "source"], ["Notes", null]] as const));
    expect(entries(proposal.mapping)).toEqual({ ID: "id", "Internal code": "source", Notes: null });
  });

  it("refuses two source columns feeding one schema column and lists missing required columns", () => {
    expect(() => checkMapping(["a", "b"], new Map([["a", "partner"], ["b", "partner"]] as const))).toThrow(MappingError);
    expect(checkMapping(["a"], new Map([["a", "partner"]] as const)).missingRequired).toEqual(["agency", "instrument", "category", "country", "status"]);
  });
});

describe("row counters and exact headers (issue 9 item 3)", () => {
  it("never auto-maps a row counter to ID", () => {
    // Before: "번호" and "No" are schema aliases of ID, so two departments' row 1 overwrote each other.
    for (const counter of ["번호", "연번", "순번", "No", "No.", "NO", "no."]) {
      const proposal = autoMap([counter, "상대기관"]);
      expect(proposal.mapping.get(counter)).toBeNull();
      expect(proposal.rowCounters).toEqual([counter]);
    }
  });

  it("gives ID to 관리번호 even when 번호 comes first", () => {
    expect(entries(autoMap(["번호", "관리번호", "상대기관"]).mapping)).toEqual({ 번호: null, 관리번호: "id", 상대기관: "partner" });
  });

  it("lets an exact header beat an alias that comes first", () => {
    // "기관" is a schema alias of Agency; "추진기관" is Agency's own name.
    expect(entries(autoMap(["기관", "추진기관"]).mapping)).toEqual({ 기관: null, 추진기관: "agency" });
    expect(entries(autoMap(["업체명", "Partner"]).mapping)).toEqual({ 업체명: null, Partner: "partner" });
  });

  it("keeps two departments' row 1 apart: each file's row 1 is a new commitment", () => {
    const file = (agency: string, partner: string) => [
      ["번호", "추진기관", "협약형태", "구분", "상대기관", "국가", "상태"],
      ["1", agency, "MOU", "투자", partner, "US", "체결"],
    ];
    const first = planSync([headerRow("ko")], file("창원시", "Acme"), { state: EMPTY_SYNC_STATE, sourceName: "a.csv" });
    expect(first.inserts).toHaveLength(1);
    expect(first.inserts[0].id).not.toBe("1");
    const after = applyInMemory({ table: [headerRow("ko")], state: EMPTY_SYNC_STATE }, buildWritePlan(first, { now: 0, amountKrwFormula: null }));
    // Before: both files mapped 번호 to ID, so the second department's row 1 was a plain update of the first's.
    const second = planSync(after.table, file("경상남도", "Busan Trading"), { state: after.state, sourceName: "b.csv" });
    expect(second.updates).toHaveLength(0);
    expect(second.inserts).toHaveLength(1);
  });

  it("holds for generated headers: row counters stay unmapped, an exact name always gets its column", () => {
    const names = ["관리번호", "ID", "추진기관", "기관", "상대기관", "업체명", "Partner", "메모", "비고", "상태", "진행상황", "Memo", "X"];
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...names, ...ROW_COUNTER_HEADERS), { minLength: 1, maxLength: 8 }), (headers) => {
        const { mapping } = autoMap(headers);
        for (const header of headers) {
          if (ROW_COUNTER_HEADERS.includes(header)) expect(mapping.get(header)).toBeNull();
        }
        // The first exact header of each column gets it, whatever stands before it.
        const exact: Record<string, string> = { 관리번호: "id", ID: "id", 추진기관: "agency", 상대기관: "partner", Partner: "partner", 비고: "notes", 상태: "status" };
        const seen = new Set<string>();
        for (const header of headers) {
          const key = Object.hasOwn(exact, header) ? exact[header] : undefined;
          if (key === undefined || seen.has(key)) continue;
          seen.add(key);
          expect(mapping.get(header)).toBe(key);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("headers named like Object.prototype members (issue 9, Smaller)", () => {
  it("maps and lists __proto__, constructor and toString like any other header", () => {
    const headers = ["__proto__", "constructor", "toString", "관리번호"];
    const proposal = autoMap(headers);
    expect([...proposal.mapping.keys()]).toEqual(headers);
    expect(proposal.unmapped).toEqual(["__proto__", "constructor", "toString"]);
    const chosen = withChoice(withChoice(proposal.mapping, "__proto__", "notes"), "constructor", "partner");
    expect(chosen.get("__proto__")).toBe("notes");
    expect(checkMapping(headers, chosen).missingRequired).toEqual(["agency", "instrument", "category", "country", "status"]);
    // Before: mapping["__proto__"] = null set the object's prototype instead, and the column vanished from the mapping.
    const plan = planSync(
      [headerRow("ko")],
      [
        [...headers, "추진기관", "협약형태", "구분", "국가", "상태"],
        ["memo", "Acme", "x", "A-1", "창원시", "MOU", "투자", "US", "체결"],
      ],
      { state: EMPTY_SYNC_STATE, sourceName: "p.csv", mapping: withChoice(withChoice(autoMap([...headers, "추진기관", "협약형태", "구분", "국가", "상태"]).mapping, "__proto__", "notes"), "constructor", "partner") },
    );
    expect(plan.inserts[0].cells).toMatchObject({ id: "A-1", notes: "memo", partner: "Acme" });
  });
});
