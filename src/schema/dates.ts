/**
 * Excel serial dates (1900 system). Excel counts a fictitious 1900-02-29 as serial 60,
 * so serials up to 59 are one day off from the plain epoch arithmetic.
 */

const MS_PER_DAY = 86_400_000;
const EPOCH_1899_12_30 = Date.UTC(1899, 11, 30);
const FAKE_LEAP_DAY = 60;

export class DateParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DateParseError";
  }
}

export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The last day Excel can show: 9999-12-31. Past it a serial has no calendar date (1e9 would be NaN-NaN-NaN). */
export const MAX_DATE_SERIAL = 2958465;

export function serialToDate(serial: number): CalendarDate {
  if (!Number.isFinite(serial) || serial < 1 || serial >= MAX_DATE_SERIAL + 1) {
    throw new DateParseError(`${serial} is not an Excel date serial (1 to ${MAX_DATE_SERIAL}, 1900-01-01 to 9999-12-31).`);
  }
  const whole = Math.floor(serial);
  if (whole === FAKE_LEAP_DAY) return { year: 1900, month: 2, day: 29 };
  const offset = whole < FAKE_LEAP_DAY ? whole + 1 : whole;
  const date = new Date(EPOCH_1899_12_30 + offset * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function dateToSerial({ year, month, day }: CalendarDate): number {
  if (year === 1900 && month === 2 && day === 29) return FAKE_LEAP_DAY;
  const days = Math.round((Date.UTC(year, month - 1, day) - EPOCH_1899_12_30) / MS_PER_DAY);
  return days <= FAKE_LEAP_DAY ? days - 1 : days;
}

function isValidDate(year: number, month: number, day: number): boolean {
  if (year === 1900 && month === 2 && day === 29) return true;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const DATE_PATTERNS: readonly RegExp[] = [
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/,
  /^(\d{4})\.\s*(\d{1,2})\.\s*(\d{1,2})\.?$/,
  /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/,
  /^(\d{4})년\s*(\d{1,2})월\s*(\d{1,2})일?$/,
  /^(\d{4})(\d{2})(\d{2})$/,
];

/** Parses ISO or Korean date text: 2019-11-18, 2019.11.18, 2019. 11. 18., 2019/11/18, 2019년 11월 18일. */
export function parseDateText(text: string): CalendarDate | null {
  const trimmed = text.trim();
  for (const pattern of DATE_PATTERNS) {
    const match = pattern.exec(trimmed);
    if (!match) continue;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    return isValidDate(year, month, day) ? { year, month, day } : null;
  }
  return null;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number written by the ASCII digits text[start..end), or -1 if any is not a digit. */
function number(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * The serial of exactly "yyyy-mm-dd" with a year after 1900, the form exports and the add-in
 * itself write, without the regular expressions and Date objects of parseDateText (sync reads
 * it for every row of a 100,000-row import). null for anything else, which takes the general path:
 * other forms, surrounding spaces, impossible dates, and years up to 1900 (the fake 1900-02-29).
 */
function plainIsoSerial(text: string): number | null {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return null;
  const year = number(text, 0, 4);
  const month = number(text, 5, 7);
  const day = number(text, 8, 10);
  if (year <= 1900 || month < 1 || month > 12 || day < 1) return null;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1])) return null;
  return Math.round((Date.UTC(year, month - 1, day) - EPOCH_1899_12_30) / MS_PER_DAY);
}

/**
 * Digit-only text in a date cell. Eight digits are yyyymmdd (20191118); five digits (with an
 * optional fraction) are an Excel date number exported as text (43787); anything else is not a
 * date, and the message says what was expected — "2019" is a year, not 1905-07-11, and "191118"
 * is not the year 2422.
 */
function digitText(text: string): number | undefined {
  const match = /^(\d+)(\.\d+)?$/.exec(text);
  if (!match) return undefined;
  const digits = match[1];
  if (match[2] === undefined && digits.length === 8) return undefined; // yyyymmdd: parseDateText reads it
  if (digits.length === 5) return Math.floor(Number(text));
  const example = "Write the whole date, e.g. 2019-11-18 or 20191118";
  if (digits.length === 4) throw new DateParseError(`"${text}" is a year, not a date. ${example}.`);
  if (digits.length === 6) throw new DateParseError(`"${text}" is not a date: six digits could be yymmdd or yyyymm. ${example}.`);
  throw new DateParseError(`"${text}" is not a date. ${example}, or an Excel date number (1 to ${MAX_DATE_SERIAL}).`);
}

/**
 * A date cell as an Excel serial (whole days), or null when blank. Numbers are serials within
 * Excel's dates (1 to 2958465, 1900-01-01 to 9999-12-31); text must be a date form above or
 * digits as digitText reads them. Anything else throws DateParseError.
 */
export function toDateSerial(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < 1 || value >= MAX_DATE_SERIAL + 1) {
      throw new DateParseError(`${value} is not a date: an Excel date number runs from 1 (1900-01-01) to ${MAX_DATE_SERIAL} (9999-12-31).`);
    }
    return Math.floor(value);
  }
  if (value instanceof Date) {
    return dateToSerial({ year: value.getFullYear(), month: value.getMonth() + 1, day: value.getDate() });
  }
  if (typeof value === "string") {
    const serial = plainIsoSerial(value);
    if (serial !== null) return serial;
  }
  const text = String(value).trim();
  if (text === "") return null;
  const digits = digitText(text);
  if (digits !== undefined) return digits;
  const date = parseDateText(text);
  if (!date) throw new DateParseError(`"${text}" is not a date. Use 2019-11-18, 2019.11.18 or 2019년 11월 18일.`);
  return dateToSerial(date);
}

export function formatIsoDate(date: CalendarDate): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

export function serialToIso(serial: number): string {
  return formatIsoDate(serialToDate(serial));
}

export function isoToSerial(iso: string): number {
  const date = parseDateText(iso);
  if (!date) throw new DateParseError(`"${iso}" is not an ISO date.`);
  return dateToSerial(date);
}

/** Excel serial (with fraction) for a JS timestamp, in UTC+9 (Korea has no DST). */
export function timestampToSerialKst(ms: number): number {
  return (ms + 9 * 3_600_000 - EPOCH_1899_12_30) / MS_PER_DAY;
}
