import { progressHeaderRow, PROGRESS_COLUMNS, type ProgressColumnKey } from "../schema";
import { ledgerProblemBreaksReport, validateLedger } from "./ledgerRules";

const row = (values: Partial<Record<ProgressColumnKey, unknown>>) => PROGRESS_COLUMNS.map((c) => values[c.key] ?? "");
const good = { commitmentId: "창원-2019-008", date: 43804, kind: "수출선적", amount: 50_000, currency: "USD", amountKrw: 58_000_000 };

describe("validateLedger", () => {
  it("says nothing about a well-kept ledger", () => {
    expect(validateLedger([progressHeaderRow("ko"), row({ ...good, progressId: "창원-2019-008-P01" }), PROGRESS_COLUMNS.map(() => "")])).toEqual([]);
  });

  it("finds every kind of ledger problem, naming the row, its Progress ID and the column as the table heads it", () => {
    const problems = validateLedger([
      progressHeaderRow("ko"),
      row({ ...good, progressId: "창원-2019-008-P01" }),
      row({ ...good, progressId: "창원-2019-008-P01", date: "2019.13.45" }),
      row({ ...good, progressId: "", kind: "주문" }),
      row({ ...good, progressId: "X-P01", commitmentId: "", amount: "많이", currency: "" }),
      row({ ...good, progressId: "창원-2019-008-P09", amount: 1_000, currency: "IDR", amountKrw: "" }),
      row({ progressId: "창원-2019-008-P10", commitmentId: "창원-2019-008", date: 43804, kind: "행사" }),
    ]);
    expect(problems.map((p) => [p.progressRow, p.progressId, p.columnLabel, p.code])).toEqual([
      [0, "창원-2019-008-P01", "실적번호", "duplicateId"],
      [1, "창원-2019-008-P01", "실적일", "badDate"],
      [1, "창원-2019-008-P01", "실적번호", "duplicateId"],
      [2, "", "실적구분", "unknownEnum"],
      [2, "", "실적번호", "required"],
      [3, "X-P01", "금액", "notNumeric"],
      [3, "X-P01", "관리번호", "required"],
      [4, "창원-2019-008-P09", "원화환산액", "noFxRate"],
      [5, "창원-2019-008-P10", "금액", "emptyProgress"],
    ]);
    // The blank ID's message proposes the commitment's next free ID (P01, P09 and P10 are taken).
    expect(problems[4].message.ko).toContain("창원-2019-008-P11처럼 넣으세요");
    expect(problems.filter(ledgerProblemBreaksReport).map((p) => [p.progressRow, p.code])).toEqual([
      [1, "badDate"],
      [3, "notNumeric"],
      [3, "required"],
      [4, "noFxRate"],
    ]);
  });

  it("proposes a different next ID for each of two blank rows of one commitment", () => {
    const problems = validateLedger([progressHeaderRow("en"), row({ ...good, kind: "Event" }), row({ ...good, kind: "Event", date: 43805 })]);
    expect(problems.map((p) => p.message.en.match(/e\.g\. (\S+)\./)?.[1])).toEqual(["창원-2019-008-P01", "창원-2019-008-P02"]);
    expect(problems.map((p) => p.columnLabel)).toEqual(["Progress ID", "Progress ID"]);
  });
});
