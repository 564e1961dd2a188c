import { isoToSerial } from "../../../schema";
import { draftFromRow, draftToRaw, emptyDraft } from "./draft";

describe("form draft", () => {
  it("turns sheet cells into input text, in either table language", () => {
    const draft = draftFromRow({ signed: isoToSerial("2019-11-18"), instrument: "양해각서(MOU)", status: "Completed", country: "미국", currency: "달러", amount: 700000, jobs: 12 });
    expect(draft).toMatchObject({ signed: "2019-11-18", instrument: "mou", status: "completed", country: "US", currency: "USD", amount: "700000", jobs: "12", partner: "" });
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
});
