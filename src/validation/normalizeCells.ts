/**
 * The cell rules of normalisation, for any table whose columns use the schema's cell types
 * (Commitments; the Progress ledger's are a subset): text, IDs, enums, countries, currencies,
 * dates, Korean money notation and counts, HS codes; then Amount and Currency reconciled and the
 * required columns checked. normalizeRow adds the Commitments table's cross-field checks.
 */
// Imported from the schema's modules rather than its barrel: this runs for every cell of an
// import, and where the code runs as CommonJS (tsx, jest) each call through a barrel's re-export
// costs two property getters.
import { columnSpec, type ColumnSpec, type EnumOption, type Language } from "../schema/columns";
import { normalizeCountry } from "../schema/countries";
import { normalizeCurrency } from "../schema/currencies";
import { DateParseError, MAX_DATE_SERIAL, toDateSerial } from "../schema/dates";
import { matchEnum } from "../schema/enums";
import { isBlank, isBlankText } from "../schema/text";
import { AmountParseError, parseAmount } from "../money/parseAmount";
import type { FieldProblem, LocalizedMessage, ProblemCode } from "./problems";

export type CellValue = string | number | boolean | null;

/** What normalisation needs to know of a column: Commitments' ColumnSpec and Progress's spec both are one. */
export interface CellSpec<K extends string> {
  readonly key: K;
  readonly en: string;
  readonly ko: string;
  readonly type: ColumnSpec["type"];
  readonly required: boolean;
  readonly options?: readonly EnumOption[];
}

/** What a blank cell holds once normalised: Excel reads empty cells as "". */
const BLANK = "";

/** Excel's limit on the characters in one cell: longer text cannot be written (or is cut). */
export const MAX_CELL_TEXT = 32_767;

const EXCEL_ERROR = /^#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|BUSY!|FIELD!|BLOCKED!|CONNECT!|UNKNOWN!|GETTING_DATA)/i;

/** Jobs are often written "120명" or "1,200 jobs"; the counting word carries no information. */
const COUNT_WORDS = /\s*(명|개|인|people|persons|jobs?)$/i;

/** HS codes: 2 to 10 digits in pairs, written plain (870323) or dotted (8703.23, 8703.23.10). */
const HS_PLAIN = /^(\d{2}){1,5}$/;
const HS_DOTTED = /^\d{4}(\.\d{2}){1,3}$/;

/** Cells are quoted in messages; long notes are cut so the message stays readable. */
function quote(value: unknown): string {
  const text = String(value).trim();
  return `"${text.length > 40 ? `${text.slice(0, 39)}…` : text}"`;
}


function problem<K extends string>(column: K, code: ProblemCode, ko: string, en: string): FieldProblem<K> {
  return { column, code, message: { ko, en } };
}

const CURRENCY_LABEL: LocalizedMessage = { ko: columnSpec("currency").ko, en: columnSpec("currency").en };

function trimmed(value: unknown): CellValue {
  if (value === null || value === undefined) return BLANK;
  // Invisible-only text (a zero-width space) is blank: it looks empty and must not count as a value.
  if (typeof value === "string") return isBlankText(value) ? BLANK : value.trim();
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString();
  return String(value).trim();
}

type NumberResult =
  | { kind: "blank" }
  | { kind: "number"; amount: number; currency: string | null }
  | { kind: "error"; reason: LocalizedMessage };

/** A numeric cell or Korean money text ("70만불", "6조7천억 원", "1,200"). */
function readNumber(value: unknown, allowCountWords: boolean): NumberResult {
  if (isBlank(value)) return { kind: "blank" };
  if (typeof value === "number") {
    return Number.isFinite(value)
      ? { kind: "number", amount: value, currency: null }
      : { kind: "error", reason: { ko: `${value}은(는) 유한한 숫자가 아닙니다.`, en: `${value} is not a finite number.` } };
  }
  if (typeof value === "boolean") {
    return { kind: "error", reason: { ko: `${value}은(는) 숫자가 아니라 참/거짓 값입니다.`, en: `${value} is TRUE/FALSE, not a number.` } };
  }
  let text = String(value).trim();
  if (EXCEL_ERROR.test(text)) {
    return { kind: "error", reason: { ko: `셀에 수식 오류 ${text}가 표시됩니다.`, en: `the cell shows the error ${text}.` } };
  }
  if (allowCountWords) text = text.replace(COUNT_WORDS, "");
  try {
    // parseAmount reads the sign itself, so "--5" is an error here exactly as in the entry form
    // (stripping one minus first made it +5).
    const parsed = parseAmount(text);
    if (!Number.isFinite(parsed.amount)) {
      // "9" × 400 parses to Infinity: stored, it would fail every later sync and formula the same way.
      return {
        kind: "error",
        reason: { ko: `${quote(value)}은(는) 너무 큰 수입니다.`, en: `${quote(value)} is too large a number.` },
      };
    }
    return { kind: "number", amount: parsed.amount, currency: parsed.currency };
  } catch (error) {
    if (!(error instanceof AmountParseError)) throw error;
    return {
      kind: "error",
      reason: {
        ko: `${quote(value)}은(는) 숫자나 금액으로 읽을 수 없습니다. 예: 70만불, 6조 7,000억 원, 1,276만 달러, 1500000.`,
        en: `${quote(value)} is not a number or amount. Write e.g. 70만불, 6조 7,000억 원, US$1.5 million, 1500000.`,
      },
    };
  }
}

function readDate(value: unknown): { serial: number | null } | { error: string } {
  try {
    const serial = toDateSerial(value);
    // Serial 0 ("0" typed in Signed) and dates before 1900 have no Excel date; past 9999-12-31 neither.
    if (serial !== null && (serial < 1 || serial > MAX_DATE_SERIAL)) return { error: `${serial} is outside Excel's dates.` };
    return { serial };
  } catch (error) {
    if (error instanceof DateParseError) return { error: error.message };
    throw error;
  }
}

function readDateTime(value: unknown): { serial: number | null } | { error: string } {
  if (typeof value === "number" && Number.isFinite(value) && value >= 1 && value < MAX_DATE_SERIAL + 1) return { serial: value };
  return readDate(value);
}

function normalizeHsCode(value: unknown): string | null {
  const text = typeof value === "number" ? String(value) : String(value).trim().replace(/\s+/g, "");
  // A numeric cell loses the leading zero of chapters 01–09 (0303 becomes 303).
  const padded = typeof value === "number" && text.length % 2 === 1 ? `0${text}` : text;
  return HS_PLAIN.test(padded) || HS_DOTTED.test(padded) ? padded : null;
}

/**
 * The per-cell half of normalisation, for any table whose columns use the schema's cell types
 * (Commitments; the Progress ledger's are a subset): each supplied cell read as its column's type
 * into `row`, each unreadable one kept as its text with a problem. Returns the currency that Amount
 * text carried ("70만불" → USD), for reconcileAmountCurrency.
 */
export function normalizeCells<K extends string>(
  specs: readonly CellSpec<K>[],
  raw: Readonly<Partial<Record<K, unknown>>>,
  language: Language,
  row: Record<K, CellValue>,
  problems: FieldProblem<K>[],
): string | null {
  /** Currency that Amount text carried ("70만불" → USD). */
  let amountCurrency: string | null = null;
  for (const spec of specs) {
    const value = raw[spec.key];
    // Blank (isBlank): the row's field stays BLANK, which is what trimmed() gives for it.
    if (value === null || value === undefined) continue;
    const cell = trimmed(value);
    if (cell !== BLANK) row[spec.key] = cell;
    if (typeof value === "string" && cell === BLANK) continue;
    if (typeof cell === "string" && cell.length > MAX_CELL_TEXT) {
      problems.push(
        problem(
          spec.key,
          "tooLong",
          `${spec.ko}: ${cell.length.toLocaleString("ko-KR")}자입니다. 엑셀 셀에는 ${MAX_CELL_TEXT.toLocaleString("ko-KR")}자까지만 들어갑니다.`,
          `${spec.en}: ${cell.length.toLocaleString("en-US")} characters; an Excel cell holds at most ${MAX_CELL_TEXT.toLocaleString("en-US")}.`,
        ),
      );
      continue;
    }
    // Text and ID cells are stored trimmed, as they are.
    if (spec.type === "text" || spec.type === "id") continue;
    const name: LocalizedMessage = spec; // its ko and en labels, for messages

    switch (spec.type) {
      case "enum": {
        const option = matchEnum(spec.options ?? [], value);
        if (option) row[spec.key] = option[language];
        else {
          problems.push(
            problem(
              spec.key,
              "unknownEnum",
              `${name.ko}: ${quote(value)}은(는) 목록에 없는 값입니다. 다음 중 하나를 고르세요: ${(spec.options ?? []).map((o) => o.ko).join(", ")}.`,
              `${name.en}: ${quote(value)} is not in the list. Choose one of: ${(spec.options ?? []).map((o) => o.en).join(", ")}.`,
            ),
          );
        }
        break;
      }
      case "country": {
        const code = normalizeCountry(value);
        if (code) row[spec.key] = code;
        else
          problems.push(
            problem(
              spec.key,
              "badCountry",
              `${name.ko}: ${quote(value)}은(는) 알 수 없는 국가입니다. 국가명(미국, United States)이나 ISO 코드(US)를 쓰세요.`,
              `${name.en}: ${quote(value)} is not a known country. Use a country name (미국, United States) or ISO code (US).`,
            ),
          );
        break;
      }
      case "currency": {
        const code = normalizeCurrency(value);
        if (code) row[spec.key] = code;
        else
          problems.push(
            problem(
              spec.key,
              "badCurrency",
              `${name.ko}: ${quote(value)}은(는) 알 수 없는 통화입니다. ISO 코드(USD, EUR)나 원·달러·엔·유로를 쓰세요.`,
              `${name.en}: ${quote(value)} is not a known currency. Use an ISO code (USD, EUR) or 원, 달러, 엔, 유로.`,
            ),
          );
        break;
      }
      case "date":
      case "datetime": {
        const read = spec.type === "date" ? readDate(value) : readDateTime(value);
        if ("serial" in read) row[spec.key] = read.serial ?? BLANK;
        else
          problems.push(
            problem(
              spec.key,
              "badDate",
              `${name.ko}: ${quote(value)}은(는) 날짜가 아닙니다. 2019-11-18, 2019.11.18, 2019년 11월 18일처럼 쓰세요.`,
              `${name.en}: ${quote(value)} is not a date. Write it like 2019-11-18, 2019.11.18 or 2019년 11월 18일.`,
            ),
          );
        break;
      }
      case "number":
      case "integer": {
        const read = readNumber(value, spec.type === "integer");
        if (read.kind === "blank") break;
        if (read.kind === "error") {
          problems.push(
            problem(spec.key, "notNumeric", `${name.ko}: ${read.reason.ko}`, `${name.en}: ${read.reason.en}`),
          );
          break;
        }
        row[spec.key] = read.amount;
        const isCount = spec.type === "integer";
        if (spec.key === "amount") amountCurrency = read.currency;
        // A count has no currency at all ("3천만원" is not 30,000,000 jobs); the KRW columns take won only.
        else if (read.currency !== null && (isCount || read.currency !== "KRW")) {
          problems.push(
            problem(
              spec.key,
              isCount ? "notNumeric" : "badCurrency",
              isCount
                ? `${name.ko}: ${quote(value)}은(는) 인원수여야 합니다 (통화 ${read.currency} 불가).`
                : `${name.ko}: ${quote(value)}은(는) ${read.currency} 금액입니다. 이 열은 원화로 적습니다.`,
              isCount
                ? `${name.en}: ${quote(value)} must be a count of jobs, not a ${read.currency} amount.`
                : `${name.en}: ${quote(value)} is in ${read.currency}; this column is in won (KRW).`,
            ),
          );
        }
        if (read.amount < 0) {
          problems.push(
            problem(
              spec.key,
              "negativeAmount",
              `${name.ko}: ${quote(value)}은(는) 음수입니다. 0 이상이어야 합니다.`,
              `${name.en}: ${quote(value)} is negative; it must be 0 or more.`,
            ),
          );
        } else if (spec.type === "integer" && !Number.isInteger(read.amount)) {
          problems.push(
            problem(
              spec.key,
              "notNumeric",
              `${name.ko}: ${quote(value)}은(는) 정수가 아닙니다.`,
              `${name.en}: ${quote(value)} is not a whole number.`,
            ),
          );
        }
        break;
      }
      case "hsCode": {
        const code = normalizeHsCode(value);
        if (code) row[spec.key] = code;
        else
          problems.push(
            problem(
              spec.key,
              "badHsCode",
              `${name.ko}: ${quote(value)}은(는) HS코드가 아닙니다. 870323이나 8703.23처럼 2~10자리 숫자로 쓰세요.`,
              `${name.en}: ${quote(value)} is not an HS code. Use 2 to 10 digits, like 870323 or 8703.23.`,
            ),
          );
        break;
      }
    }
  }

  return amountCurrency;
}

/**
 * "70만불" in Amount fills a blank Currency; a different Currency is a contradiction, not a guess.
 * For any table with Amount and Currency columns (Commitments, Progress).
 */
export function reconcileAmountCurrency<K extends string>(
  row: Record<K | "amount" | "currency", CellValue>,
  raw: Readonly<Partial<Record<K | "amount" | "currency", unknown>>>,
  amountCurrency: string | null,
  problems: FieldProblem<K | "currency">[],
): void {
  const currencyLabel = CURRENCY_LABEL;
  if (amountCurrency !== null) {
    if (isBlank(raw.currency)) row.currency = amountCurrency;
    else {
      const stated = normalizeCurrency(raw.currency);
      if (stated !== null && stated !== amountCurrency) {
        problems.push(
          problem(
            "currency",
            "badCurrency",
            `${currencyLabel.ko}: 금액 ${quote(raw.amount)}은(는) ${amountCurrency}인데 통화는 ${stated}입니다. 하나로 맞추세요.`,
            `${currencyLabel.en}: Amount ${quote(raw.amount)} is in ${amountCurrency} but Currency says ${stated}. Make them agree.`,
          ),
        );
      }
    }
  }
  if (typeof row.amount === "number" && isBlank(row.currency)) {
    problems.push(
      problem(
        "currency",
        "required",
        `${currencyLabel.ko}: 금액이 있으면 통화가 필요합니다 (예: KRW, USD, 또는 금액에 '70만불'처럼).`,
        `${currencyLabel.en}: an Amount needs a Currency (e.g. KRW, USD, or write the amount like "70만불").`,
      ),
    );
  }
}

/** Each required column (of `required`, Commitments' by default) left blank is a "required" problem. */
export function checkRequired<K extends string>(row: Readonly<Record<K, CellValue>>, problems: FieldProblem<K>[], required: readonly CellSpec<K>[]): void {
  for (const column of required) {
    const value = row[column.key];
    // isBlank(value), written out: it runs for every required column of every row.
    if (!(value === null || value === undefined || (typeof value === "string" && value.trim() === ""))) continue;
    problems.push({ column: column.key, code: "required", message: { ko: `${column.ko}: 필수 항목입니다.`, en: `${column.en}: required.` } });
  }
}
