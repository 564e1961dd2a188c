import { CARRIED_OVER_NOTE, progressHeaderRow } from "../schema";
import { carriedOverFromProgress } from "./carriedOver";

describe("carriedOverFromProgress", () => {
  const headers = progressHeaderRow("ko");
  const at = (key: string) => ["progressId", "commitmentId", "date", "kind", "amount", "currency", "amountKrw", "jobs", "evidence", "notes", "updated"].indexOf(key);
  const row = (id: string, amount: unknown, notes: string) => headers.map((_, i) => (i === at("commitmentId") ? id : i === at("amount") ? amount : i === at("notes") ? notes : ""));

  it("sums the opening rows by Commitment ID and ignores ordinary progress", () => {
    const table = [headers, row("A-1", 1000, CARRIED_OVER_NOTE), row("A-1", 500, "shipment"), row("A-2", 70, CARRIED_OVER_NOTE)];
    expect(carriedOverFromProgress(table)).toEqual(new Map([["A-1", 1000], ["A-2", 70]]));
  });

  it("assumes nothing from a table without the columns or with two headers for one", () => {
    expect(carriedOverFromProgress([])).toEqual(new Map());
    expect(carriedOverFromProgress([["x"], ["A-1"]])).toEqual(new Map());
    expect(carriedOverFromProgress([[...headers, headers[4]], [...row("A-1", 1, CARRIED_OVER_NOTE), 2]])).toEqual(new Map());
  });
});
