/**
 * TOKRW and the rate rule it shares with the native Amount (KRW) column (schema/formulas.ts).
 * The FxRates table has Currency, KRW per unit, optional Per and optional As of.
 *
 * The rate rule (docs/formulas.md, "Which rate a row uses"), for one currency:
 *  1. With a date (Signed): the rate with the latest As of on or before that date.
 *  2. A date earlier than every rate: the earliest rate — fallback "beforeEveryRate".
 *  3. No date: the latest rate — fallback "noDate".
 *  A rate without an As of counts as older than any date. When two or more rates of the currency
 *  share the As of the rule picks, there is no rate (the column stays blank, TOKRW is #VALUE!):
 *  which one is meant cannot be guessed. A currency with no rate has none either. KRW needs no row.
 */
import { foldText, isBlank, normalizeCurrency, serialToIso, toDateSerial } from "../schema";
import { FX_COLUMNS, type FxColumnKey } from "../schema/formulas";
import { parseAmount } from "../money";
import { CellErrorValue, isBlankOrZero, readNumberCell, unwrapCell } from "./cells";
import { invalidValue } from "./errors";

/** Header spellings accepted for each FxRates column besides the schema's Korean and English labels. */
const FX_HEADER_ALIASES: Readonly<Record<FxColumnKey, readonly string[]>> = {
  currency: ["currency", "code", "통화코드"],
  krwPerUnit: ["rate", "krw", "환율", "매매기준율", "원/단위", "krwperunit"],
  per: ["unit", "단위", "per"],
  asOf: ["date", "as of", "기준일자", "날짜", "일자", "asof"],
};

export interface Rate {
  readonly code: string;
  /** Won per one unit of the currency (KRW per unit ÷ Per). */
  readonly wonPerUnit: number;
  /** Excel serial of As of; -Infinity for a rate without one. */
  readonly asOf: number;
  /** The rate's data row in the FxRates table, 1-based. */
  readonly rowNumber: number;
}

/** Why a row used the rate it did: "none" when the rule's first case applied. */
export type RateFallback = "none" | "beforeEveryRate" | "noDate";

export interface RateChoice {
  readonly rate: Rate;
  readonly fallback: RateFallback;
}

function fxColumnName(key: FxColumnKey): string {
  const column = FX_COLUMNS.find((c) => c.key === key)!;
  return `${column.ko} (${column.en})`;
}

function resolveFxHeaders(headers: readonly unknown[]): Partial<Record<FxColumnKey, number>> {
  const indexOf: Partial<Record<FxColumnKey, number>> = {};
  headers.forEach((header, index) => {
    const folded = foldText(header);
    for (const column of FX_COLUMNS) {
      const spellings = [column.en, column.ko, ...FX_HEADER_ALIASES[column.key]].map(foldText);
      if (spellings.includes(folded) && indexOf[column.key] === undefined) indexOf[column.key] = index;
    }
  });
  for (const key of ["currency", "krwPerUnit"] as const) {
    if (indexOf[key] === undefined) {
      throw invalidValue(
        `The rates table has no ${fxColumnName(key)} column. Headers found: ${headers.map((h) => String(h ?? "")).join(", ") || "(none)"}.`,
      );
    }
  }
  return indexOf;
}

/** A rates cell as the rule reads it: data types unwrapped; 0 (Excel desktop's blank) kept for the caller to judge. */
function rateCell(row: readonly unknown[], index: number | undefined, where: string, column: FxColumnKey): unknown {
  if (index === undefined) return null;
  const raw = row[index];
  const value = typeof raw === "object" && raw !== null ? unwrapCell(raw) : raw;
  if (value instanceof CellErrorValue) throw invalidValue(`${where}: ${fxColumnName(column)} holds the error ${value.code}.`);
  return value;
}

/**
 * The rates of one currency, sorted by As of. Every row is checked, as the native column's
 * arithmetic over the whole table is: a rate that is not a positive number anywhere in FxRates
 * blanks the column, and is #VALUE! here, naming the row.
 */
export function ratesOf(table: readonly (readonly unknown[])[], code: string): Rate[] {
  const indexOf = resolveFxHeaders((table[0] ?? []).map((h) => (typeof h === "object" && h !== null ? unwrapCell(h) : h)));
  const rates: Rate[] = [];
  for (let r = 1; r < table.length; r++) {
    const row = table[r];
    const rawCode = rateCell(row, indexOf.currency, `Rates row ${r}`, "currency");
    if (isBlankOrZero(rawCode)) continue; // a spare blank line in the rates table
    const where = `Rates row ${r} (${String(rawCode)})`;
    const rowCode = normalizeCurrency(rawCode);
    if (!rowCode) throw invalidValue(`${where}: "${String(rawCode)}" is not a currency.`);
    const krwCell = rateCell(row, indexOf.krwPerUnit, where, "krwPerUnit");
    const krw = readNumberCell(krwCell);
    if (!(krw > 0)) throw invalidValue(`${where}: ${fxColumnName("krwPerUnit")} is "${String(krwCell ?? "")}" — not a positive number.`);
    const perCell = rateCell(row, indexOf.per, where, "per");
    const per = isBlankOrZero(perCell) ? 1 : readNumberCell(perCell);
    if (!(per > 0)) throw invalidValue(`${where}: ${fxColumnName("per")} is "${String(perCell)}" — not a positive number.`);
    const asOfCell = rateCell(row, indexOf.asOf, where, "asOf");
    let asOf = Number.NEGATIVE_INFINITY;
    if (!isBlankOrZero(asOfCell)) {
      try {
        asOf = toDateSerial(asOfCell)!;
      } catch {
        throw invalidValue(`${where}: ${fxColumnName("asOf")} is "${String(asOfCell)}" — not a date.`);
      }
    }
    if (rowCode === code) rates.push({ code, wonPerUnit: krw / per, asOf, rowNumber: r });
  }
  return rates.sort((a, b) => a.asOf - b.asOf);
}

const asOfText = (asOf: number) => (Number.isFinite(asOf) ? serialToIso(asOf) : "no As of");

/** The rate rule (module comment) over one currency's sorted rates; a missing or ambiguous rate is #VALUE! saying why. */
export function chooseRate(code: string, rates: readonly Rate[], date: number | null): RateChoice {
  if (rates.length === 0) throw invalidValue(`No rate for ${code} in the rates table. Add a row for ${code}.`);
  let chosen: Rate;
  let fallback: RateFallback = "none";
  if (date === null) {
    chosen = rates[rates.length - 1];
    fallback = "noDate";
  } else {
    let usable: Rate | null = null;
    for (const rate of rates) if (rate.asOf <= date) usable = rate;
    if (usable) chosen = usable;
    else {
      chosen = rates[0];
      fallback = "beforeEveryRate";
    }
  }
  const tied = rates.filter((r) => r.asOf === chosen.asOf);
  if (tied.length > 1) {
    throw invalidValue(
      `The rates table has ${tied.length} rates for ${code} with the As of date the row needs (${asOfText(chosen.asOf)}; rows ${tied.map((t) => t.rowNumber).join(", ")}). Keep one rate per currency and As of date.`,
    );
  }
  return { rate: chosen, fallback };
}

function dateArgument(dateRaw: unknown): number | null {
  if (isBlankOrZero(dateRaw)) return null;
  try {
    return toDateSerial(dateRaw);
  } catch {
    throw invalidValue(`"${String(dateRaw)}" is not a date (use 2019-11-18 or an Excel date).`);
  }
}

/**
 * Won value of an amount. `amount` may be money text ("70만불"): its currency is used when the
 * currency argument is blank, and must agree with it otherwise.
 */
export function toKrw(amountRaw: unknown, currencyRaw: unknown, table: readonly (readonly unknown[])[], dateRaw: unknown): number {
  const parsed = parseAmount(amountRaw);
  let code: string | null = null;
  if (!isBlank(currencyRaw)) {
    code = normalizeCurrency(currencyRaw);
    if (!code) throw invalidValue(`"${String(currencyRaw)}" is not a currency. Use a code (USD) or a word such as 달러, 엔, 유로.`);
  }
  if (parsed.currency && code && parsed.currency !== code) {
    throw invalidValue(`"${String(amountRaw)}" is in ${parsed.currency}, but the currency argument says ${code}.`);
  }
  code = code ?? parsed.currency;
  // Nothing converts to nothing: a blank amount in a row without a currency yet is 0 won, not an error.
  if (parsed.amount === 0) return 0;
  if (!code) throw invalidValue(`No currency for ${String(amountRaw)}: pass one (USD, 달러, 엔 …).`);
  if (code === "KRW") return parsed.amount;
  const { rate } = chooseRate(code, ratesOf(table, code), dateArgument(dateRaw));
  return parsed.amount * rate.wonPerUnit;
}

/** What the validation panel says about a row's Amount (KRW) rate. */
export interface AmountKrwRateNote {
  /** "exact": the rule's first case; the fallbacks; "missing"/"unusable": no rate (none, tied, or an unreadable rates row), so the column is blank; "notNeeded": KRW or blank. */
  readonly kind: RateFallback | "exact" | "missing" | "unusable" | "notNeeded";
  /** ISO As of of the rate used, "" for a rate without one, null when none was used. */
  readonly asOf: string | null;
  readonly wonPerUnit: number | null;
  /** The sentence to show, in the panel's language; null when there is nothing to say. */
  readonly message: string | null;
}

/**
 * Which rate the Amount (KRW) column used for a row, and why, as the validation panel shows it
 * (issue 9 item 18). Pure: the FxRates table with its header row, the row's Currency and Signed
 * cells. Agrees with the native formula and with TOKRW by construction (same rule, chooseRate).
 */
export function explainAmountKrwRate(rates: readonly (readonly unknown[])[], currency: unknown, signed: unknown, language: "ko" | "en" = "ko"): AmountKrwRateNote {
  const code = isBlankOrZero(currency) ? null : normalizeCurrency(currency);
  if (code === null || code === "KRW") return { kind: "notNeeded", asOf: null, wonPerUnit: null, message: null };
  let date: number | null;
  try {
    date = isBlankOrZero(signed) ? null : toDateSerial(signed);
  } catch {
    date = null;
  }
  let choice: RateChoice;
  try {
    const list = ratesOf(rates, code);
    if (list.length === 0) {
      return {
        kind: "missing",
        asOf: null,
        wonPerUnit: null,
        message: language === "ko" ? `환율 표에 ${code} 환율이 없어 원화환산액이 비어 있습니다.` : `FxRates has no ${code} rate, so Amount (KRW) is blank.`,
      };
    }
    choice = chooseRate(code, list, date);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { kind: "unusable", asOf: null, wonPerUnit: null, message: language === "ko" ? `원화환산액이 비어 있습니다: ${detail}` : `Amount (KRW) is blank: ${detail}` };
  }
  const asOf = Number.isFinite(choice.rate.asOf) ? serialToIso(choice.rate.asOf) : "";
  const shown = asOf || (language === "ko" ? "기준일 없음" : "no As of");
  const message =
    choice.fallback === "beforeEveryRate"
      ? language === "ko"
        ? `체결일이 모든 ${code} 환율보다 앞서 가장 이른 환율(${shown})을 썼습니다.`
        : `Signed is earlier than every ${code} rate, so the earliest rate (${shown}) was used.`
      : choice.fallback === "noDate"
        ? language === "ko"
          ? `체결일이 없어 최신 ${code} 환율(${shown})을 썼습니다.`
          : `No Signed date, so the latest ${code} rate (${shown}) was used.`
        : null;
  return { kind: choice.fallback === "none" ? "exact" : choice.fallback, asOf, wonPerUnit: choice.rate.wonPerUnit, message };
}
