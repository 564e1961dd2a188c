import { headerRow } from "./columns";
import { HeaderError, matchHeader, resolveHeaders } from "./headers";

describe("resolveHeaders", () => {
  it("resolves Korean headers and reports Korean as the table language", () => {
    const resolved = resolveHeaders(headerRow("ko"));
    expect(resolved.indexOf.id).toBe(0);
    expect(resolved.indexOf.amountKrw).toBe(14);
    expect(resolved.indexOf.updated).toBe(22);
    expect(resolved.language).toBe("ko");
    expect(resolved.extras).toEqual([]);
  });

  it("resolves English headers and reports English as the table language", () => {
    const resolved = resolveHeaders(headerRow("en"));
    expect(resolved.indexOf.partnerType).toBe(6);
    expect(resolved.language).toBe("en");
  });

  it("ignores case, spaces and full-width forms, and accepts keys", () => {
    const resolved = resolveHeaders([" amount (krw) ", "ＩＤ", "partnerType", "HS 코드", "원화 환산액 "].slice(0, 4));
    expect(resolved.indexOf).toEqual({ amountKrw: 0, id: 1, partnerType: 2, hsCode: 3 });
    expect(matchHeader("원화 환산액")).toBe("amountKrw");
    expect(matchHeader("STATUS")).toBe("status");
  });

  it("keeps unknown headers as extras, or rejects them when asked", () => {
    const resolved = resolveHeaders(["관리번호", "예산과 메모", ""]);
    expect(resolved.extras).toEqual([
      { header: "예산과 메모", index: 1 },
      { header: "", index: 2 },
    ]);
    expect(() => resolveHeaders(["관리번호", "예산과 메모"], { rejectUnknown: true })).toThrow(
      /Unknown column header "예산과 메모"/,
    );
  });

  it("rejects two headers that mean the same column, naming both", () => {
    expect(() => resolveHeaders(["금액", "Amount"])).toThrow(HeaderError);
    expect(() => resolveHeaders(["금액", "Amount"])).toThrow(/"금액" and "Amount" both mean Amount \(금액\)/);
  });

  it("names missing required columns and the headers it found", () => {
    expect(() => resolveHeaders(["관리번호", "구분"], { require: ["amountKrw"] })).toThrow(
      "Missing column Amount (KRW) (원화환산액). Headers found: 관리번호, 구분.",
    );
  });
});
