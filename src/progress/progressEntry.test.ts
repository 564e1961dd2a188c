import { progressHeaderRow, headerRow, isoToSerial } from "../schema";
import { ProgressEntryRejected, checkDraft, kindLabel, planProgressEntry, recordsOf, type ProgressDraft } from "./progressEntry";

const draft = (overrides: Partial<ProgressDraft> = {}): ProgressDraft => ({
  commitmentId: "A-1",
  date: "2020-01-05",
  kind: "investmentMade",
  amount: "3억 원",
  currency: "",
  jobs: "",
  evidence: "",
  notes: "",
  ...overrides,
});

const commitments = {
  headers: headerRow("en"),
  rows: [headerRow("en").map((h) => (h === "ID" ? "A-1" : h === "Status" ? "Signed" : h === "Signed" ? isoToSerial("2019-11-01") : ""))],
};
const progress = { headers: progressHeaderRow("en"), rows: [["A-1-P01", "A-1", isoToSerial("2019-12-01"), "Other", 1, "KRW", 1, "", "", "", ""]] };

describe("checkDraft", () => {
  it("reads Korean money notation, and asks for a currency when the text has none", () => {
    expect(checkDraft(draft({ amount: "5만불" }))).toMatchObject({ amount: 50000, currency: "USD", problems: [] });
    expect(checkDraft(draft({ amount: "5만", currency: "달러" }))).toMatchObject({ amount: 50000, currency: "USD", problems: [] });
    expect(checkDraft(draft({ amount: "5만" })).problems.map((p) => p.message.en)).toEqual(['"5만" names no currency. Write it like "5만불", "$50,000" or "3억 원".']);
    expect(checkDraft(draft({ amount: "5만불", currency: "EUR" })).problems[0].message.en).toContain("is in USD, but the currency says EUR");
  });

  it("requires a date, a kind and something recorded; jobs are whole numbers", () => {
    const problems = checkDraft(draft({ date: "", kind: "", amount: "", jobs: "" })).problems.map((p) => p.field);
    expect(problems).toEqual(["date", "kind", "amount"]);
    expect(checkDraft(draft({ jobs: "2.5" })).problems.map((p) => p.field)).toEqual(["jobs"]);
    expect(checkDraft(draft({ amount: "", jobs: "3" }))).toMatchObject({ jobs: 3, problems: [] });
    expect(checkDraft(draft({ kind: "선적" })).kind).toBe("exportShipped");
  });
});

describe("planProgressEntry", () => {
  it("numbers the record after the commitment's last one, in the table's language, with the calculated formula", () => {
    const plan = planProgressEntry(draft({ evidence: "@SUM(1)" }), progress, commitments, 45000.5);
    expect(plan.progressId).toBe("A-1-P02");
    expect(plan.cells.slice(0, 6)).toEqual(["A-1-P02", "A-1", isoToSerial("2020-01-05"), "Investment made", 300_000_000, "KRW"]);
    expect(String(plan.cells[6])).toMatch(/^=/);
    expect(plan.cells[8]).toBe("'@SUM(1)");
    expect(plan.fillRow).toBeNull();
  });

  it("rejects an unknown or cancelled commitment with every error at once", () => {
    const cancelled = { ...commitments, rows: [commitments.rows[0].map((c, i) => (commitments.headers[i] === "Status" ? "취소" : c))] };
    try {
      planProgressEntry(draft({ date: "" }), progress, cancelled, 1);
      throw new Error("expected a rejection");
    } catch (error) {
      expect(error).toBeInstanceOf(ProgressEntryRejected);
      expect((error as ProgressEntryRejected).problems.map((p) => p.field)).toEqual(["date", "commitmentId"]);
    }
    expect(() => planProgressEntry(draft({ commitmentId: "Z-9" }), progress, commitments, 1)).toThrow('No commitment with ID "Z-9"');
  });
});

describe("recordsOf", () => {
  it("lists one commitment's records by date, with labels in either language", () => {
    const table = {
      headers: progressHeaderRow("ko"),
      rows: [
        ["A-1-P02", "A-1", isoToSerial("2020-02-01"), "수출선적", 5, "USD", 5800, "", "", "", ""],
        ["B-1-P01", "B-1", isoToSerial("2020-01-01"), "기타", 1, "KRW", 1, "", "", "", ""],
        ["A-1-P01", " A-1 ", "2019-12-01", "알 수 없음", "", "", "", 2, "보고서", "", ""],
      ],
    };
    const records = recordsOf(table, "A-1");
    expect(records.map((r) => r.progressId)).toEqual(["A-1-P01", "A-1-P02"]);
    expect(kindLabel(records[1], "en")).toBe("Export shipped");
    expect(kindLabel(records[0], "ko")).toBe("알 수 없음");
    expect(records[0]).toMatchObject({ jobs: 2, amountKrw: null, evidence: "보고서" });
  });
});
