import { amountPreview } from "./amountPreview";

describe("amountPreview", () => {
  it("reads Korean notation with the shared parser", () => {
    expect(amountPreview("70만불", "ko-KR")).toEqual({ kind: "parsed", amount: 700000, currency: "USD", text: "700,000 USD" });
    expect(amountPreview("6조7천억 원", "en-US")).toMatchObject({ amount: 6.7e12, text: "6,700,000,000,000 KRW (6조 7,000억 원)" });
    expect(amountPreview("1,500", "en-US")).toMatchObject({ currency: null, text: "1,500" });
  });

  it("is empty for blank text and explains unreadable text", () => {
    expect(amountPreview("  ", "ko-KR")).toEqual({ kind: "empty" });
    expect(amountPreview("많이", "ko-KR")).toMatchObject({ kind: "error", message: expect.stringContaining('"많이"') });
  });
});
