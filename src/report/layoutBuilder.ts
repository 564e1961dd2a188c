/**
 * Collects a report layout's cells, formats, styles and merges. Formulas and literal
 * values are separate calls, so a literal (the agency, a label) can never be
 * mistaken for a formula: the adapter writes literals through the neutraliser.
 */
import { cellAddress } from "./a1";
import type { CellContent, CellStyle, NumberFormatRange, ReportCell, StyledRange } from "./types";

interface Entry {
  readonly row: number;
  readonly column: number;
  readonly content: CellContent;
  readonly isFormula: boolean;
}

export class LayoutBuilder {
  private readonly cells = new Map<string, Entry>();
  readonly numberFormats: NumberFormatRange[] = [];
  readonly styles: StyledRange[] = [];
  readonly merges: string[] = [];

  /** A formula the layout itself composed; it must start with "=". */
  formula(row: number, column: number, formula: string): string {
    if (!formula.startsWith("=")) throw new Error(`Report formula at ${cellAddress(row, column)} must start with "=": ${formula}`);
    return this.put(row, column, formula, true);
  }

  /** A literal: a label, a number, or data-derived text. The cell holds exactly this value. */
  value(row: number, column: number, value: string | number): string {
    return this.put(row, column, value, false);
  }

  private put(row: number, column: number, content: CellContent, isFormula: boolean): string {
    const address = cellAddress(row, column);
    this.cells.set(address, { row, column, content, isFormula });
    return address;
  }

  style(range: string, style: CellStyle): void {
    this.styles.push({ range, style });
  }

  format(range: string, format: string): void {
    this.numberFormats.push({ range, format });
  }

  merge(range: string): void {
    this.merges.push(range);
  }

  orderedCells(): ReportCell[] {
    return [...this.cells.values()]
      .sort((a, b) => a.row - b.row || a.column - b.column)
      .map(({ row, column, content, isFormula }) => ({ address: cellAddress(row, column), content, isFormula }));
  }

  bottomRow(): number {
    let bottom = 0;
    for (const cell of this.cells.values()) bottom = Math.max(bottom, cell.row);
    return bottom;
  }
}

/** Excel string literal. */
export function str(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** $B$5 from B5, so formulas keep pointing at the period cells when copied. */
export function abs(address: string): string {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  return match ? `$${match[1]}$${match[2]}` : address;
}
