/**
 * Generated files as departments actually send them: each line ending chosen
 * independently (CRLF, LF, lone CR), quoted cells holding delimiters, quotes and
 * line breaks, and unquoted delimiters that make a row wider than its header.
 * The invariants: every cell comes back exactly (line breaks inside cells as LF),
 * and a row with a stray delimiter is rejected at its own line, never truncated
 * or merged into another.
 */
import fc from "fast-check";
import { headerRow } from "../schema";
import { parseDelimited, type Delimiter } from "./parseDelimited";
import { planSync } from "./planSync";
import { EMPTY_SYNC_STATE } from "./syncState";

const LINE_ENDING = fc.constantFrom("\r\n", "\n", "\r");
const DELIMITER = fc.constantFrom<Delimiter>(",", "\t", ";");
const CELL = fc.string({ unit: fc.constantFrom("a", "Z", "가", "한", " ", "1", "-", ",", ";", "\t", '"', "\n", "\r", "\r\n", "'", "="), maxLength: 8 });

function quote(cell: string): string {
  return /[,;\t"\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Lines joined with a generated ending each (the last one optional). */
function serialise(rows: readonly (readonly string[])[], delimiter: string, endings: readonly string[], trailing: boolean): string {
  return rows.map((row, i) => row.map(quote).join(delimiter) + (i < rows.length - 1 || trailing ? endings[i % endings.length] : "")).join("");
}

const blank = (row: readonly string[]) => row.every((cell) => cell.trim() === "");

const table = fc.integer({ min: 1, max: 5 }).chain((width) =>
  fc.tuple(
    fc.array(CELL, { minLength: width, maxLength: width }).filter((h) => !blank(h)),
    fc.array(fc.array(CELL, { minLength: width, maxLength: width }).filter((r) => !blank(r)), { maxLength: 8 }),
  ),
);

describe("parseDelimited properties", () => {
  it("round-trips any cells under any mix of line endings", () => {
    fc.assert(
      fc.property(table, DELIMITER, fc.array(LINE_ENDING, { minLength: 1, maxLength: 9 }), fc.boolean(), ([header, body], delimiter, endings, trailing) => {
        const rows = [header, ...body];
        const parsed = parseDelimited(serialise(rows, delimiter, endings, trailing), delimiter);
        expect(parsed.rows).toEqual(rows.map((row) => row.map((cell) => cell.replace(/\r\n?/g, "\n"))));
        // Line numbers count every physical line, including the ones inside quoted cells.
        let line = 1;
        rows.forEach((row, i) => {
          expect(parsed.lineOf[i]).toBe(line);
          line += 1 + row.reduce((n, cell) => n + (cell.replace(/\r\n?/g, "\n").match(/\n/g)?.length ?? 0), 0);
        });
      }),
      { numRuns: 400 },
    );
  });

  it("rejects exactly the rows with an unquoted delimiter, at their own line, and loses no other row", () => {
    const HEADER = ["ID", "Agency", "Instrument", "Category", "Partner", "Country", "Status", "Notes"];
    const row = fc.record({ partner: fc.constantFrom("Acme", "부산상사", "Hanoi Foods"), notes: CELL, stray: fc.boolean() });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), fc.array(LINE_ENDING, { minLength: 1, maxLength: 9 }), (rows, endings) => {
        const lines = [HEADER.join(",")];
        rows.forEach((r, i) => {
          const cells = [`X-${i}`, "창원시", "MOU", "투자", r.partner, "US", "체결"].map(quote);
          // A stray comma in an unquoted last cell: "Samsung, Inc.".
          lines.push([...cells, r.stray ? "Samsung, Inc." : quote(r.notes)].join(","));
        });
        const text = lines.map((l, i) => l + endings[i % endings.length]).join("");
        const parsed = parseDelimited(text, ",");
        const plan = planSync([headerRow("ko")], parsed.rows, { state: EMPTY_SYNC_STATE, sourceName: "p.csv", sourceRowNumbers: parsed.lineOf });
        const expectedRejected = rows.flatMap((r, i) => (r.stray ? [parsed.lineOf[i + 1]] : []));
        expect(plan.rejected.map((r) => r.sourceRow)).toEqual(expectedRejected);
        expect(plan.inserts.map((insert) => insert.sourceRow)).toEqual(rows.flatMap((r, i) => (r.stray ? [] : [parsed.lineOf[i + 1]])));
        for (const insert of plan.inserts) {
          const original = rows[Number(String(insert.cells.id).slice(2))];
          expect(insert.cells.partner).toBe(original.partner);
        }
      }),
      { numRuns: 200 },
    );
  });
});
