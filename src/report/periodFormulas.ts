/**
 * The period cell, read the way the COMMIT functions read it.
 *
 * An officer may type any quarter form the functions accept (2024-Q3, 2024Q3,
 * 2024 q3, 2024.Q3, 2024년 3분기, 2024년 3/4분기). The report's native date cells need
 * the year and quarter number, so one visible "reading" cell folds the period cell
 * into the canonical 2024-Q3 with native SUBSTITUTE/LEFT/RIGHT (no TEXT(), which
 * follows regional settings: issue 10, item 8), and every other formula reads that
 * cell. A period that is not a quarter reads as #N/A, which the status line
 * explains; an in-cell validation rule stops most such entries first.
 */
import { parsePeriod } from "../functions/periods";
import type { Quarter } from "./quarters";

/**
 * Decorations removed, in this order, after UPPER(TRIM(ASC())): what is left is YYYYQ.
 * ASC folds full-width characters (２０２４－Ｑ３), as the functions' NFKC does.
 */
const DECORATIONS = [" ", "/4", "년", "분기", "Q", "-", ".", "/"] as const;

/** Native expression for the period text with every decoration removed: "2024년 3/4분기" → "20243". */
export function strippedPeriodExpression(reference: string): string {
  return DECORATIONS.reduce((inner, text) => `SUBSTITUTE(${inner},"${text}","")`, `UPPER(TRIM(ASC(${reference})))`);
}

/** Native formula for the canonical quarter ("2024-Q3"), or #N/A when the period cell holds no quarter. */
export function canonicalQuarterFormula(reference: string): string {
  const x = strippedPeriodExpression(reference);
  const valid = `AND(LEN(${x})=5,VALUE(LEFT(${x},4))>=1900,VALUE(RIGHT(${x},1))>=1,VALUE(RIGHT(${x},1))<=4)`;
  return `=IFERROR(IF(${valid},LEFT(${x},4)&"-Q"&RIGHT(${x},1),NA()),NA())`;
}

/**
 * The in-cell validation rule for the period cell (Excel caps rule formulas at 255
 * characters, so it checks the shape; the reading cell checks the rest).
 */
export function periodValidationFormula(cell: string): string {
  return `=AND(LEN(${cell})>=6,OR(ISNUMBER(SEARCH("Q",${cell})),ISNUMBER(SEARCH("분기",${cell}))))`;
}

/**
 * The quarter a period cell's value names, exactly as the COMMIT functions read it,
 * or null when it names no quarter (a year, a month, a range, or nothing readable).
 */
export function quarterOfPeriodCell(value: unknown): Quarter | null {
  if (typeof value !== "string") return null;
  let label: string;
  try {
    label = parsePeriod(value)?.label ?? "";
  } catch {
    return null;
  }
  const match = /^(\d{4})-Q([1-4])$/.exec(label);
  return match ? { year: Number(match[1]), quarter: Number(match[2]) as Quarter["quarter"] } : null;
}
