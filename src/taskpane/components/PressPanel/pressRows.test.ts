/**
 * The Add selected path without a workbook: suggestions from the Seongnam seed, accepted rows
 * planned by planSync against the demo's seed table, written in memory by the sync write plan.
 * A second add of the same rows writes nothing; a matching row with other values is not changed.
 */
import { commitmentTableValues } from "../../../demo/seedWorkbook";
import { extractCommitments } from "../../../extract";
import { resolveHeaders, type ColumnKey } from "../../../schema";
import { applyInMemory, buildWritePlan, EMPTY_SYNC_STATE, planSync, resolveConflicts, type SyncState } from "../../../sync";
import { validateTable } from "../../../validation";
import { PRESS_EXAMPLES } from "./examples";
import { draftOf, incomingRows, insertsOnly, mostUsedAgency, outcomes, type Card } from "./pressRows";

const seongnam = PRESS_EXAMPLES.find((e) => e.id === "seongnam")!;

function cardsOf(text: string, agency: string): Card[] {
  return extractCommitments(text, { agency }).suggestions.map((suggestion) => ({ suggestion, draft: draftOf(suggestion), include: true }));
}

function add(table: unknown[][], state: SyncState, cards: Card[]) {
  const source = String(cards[0].suggestion.fields.source);
  const plan = planSync(table, incomingRows(cards, { agency: "성남시", source }, "ko"), { state, sourceName: "보도자료", language: "ko" });
  const writable = insertsOnly(resolveConflicts(plan, "keepSheet"));
  const after = applyInMemory({ table, state }, buildWritePlan(writable, { now: Date.UTC(2026, 0, 5), amountKrwFormula: null }));
  return { plan, after };
}

function column(table: unknown[][], key: ColumnKey): unknown[] {
  const index = resolveHeaders(table[0]).indexOf[key]!;
  return table.slice(1).map((row) => row[index]);
}

describe("adding press-release suggestions", () => {
  it("inserts the accepted rows with generated IDs, and a second add writes nothing", () => {
    const table = commitmentTableValues("ko") as unknown[][];
    const cards = cardsOf(seongnam.text, "성남시");
    expect(cards).toHaveLength(3);
    // The officer unchecks the OKTA card and edits the Microsoft partner.
    const accepted = [{ ...cards[0], draft: { ...cards[0].draft, partner: "한국마이크로소프트(주)" } }, cards[1]];

    const first = add(table, EMPTY_SYNC_STATE, accepted);
    expect(outcomes(first.plan, 2).map((o) => o.kind)).toEqual(["inserted", "inserted"]);
    expect(first.after.table.length).toBe(table.length + 2);
    const partners = column(first.after.table, "partner").slice(-2);
    expect(partners).toEqual(["한국마이크로소프트(주)", "밀피타스 시"]);
    const ids = column(first.after.table, "id").slice(-2);
    for (const id of ids) expect(String(id)).toMatch(/^성남-2015-\d{3}$/);
    // The new rows pass the same validation as the rest of the table.
    const fx = { fxCurrencies: new Set(["USD", "EUR", "CAD", "KRW"]) };
    expect(validateTable(first.after.table, fx)).toEqual(validateTable(table, fx));

    const second = add(first.after.table, first.after.state, accepted);
    expect(outcomes(second.plan, 2).map((o) => o.kind)).toEqual(["unchanged", "unchanged"]);
    expect(insertsOnly(second.plan).inserts).toHaveLength(0);
    expect(second.after.table).toEqual(first.after.table);
  });

  it("leaves a matching row with other values as the table has it", () => {
    const table = commitmentTableValues("ko") as unknown[][];
    const cards = cardsOf(seongnam.text, "성남시").slice(0, 1);
    const first = add(table, EMPTY_SYNC_STATE, cards);
    const edited = [{ ...cards[0], draft: { ...cards[0].draft, sector: "다른 분야" } }];
    const second = add(first.after.table, first.after.state, edited);
    expect(outcomes(second.plan, 1).map((o) => o.kind)).toEqual(["differs"]);
    expect(second.after.table).toEqual(first.after.table);
  });

  it("lists a row the plan rejects with its reasons (no partner, no country)", () => {
    const table = commitmentTableValues("ko") as unknown[][];
    const changwon = PRESS_EXAMPLES.find((e) => e.id === "changwon")!;
    const contract = cardsOf(changwon.text, "창원시").filter((c) => c.suggestion.fields.instrument === "contract");
    const { plan } = add(table, EMPTY_SYNC_STATE, contract);
    const [outcome] = outcomes(plan, 1);
    expect(outcome.kind).toBe("rejected");
    expect(outcome.kind === "rejected" && outcome.reasons.length).toBeGreaterThan(0);
  });

  it("takes the Agency most rows of the table carry as the default", () => {
    expect(mostUsedAgency(commitmentTableValues("ko") as unknown[][])).toBe("창원시");
    expect(mostUsedAgency([])).toBe("");
    expect(mostUsedAgency([["not", "a", "header"]])).toBe("");
  });
});
