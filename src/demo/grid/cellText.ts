/**
 * What the demo grid shows for a cell: its value through its Excel number
 * format, the way Excel would display it (so a budget officer sees 408,275,000
 * and 2019-11-18, not 408275000 and 43787).
 */
import { serialToDate } from "../../schema/dates";

export type CellDisplayValue = string | number | boolean | null | undefined;

export interface CellText {
  readonly text: string;
  readonly align: "left" | "right" | "center";
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const ERROR_VALUE = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|BUSY!)$/;

/** Splits a format on ";" outside quotes. */
function sections(format: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const char = format[i];
    if (char === '"') quoted = !quoted;
    if (char === "\\" && !quoted && i + 1 < format.length) {
      current += char + format[++i];
      continue;
    }
    if (char === ";" && !quoted) {
      parts.push(current);
      current = "";
      continue;
    }
    current += char;
  }
  parts.push(current);
  return parts;
}

type Token = { kind: "literal"; text: string } | { kind: "code"; text: string };

/** Quoted text, \x escapes, [$₩-412] currency tags and _x / *x padding become literals; the rest is format code. */
function tokenize(section: string): Token[] {
  const tokens: Token[] = [];
  const push = (kind: Token["kind"], text: string) => {
    const last = tokens[tokens.length - 1];
    if (last && last.kind === kind) tokens[tokens.length - 1] = { kind, text: last.text + text };
    else tokens.push({ kind, text });
  };
  for (let i = 0; i < section.length; i++) {
    const char = section[i];
    if (char === '"') {
      const end = section.indexOf('"', i + 1);
      push("literal", section.slice(i + 1, end === -1 ? undefined : end));
      i = end === -1 ? section.length : end;
    } else if (char === "\\" && i + 1 < section.length) {
      push("literal", section[++i]);
    } else if (char === "_" && i + 1 < section.length) {
      push("literal", " ");
      i++;
    } else if (char === "*" && i + 1 < section.length) {
      i++;
    } else if (char === "[") {
      const end = section.indexOf("]", i);
      const tag = section.slice(i + 1, end === -1 ? undefined : end);
      const currency = /^\$([^-]*)/.exec(tag);
      if (currency) push("literal", currency[1]);
      i = end === -1 ? section.length : end;
    } else if (/[0#?.,%]/.test(char) || /[a-zA-Z/:]/.test(char)) {
      push("code", char);
    } else {
      push("literal", char);
    }
  }
  return tokens;
}

function isDateFormat(tokens: readonly Token[]): boolean {
  const code = tokens
    .filter((t) => t.kind === "code")
    .map((t) => t.text)
    .join("");
  return /[ydhs]/i.test(code) || (/m/i.test(code) && !/[0#?]/.test(code));
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

function formatDateTime(serial: number, tokens: readonly Token[]): string {
  if (serial < 0) return "#".repeat(8);
  const { year, month, day } = serial >= 1 ? serialToDate(serial) : { year: 1900, month: 1, day: 0 };
  const seconds = Math.round((serial - Math.floor(serial)) * 86_400) % 86_400;
  const [hours, minutes, secs] = [Math.floor(seconds / 3600), Math.floor((seconds % 3600) / 60), seconds % 60];
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  const code = tokens.map((t) => (t.kind === "code" ? t.text : "")).join("");
  const twelveHour = /AM\/PM|A\/P/i.test(code);
  let out = "";
  let previousWasHour = false;
  for (const token of tokens) {
    if (token.kind === "literal") {
      out += token.text;
      continue;
    }
    const pattern = /yyyy|yy|mmmmm|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|AM\/PM|am\/pm|A\/P|a\/p|./gi;
    const parts = token.text.match(pattern) ?? [];
    parts.forEach((part, index) => {
      const lower = part.toLowerCase();
      const nextIsSeconds = parts.slice(index + 1).find((p) => /[a-z]/i.test(p))?.toLowerCase().startsWith("s") ?? false;
      let shown: string;
      if (lower === "yyyy") shown = String(year);
      else if (lower === "yy") shown = pad(year % 100);
      else if (lower === "mmmmm") shown = MONTHS[month - 1][0];
      else if (lower === "mmmm") shown = MONTHS[month - 1];
      else if (lower === "mmm") shown = MONTHS[month - 1].slice(0, 3);
      else if (lower === "mm" || lower === "m") {
        const isMinutes = previousWasHour || nextIsSeconds;
        const n = isMinutes ? minutes : month;
        shown = lower === "mm" ? pad(n) : String(n);
      } else if (lower === "dddd") shown = WEEKDAYS[weekday];
      else if (lower === "ddd") shown = WEEKDAYS[weekday].slice(0, 3);
      else if (lower === "dd") shown = pad(day);
      else if (lower === "d") shown = String(day);
      else if (lower === "hh" || lower === "h") {
        const n = twelveHour ? ((hours + 11) % 12) + 1 : hours;
        shown = lower === "hh" ? pad(n) : String(n);
      } else if (lower === "ss") shown = pad(secs);
      else if (lower === "s") shown = String(secs);
      else if (lower === "am/pm") shown = hours < 12 ? "AM" : "PM";
      else if (lower === "a/p") shown = hours < 12 ? "A" : "P";
      else shown = part;
      if (/^[a-z]/i.test(part)) previousWasHour = lower === "h" || lower === "hh";
      out += shown;
    });
  }
  return out;
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function formatNumber(value: number, tokens: readonly Token[]): string {
  // One entry per character, remembering whether it was format code or literal text.
  const chars = tokens.flatMap((token) => [...token.text].map((char) => ({ char, code: token.kind === "code" })));
  const isDigit = (i: number) => chars[i].code && /[0#?]/.test(chars[i].char);
  const firstDigit = chars.findIndex((_, i) => isDigit(i));
  if (firstDigit === -1) return chars.map((c) => c.char).join("");
  let lastDigit = firstDigit;
  chars.forEach((_, i) => {
    if (isDigit(i)) lastDigit = i;
  });
  // Commas right after the last digit placeholder scale by 1,000 each (e.g. "#,##0," for 천원).
  let scaling = 0;
  while (chars[lastDigit + 1 + scaling]?.code && chars[lastDigit + 1 + scaling].char === ",") scaling++;
  const core = chars
    .slice(firstDigit, lastDigit + 1)
    .filter((c) => c.code)
    .map((c) => c.char)
    .join("");
  const percent = chars.filter((c) => c.code && c.char === "%").length;
  const [integerPattern, fractionPattern = ""] = core.split(".");
  const hasPoint = core.includes(".");
  const grouping = integerPattern.includes(",");
  const minInteger = (integerPattern.match(/0/g) ?? []).length;
  const minFraction = (fractionPattern.match(/0/g) ?? []).length;
  const maxFraction = (fractionPattern.match(/[0#?]/g) ?? []).length;

  const scaled = (value * 100 ** percent) / 1000 ** scaling;
  let [integerDigits, fractionDigits = ""] = scaled.toFixed(maxFraction).split(".");
  while (fractionDigits.length > minFraction && fractionDigits.endsWith("0")) fractionDigits = fractionDigits.slice(0, -1);
  integerDigits = integerDigits.replace(/^0+/, "").padStart(minInteger, "0");
  if (grouping) integerDigits = groupThousands(integerDigits);
  // Excel keeps the decimal point even when no decimals show ("#,##0.##" shows 350,000.).
  const numberText = integerDigits + (hasPoint ? "." + fractionDigits : "");

  // Outside the digits, literals show as written and "%" as itself; other code characters are dropped.
  const outside = (slice: typeof chars) => slice.map((c) => (!c.code || c.char === "%" ? c.char : "")).join("");
  const literalsInside = chars.slice(firstDigit, lastDigit + 1).filter((c) => !c.code).map((c) => c.char).join("");
  return outside(chars.slice(0, firstDigit)) + numberText + literalsInside + outside(chars.slice(lastDigit + 1 + scaling));
}

function generalNumber(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude >= 1e11 || magnitude < 1e-9)) return value.toExponential(5).replace(/\.?0+e/, "E").replace("E+", "E+");
  return String(Number(value.toPrecision(10)));
}

/** The text and alignment Excel shows for a value in a cell with this number format. */
export function cellText(value: CellDisplayValue, numberFormat: string | null | undefined): CellText {
  if (value === null || value === undefined || value === "") return { text: "", align: "left" };
  if (typeof value === "boolean") return { text: value ? "TRUE" : "FALSE", align: "center" };
  if (typeof value === "string") return { text: value, align: ERROR_VALUE.test(value) ? "center" : "left" };
  if (!Number.isFinite(value)) return { text: "#NUM!", align: "center" };
  const format = numberFormat ?? "General";
  const parts = sections(format);
  let section = parts[0];
  const magnitude = Math.abs(value);
  if (value < 0 && parts.length >= 2) {
    section = parts[1];
  } else if (value === 0 && parts.length >= 3) {
    section = parts[2];
  }
  if (/^\s*(General)?\s*$/i.test(section) || section.trim() === "@") {
    return { text: generalNumber(value), align: "right" };
  }
  const tokens = tokenize(section);
  if (isDateFormat(tokens)) return { text: formatDateTime(value, tokens), align: "right" };
  const text = formatNumber(magnitude, tokens);
  const negativeSign = value < 0 && parts.length < 2 && /[1-9]/.test(text) ? "-" : "";
  return { text: negativeSign + text, align: "right" };
}

/**
 * What the formula bar shows for a number in a date-formatted cell: the date (and time, when the
 * format shows one) as it would be typed back, as Excel does; null for other cells, which show
 * the plain number. Typing the text back gives the same serial.
 */
export function dateInputText(value: CellDisplayValue, numberFormat: string | null | undefined): string | null {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 1) return null;
  const section = sections(numberFormat ?? "General")[0];
  if (/^\s*(General)?\s*$/i.test(section) || section.trim() === "@") return null;
  const tokens = tokenize(section);
  if (!isDateFormat(tokens)) return null;
  const code = tokens.map((t) => (t.kind === "code" ? t.text : "")).join("");
  const { year, month, day } = serialToDate(Math.floor(value));
  const date = `${year}-${pad(month)}-${pad(day)}`;
  const hasDate = /[yd]/i.test(code) || (/m/i.test(code) && !/[hs]/i.test(code));
  const hasTime = /[hs]/i.test(code) || value % 1 !== 0;
  if (!hasTime) return date;
  const seconds = Math.round((value - Math.floor(value)) * 86_400) % 86_400;
  const time = `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor((seconds % 3600) / 60))}:${pad(seconds % 60)}`;
  return hasDate ? `${date} ${time}` : time;
}
