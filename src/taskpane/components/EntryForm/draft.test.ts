import { isoToSerial } from "../../../schema";
import { draftFromRow, draftToRaw, emptyDraft, nextEntryDraft } from "./draft";

describe("form draft", () => {
  it("turns sheet cells into input text, in either table language", () => {
    const draft = draftFromRow({ signed: isoToSerial("2019-11-18"), instrument: "양해각서(MOU)", status: "Completed", country: "미국", currency: "달러", amount: 700000, jobs: 12 });
    expect(draft).toMatchObject({ signed: "2019-11-18", instrument: "mou", status: "completed", country: "US", currency: "USD", amount: "700,000", jobs: "12", partner: "" });
    // A saved 6조7천억 shows grouped, and reads back as the same number.
    expect(draftFromRow({ amount: 6_700_000_000_000 }).amount).toBe("6,700,000,000,000");
  });

  it("keeps text it cannot map, so nothing loaded is lost", () => {
    expect(draftFromRow({ instrument: "악수", country: "아틀란티스", signed: "2019.11" })).toMatchObject({ instrument: "악수", country: "아틀란티스", signed: "2019.11" });
  });

  it("leaves Updated to the adapter and sends a loaded Amount (KRW) back unchanged", () => {
    const draft = { ...emptyDraft(), updated: "x", amountKrw: "999" };
    const raw = draftToRaw(draft, { amountKrw: 1_029_000_000 });
    expect(raw).not.toHaveProperty("updated");
    expect(raw.amountKrw).toBe(1_029_000_000);
    expect(draftToRaw(draft, null)).not.toHaveProperty("amountKrw");
  });

  it("offers the next entry of the same trip: Agency, Signed and Source kept, the rest blank", () => {
    const saved = { ...emptyDraft(), id: "창원-2019-001", agency: "창원시", signed: "2019-11-18", source: "경남우리신문 2019-11-18", partner: "Acme", amount: "70만불" };
    expect(nextEntryDraft(saved)).toEqual({ ...emptyDraft(), agency: "창원시", signed: "2019-11-18", source: "경남우리신문 2019-11-18" });
  });
});
