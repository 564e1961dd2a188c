/**
 * Reporting periods on the Signed date. The fiscal year is the calendar year, as in Korean
 * local government. A period is an inclusive range of Excel serial days.
 */
import { dateToSerial, parseDateText } from "../schema";
import { invalidValue } from "./errors";

export interface Period {
  /** First day, Excel serial. */
  readonly start: number;
  /** Last day, Excel serial, inclusive. */
  readonly end: number;
  /** Canonical label: "2019", "2019-Q4", "2019-H1", "2019-11", "2019-11-18", "2019-01-01~2019-06-30". */
  readonly label: string;
}

export const PERIOD_FORMS =
  "2019 (year), 2019-Q4 / 2019Q4 / 2019년 4분기 / 2019년 4/4분기 (quarter), 2019-H1 / 2019년 상반기 (half), " +
  "2019-11 / 2019년 11월 (month), 2019-11-18 (day), 2019-01-01~2019-06-30 (inclusive range)";

const pad = (n: number) => String(n).padStart(2, "0");

function months(year: number, firstMonth: number, count: number, label: string): Period {
  const start = dateToSerial({ year, month: firstMonth, day: 1 });
  const next = firstMonth + count > 12 ? { year: year + 1, month: 1 } : { year, month: firstMonth + count };
  const end = dateToSerial({ ...next, day: 1 }) - 1;
  return { start, end, label };
}

const validYear = (year: number) => year >= 1900 && year <= 9999;

function parseSingle(text: string): Period | null {
  let match = /^(\d{4})\s*년?$/.exec(text);
  if (match) {
    const year = Number(match[1]);
    return validYear(year) ? months(year, 1, 12, String(year)) : null;
  }
  match = /^(\d{4})\s*[-./]?\s*q\s*([1-4])$/i.exec(text) ?? /^(\d{4})\s*년\s*([1-4])\s*(?:\/\s*4\s*)?분기$/.exec(text);
  if (match) {
    const [year, quarter] = [Number(match[1]), Number(match[2])];
    return validYear(year) ? months(year, quarter * 3 - 2, 3, `${year}-Q${quarter}`) : null;
  }
  match = /^(\d{4})\s*[-./]?\s*h\s*([12])$/i.exec(text);
  const korean = /^(\d{4})\s*년\s*(상|하)\s*반기$/.exec(text);
  if (match || korean) {
    const year = Number((match ?? korean)![1]);
    const half = match ? Number(match[2]) : korean![2] === "상" ? 1 : 2;
    return validYear(year) ? months(year, half === 1 ? 1 : 7, 6, `${year}-H${half}`) : null;
  }
  match = /^(\d{4})\s*[-./]\s*(\d{1,2})\.?$/.exec(text) ?? /^(\d{4})\s*년\s*(\d{1,2})\s*월$/.exec(text);
  if (match) {
    const [year, month] = [Number(match[1]), Number(match[2])];
    return validYear(year) && month >= 1 && month <= 12 ? months(year, month, 1, `${year}-${pad(month)}`) : null;
  }
  const date = parseDateText(text);
  if (date) {
    const serial = dateToSerial(date);
    return { start: serial, end: serial, label: `${date.year}-${pad(date.month)}-${pad(date.day)}` };
  }
  return null;
}

function malformed(raw: unknown): Error {
  return invalidValue(`${typeof raw === "string" ? `"${raw}"` : String(raw)} is not a period. Accepted forms: ${PERIOD_FORMS}.`);
}

/**
 * The period a formula argument names, or null for an omitted/blank period (no filter).
 * A number from 1900 to 9999 is a year; a larger number is an Excel date (one day), so a
 * date cell can be passed directly. A range's ends may themselves be any form above:
 * "2019-Q1~2019-Q3" runs from the start of Q1 to the end of Q3.
 */
export function parsePeriod(raw: unknown): Period | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === "number") {
    if (Number.isInteger(raw) && validYear(raw)) return months(raw, 1, 12, String(raw));
    if (Number.isFinite(raw) && raw > 9999) {
      const serial = Math.floor(raw);
      return { start: serial, end: serial, label: String(serial) };
    }
    throw malformed(raw);
  }
  if (typeof raw !== "string") throw malformed(raw);
  const text = raw.normalize("NFKC").trim();
  if (text === "") return null;
  const parts = text.split(/\s*[~～]\s*/);
  if (parts.length === 2) {
    const [from, to] = [parseSingle(parts[0]), parseSingle(parts[1])];
    if (!from || !to) throw malformed(raw);
    if (from.start > to.end) throw invalidValue(`"${raw}" ends before it starts. Write the earlier date first.`);
    return { start: from.start, end: to.end, label: `${from.label}~${to.label}` };
  }
  const single = parts.length === 1 ? parseSingle(text) : null;
  if (!single) throw malformed(raw);
  return single;
}
