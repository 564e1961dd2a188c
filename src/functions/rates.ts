/**
 * TOKRW: converts an amount to won with an FxRates table (Currency, KRW per unit, optional Per,
 * optional As of). With a date, the latest rate on or before it applies; without one, the
 * latest rate in the table. KRW needs no row.
 */
import { foldText, isBlank, normalizeCurrency, serialToIso, toDateSerial } from "../schema";
import { FX_COLUMNS, type FxColumnKey } from "../schema/formulas";
import { parseAmount } from "../money";
import { invalidValue } from "./errors";
import { readNumberCell } from "./table";

/** Header spellings accepted for each FxRates column besides the schema's Korean and English labels. */
const FX_HEADER_ALIASES: Readonly<Record<FxColumnKey, readonly string[]>> = {
  currency: ["currency", "code", "통화코드"],
  krwPerUnit: ["rate", "krw", "환율", "매매기준율", "원/단위", "krwperunit"],
  per: ["unit", "단위", "per"],
  asOf: ["date", "as of", "기준일자", "날짜", "일자", "asof"],
};

interface Rate {
  readonly code: string;
  /** Won per one unit of the currency (KRW per unit ÷ Per). */
  readonly wonPerUnit: number;
  /** Excel serial of As of; -Infinity when the table has no As of column. */
  readonly asOf: number;
  readonly rowNumber: number;
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

const rateTables = new WeakMap<object, Map<string, Rate[]>>();

/** Rates by currency, each list sorted by As of; cached by array identity like the Commitments model. */
function ratesByCurrency(table: readonly (readonly unknown[])[]): Map<string, Rate[]> {
  const cached = rateTables.get(table);
  if (cached) return cached;
  const indexOf = resolveFxHeaders(table[0] ?? []);
  const byCurrency = new Map<string, Rate[]>();
  for (let r = 1; r < table.length; r++) {
    const row = table[r];
    const rawCode = row[indexOf.currency!];
    if (isBlank(rawCode)) continue; // a spare blank line in the rates table
    const where = `Rates row ${r} (${String(rawCode)})`;
    const code = normalizeCurrency(rawCode);
    if (!code) throw invalidValue(`${where}: "${String(rawCode)}" is not a currency.`);
    const krw = readNumberCell(row[indexOf.krwPerUnit!]);
    if (!(krw > 0)) throw invalidValue(`${where}: ${fxColumnName("krwPerUnit")} is "${String(row[indexOf.krwPerUnit!] ?? "")}" — not a positive number.`);
    const perRaw = indexOf.per === undefined ? null : row[indexOf.per];
    const per = isBlank(perRaw) ? 1 : readNumberCell(perRaw);
    if (!(per > 0)) throw invalidValue(`${where}: ${fxColumnName("per")} is "${String(perRaw)}" — not a positive number.`);
    let asOf = Number.NEGATIVE_INFINITY;
    if (indexOf.asOf !== undefined && !isBlank(row[indexOf.asOf])) {
      try {
        asOf = toDateSerial(row[indexOf.asOf])!;
      } catch {
        throw invalidValue(`${where}: ${fxColumnName("asOf")} is "${String(row[indexOf.asOf])}" — not a date.`);
      }
    }
    const list = byCurrency.get(code) ?? [];
    list.push({ code, wonPerUnit: krw / per, asOf, rowNumber: r });
    byCurrency.set(code, list);
  }
  for (const list of byCurrency.values()) list.sort((a, b) => a.asOf - b.asOf);
  rateTables.set(table, byCurrency);
  return byCurrency;
}

function pickRate(code: string, rates: readonly Rate[] | undefined, date: number | null): Rate {
  if (!rates || rates.length === 0) throw invalidValue(`No rate for ${code} in the rates table. Add a row for ${code}.`);
  if (date === null) {
    const latest = rates[rates.length - 1];
    const tied = rates.filter((r) => r.asOf === latest.asOf);
    if (tied.length > 1) {
      throw invalidValue(
        `The rates table has ${tied.length} rates for ${code} with the same As of date (rows ${tied.map((t) => t.rowNumber).join(", ")}). Give each an As of date or pass a date.`,
      );
    }
    return latest;
  }
  const usable = rates.filter((rate) => rate.asOf <= date);
  if (usable.length === 0) {
    throw invalidValue(`No rate for ${code} on or before ${serialToIso(date)}; the earliest is ${serialToIso(rates[0].asOf)}.`);
  }
  const chosen = usable[usable.length - 1];
  const tied = usable.filter((r) => r.asOf === chosen.asOf);
  if (tied.length > 1) {
    throw invalidValue(
      `The rates table has ${tied.length} rates for ${code} that apply on ${serialToIso(date)} (rows ${tied.map((t) => t.rowNumber).join(", ")}). Keep one per As of date.`,
    );
  }
  return chosen;
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

  let date: number | null = null;
  if (!isBlank(dateRaw)) {
    try {
      date = toDateSerial(dateRaw);
    } catch {
      throw invalidValue(`"${String(dateRaw)}" is not a date (use 2019-11-18 or an Excel date).`);
    }
  }
  const rate = pickRate(code, ratesByCurrency(table).get(code), date);
  return parsed.amount * rate.wonPerUnit;
}
