import { CATEGORIES, COLUMNS, COLUMN_KEYS, INSTRUMENTS, SCHEMA_VERSION, STATUSES, columnLabel, headerRow } from "./columns";

const EXPECTED_COLUMNS: readonly [string, string][] = [
  ["ID", "관리번호"],
  ["Agency", "추진기관"],
  ["Signed", "체결일"],
  ["Instrument", "협약형태"],
  ["Category", "구분"],
  ["Partner", "상대기관"],
  ["Partner type", "기관유형"],
  ["Country", "국가"],
  ["City", "도시"],
  ["Sector", "분야"],
  ["Product", "품목"],
  ["HS code", "HS코드"],
  ["Amount", "금액"],
  ["Currency", "통화"],
  ["Amount (KRW)", "원화환산액"],
  ["Realized (KRW)", "집행액"],
  ["Jobs", "일자리"],
  ["Status", "상태"],
  ["Due", "이행기한"],
  ["Owner", "담당자"],
  ["Source", "출처"],
  ["Notes", "비고"],
  ["Updated", "수정일시"],
  ["Jobs created", "창출일자리"],
];

describe("Commitments columns", () => {
  it("lists every column in the agreed order with English and Korean labels", () => {
    expect(headerRow("en")).toEqual(EXPECTED_COLUMNS.map(([en]) => en));
    expect(headerRow("ko")).toEqual(EXPECTED_COLUMNS.map(([, ko]) => ko));
  });

  it("has a unique key, a type and a number format for every column", () => {
    expect(new Set(COLUMN_KEYS).size).toBe(COLUMNS.length);
    for (const column of COLUMNS) {
      expect(column.numberFormat).not.toBe("");
      expect(column.width).toBeGreaterThan(0);
    }
    expect(columnLabel("amountKrw", "ko")).toBe("원화환산액");
  });

  it("formats money as whole won and dates as ISO days", () => {
    const format = (key: string) => COLUMNS.find((c) => c.key === key)?.numberFormat;
    expect(format("amountKrw")).toBe("#,##0");
    expect(format("realizedKrw")).toBe("#,##0");
    expect(format("signed")).toBe("yyyy-mm-dd");
    expect(format("due")).toBe("yyyy-mm-dd");
  });

  it("carries a schema version", () => {
    expect(Number.isInteger(SCHEMA_VERSION)).toBe(true);
    expect(SCHEMA_VERSION).toBeGreaterThan(0);
  });

  it("defines every instrument, category and status in both languages", () => {
    expect(INSTRUMENTS.map((o) => [o.en, o.ko])).toEqual([
      ["MOU", "양해각서(MOU)"],
      ["LOI", "의향서(LOI)"],
      ["MOA", "협정서(MOA)"],
      ["Contract", "계약"],
      ["Agreement", "협약"],
      ["Sister city", "자매결연"],
      ["Friendship city", "우호교류"],
    ]);
    expect(CATEGORIES.map((o) => [o.en, o.ko])).toEqual([
      ["Export", "수출"],
      ["Investment", "투자"],
      ["Cooperation", "협력"],
      ["Exchange", "교류"],
    ]);
    expect(STATUSES.map((o) => [o.en, o.ko])).toEqual([
      ["Planned", "추진중"],
      ["Signed", "체결"],
      ["In progress", "이행중"],
      ["Completed", "완료"],
      ["Lapsed", "중단"],
      ["Cancelled", "취소"],
    ]);
  });

  it("requires the fields a quarterly report cannot do without", () => {
    const required = COLUMNS.filter((c) => c.required).map((c) => c.key);
    expect(required).toEqual(["id", "agency", "instrument", "category", "partner", "country", "status"]);
  });
});
