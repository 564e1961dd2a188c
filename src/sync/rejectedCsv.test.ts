import fc from "fast-check";
import { headerRow } from "../schema";
import { anyCellText } from "./neutralise.arbitraries";
import { parseDelimited } from "./parseDelimited";
import { planSync, type RejectedRow } from "./planSync";
import { rejectedTable, rejectedToCsv, unprotectRows } from "./rejectedCsv";
import { EMPTY_SYNC_STATE } from "./syncState";

const HEADER = ["ID", "Agency", "Instrument", "Category", "Partner", "Country", "Amount", "Currency", "Status", "Notes"];

function plan(rows: unknown[][]) {
  return planSync([headerRow("ko")], rows, { state: EMPTY_SYNC_STATE, sourceName: "부서.csv" });
}

/** What the Sync panel does with a file's text: parse, then undo the CSV's protection. */
function reimport(csv: string): unknown[][] {
  return unprotectRows(parseDelimited(csv).rows);
}

describe("rejected rows CSV round trip (issue 9 item 9)", () => {
  it("re-imports a fixed file: '-500 is -500 again and no apostrophe becomes data", () => {
    const first = plan([HEADER, ["X-1", "창원시", "MOU", "투자", "=HYPERLINK(\"http://evil\")", "Atlantis", "-500", "USD", "체결", "@메모"]]);
    expect(first.rejected).toHaveLength(1);
    const csv = rejectedToCsv(first.rejected, first.sourceHeaders, "ko");
    expect(csv).toContain("'-500");
    // The officer fixes the country and imports the file again, with its two extra columns left unmapped.
    const fixed = reimport(csv.replace("Atlantis", "US"));
    const second = plan(fixed);
    // Before: "'-500" was rejected as not a number, and the partner and notes kept their apostrophes.
    expect(second.rejected).toEqual([]);
    expect(second.inserts[0].cells).toMatchObject({ amount: -500, partner: "=HYPERLINK(\"http://evil\")", notes: "@메모" });
  });

  it("strips exactly one apostrophe, and only before a formula starter", () => {
    expect(unprotectRows([["'-500", "''x", "'abc", "'", "''", "'=1", "x'", 5]])).toEqual([["-500", "'x", "'abc", "'", "'", "=1", "x'", 5]]);
  });

  it("gives back every text exactly (line breaks as LF), whatever it holds", () => {
    fc.assert(
      fc.property(fc.array(anyCellText.map((t) => t.replace(/\r\n?/g, "\n")), { minLength: 1, maxLength: 4 }), (cells) => {
        const rejected: RejectedRow[] = [{ sourceRow: 2, raw: cells, reasons: [{ column: null, message: { ko: "=사유", en: "-reason" } }] }];
        const headers = cells.map((_, i) => `열${i}`);
        const back = reimport(rejectedToCsv(rejected, headers, "ko"));
        expect(back[0]).toEqual([...headers, "원본 행", "제외 사유"]);
        expect(back[1]).toEqual([...cells, "2", "=사유"]);
      }),
      { numRuns: 500 },
    );
  });

  it("builds the table for 200,000 rejected rows without spreading them into a call (issue 9 item 12)", () => {
    // Before: Math.max(sourceHeaders.length, ...rejected.map(...)) overflowed the stack above about 125k rows.
    const rejected: RejectedRow[] = Array.from({ length: 200_000 }, (_, i) => ({ sourceRow: i + 2, raw: ["a", "b"], reasons: [] }));
    const table = rejectedTable(rejected, ["A"], "en");
    expect(table.header).toEqual(["A", "(2)", "Source row", "Reason rejected"]);
    expect(table.rows).toHaveLength(200_000);
    expect(rejectedToCsv(rejected.slice(0, 2), ["A"], "en").split("\r\n")).toEqual(["A,(2),Source row,Reason rejected", "a,b,2,", "a,b,3,"]);
  });
});
