import { CURRENCY_SPELLINGS, normalizeCurrency } from "../schema/currencies";

/** An amount read from money text, with the ISO currency it names (null when it names none). */
export interface ParsedAmount {
  readonly amount: number;
  readonly currency: string | null;
}

/** Thrown for text that is not an amount; the message quotes the text so the officer can find it. */
export class AmountParseError extends Error {
  readonly text: string;
  constructor(text: string, reason?: string) {
    super(
      `"${text}" is not an amount (금액으로 읽을 수 없음)${reason ? `: ${reason}` : ""}. ` +
        `Write e.g. 70만불, 6조 7,000억 원, 1,276만 달러, US$1.5 million, 25만 개.`,
    );
    this.name = "AmountParseError";
    this.text = text;
  }
}

/** English and romanised currency words press releases use that the schema's currency table lacks. */
const EXTRA_CURRENCY_WORDS: Readonly<Record<string, string>> = {
  won: "KRW",
  krw: "KRW",
  dollars: "USD",
  dollar: "USD",
  "u.s.$": "USD",
  yen: "JPY",
  euros: "EUR",
  euro: "EUR",
  yuan: "CNY",
  rmb: "CNY",
  달러화: "USD",
  유로화: "EUR",
};

/** Count units that make an amount of things rather than money ("25만 개" is 250,000 with no currency). */
const COUNT_UNITS: readonly string[] = [
  "개사", "개소", "개", "명", "건", "톤", "대", "척", "곳", "편", "회", "채", "마리", "그루", "상자", "박스", "kg", "t", "ha", "㎡", "m2",
];

/** Words that mark an amount as approximate or a scale ("약 5억 원", "300억여 원", "5억 원 가량", "20억원 규모"); the number is kept as written. */
const APPROX_PREFIXES: readonly string[] = ["approximately", "approx.", "approx", "about", "대략", "약"];
const APPROX_SUFFIXES: readonly string[] = ["가량", "정도", "내외", "상당", "규모", "여"];

/** Currency spellings, longest first so "캐나다달러" wins over "달러" and "us$" over "$". */
const CURRENCY_TOKENS: readonly string[] = [...new Set([...CURRENCY_SPELLINGS, ...Object.keys(EXTRA_CURRENCY_WORDS)])]
  .map((s) => s.toLowerCase())
  .sort((a, b) => b.length - a.length);

const UNIT_TOKENS: readonly string[] = [...COUNT_UNITS].sort((a, b) => b.length - a.length);

function currencyOf(spelling: string): string | null {
  return normalizeCurrency(spelling) ?? EXTRA_CURRENCY_WORDS[spelling] ?? null;
}

/** Korean place units: 천/백/십 inside a group of four digits, 만/억/조/경 between groups. */
const SMALL_UNITS: Readonly<Record<string, bigint>> = { 십: 10n, 백: 100n, 천: 1000n };
const BIG_UNITS: Readonly<Record<string, bigint>> = { 만: 10n ** 4n, 억: 10n ** 8n, 조: 10n ** 12n, 경: 10n ** 16n };
/** English multipliers; they apply to a single number ("1.5 million", "€2.3m", "$2bn", "500k"). */
const ENGLISH_MULTIPLIERS: Readonly<Record<string, bigint>> = {
  trillion: 10n ** 12n,
  tn: 10n ** 12n,
  billion: 10n ** 9n,
  bn: 10n ** 9n,
  b: 10n ** 9n,
  million: 10n ** 6n,
  mn: 10n ** 6n,
  mil: 10n ** 6n,
  m: 10n ** 6n,
  thousand: 1000n,
  k: 1000n,
};

type Token =
  | { kind: "number"; digits: string; fraction: string }
  | { kind: "small"; unit: bigint; text: string }
  | { kind: "big"; unit: bigint; text: string }
  | { kind: "english"; unit: bigint; text: string };

const NUMBER_PATTERN = /^(?:(\d{1,3}(?:,\d{3})+)|(\d+))?(?:\.(\d+))?/;
const ENGLISH_PATTERN = /^(trillion|billion|million|thousand|tn|bn|mn|mil|b|m|k)(?![a-z])/;

function tokenize(body: string, original: string): Token[] {
  const tokens: Token[] = [];
  let rest = body;
  while (rest.length > 0) {
    const space = /^\s+/.exec(rest);
    if (space) {
      rest = rest.slice(space[0].length);
      continue;
    }
    const number = NUMBER_PATTERN.exec(rest);
    if (number && number[0].length > 0 && number[0] !== ".") {
      if (/^\d/.test(rest.slice(number[0].length)) || /^,\d/.test(rest.slice(number[0].length))) {
        throw new AmountParseError(original, `misplaced thousands comma in "${rest}"`);
      }
      tokens.push({ kind: "number", digits: (number[1] ?? number[2] ?? "0").replace(/,/g, ""), fraction: number[3] ?? "" });
      rest = rest.slice(number[0].length);
      continue;
    }
    const first = rest[0];
    if (Object.hasOwn(SMALL_UNITS, first)) {
      tokens.push({ kind: "small", unit: SMALL_UNITS[first], text: first });
      rest = rest.slice(1);
      continue;
    }
    if (Object.hasOwn(BIG_UNITS, first)) {
      tokens.push({ kind: "big", unit: BIG_UNITS[first], text: first });
      rest = rest.slice(1);
      continue;
    }
    const english = ENGLISH_PATTERN.exec(rest);
    if (english) {
      tokens.push({ kind: "english", unit: ENGLISH_MULTIPLIERS[english[1]], text: english[1] });
      rest = rest.slice(english[0].length);
      continue;
    }
    throw new AmountParseError(original, `unexpected "${rest}"`);
  }
  return tokens;
}

/**
 * Evaluates the number tokens exactly in BigInt, scaled by 10^scale where scale is the
 * longest fraction written, so "6.6조" is exactly 6,600,000,000,000 and "20조1,213억" exactly
 * 20,121,300,000,000 (floating-point multiplication could be off by one in the last place).
 */
function evaluate(tokens: readonly Token[], original: string): number {
  const scale = Math.max(0, ...tokens.map((t) => (t.kind === "number" ? t.fraction.length : 0)));
  const one = 10n ** BigInt(scale);
  const scaled = (t: { digits: string; fraction: string }) =>
    BigInt(t.digits + t.fraction) * 10n ** BigInt(scale - t.fraction.length);

  let total = 0n;
  let group = 0n;
  let pending: bigint | null = null;
  let lastSmall: bigint | null = null;
  let lastBig: bigint | null = null;
  let sawEnglish = false;

  for (const token of tokens) {
    if (sawEnglish) throw new AmountParseError(original, `nothing may follow "${tokensText(tokens)}"`);
    switch (token.kind) {
      case "number":
        if (pending !== null) throw new AmountParseError(original, "two numbers in a row");
        pending = scaled(token);
        break;
      case "small":
        if (lastSmall !== null && token.unit >= lastSmall) {
          throw new AmountParseError(original, `"${token.text}" is out of order`);
        }
        group += (pending ?? one) * token.unit;
        pending = null;
        lastSmall = token.unit;
        break;
      case "big": {
        if (lastBig !== null && token.unit >= lastBig) {
          throw new AmountParseError(original, `"${token.text}" is out of order`);
        }
        const value = group + (pending ?? 0n);
        total += (value === 0n && pending === null && lastSmall === null ? one : value) * token.unit;
        group = 0n;
        pending = null;
        lastSmall = null;
        lastBig = token.unit;
        break;
      }
      case "english":
        if (pending === null || group !== 0n || total !== 0n) {
          throw new AmountParseError(original, `"${token.text}" must follow a single number`);
        }
        total = pending * token.unit;
        pending = null;
        sawEnglish = true;
        break;
    }
  }
  if (pending === null && lastSmall !== null && lastBig !== null && lastBig > BIG_UNITS.만) {
    // A bare 천/백/십 after 억 counts 만s, after 조 counts 억s (the next group down): an officer's
    // "1억2천" is 1억 2천만 = 120,000,000, never 100,002,000.
    total += group * (lastBig / BIG_UNITS.만);
  } else {
    total += group + (pending ?? 0n);
  }
  return scale === 0 ? Number(total) : Number(total) / Number(one);
}

function tokensText(tokens: readonly Token[]): string {
  return tokens.map((t) => (t.kind === "number" ? t.digits + (t.fraction ? `.${t.fraction}` : "") : t.text)).join("");
}

function stripPrefix(text: string, candidates: readonly string[]): { rest: string; match: string | null } {
  for (const candidate of candidates) {
    if (text.startsWith(candidate)) return { rest: text.slice(candidate.length).trimStart(), match: candidate };
  }
  return { rest: text, match: null };
}

function stripSuffix(text: string, candidates: readonly string[]): { rest: string; match: string | null } {
  for (const candidate of candidates) {
    if (text.endsWith(candidate)) return { rest: text.slice(0, text.length - candidate.length).trimEnd(), match: candidate };
  }
  return { rest: text, match: null };
}

/** A leading or trailing ISO code such as "USD 100" or "100 usd" (only codes Intl knows). */
function stripIsoCode(text: string, at: "start" | "end"): { rest: string; code: string | null } {
  const match = at === "start" ? /^([a-z]{3})(?=[\s\d.$-]|$)/.exec(text) : /(?:^|[\s\d.])([a-z]{3})$/.exec(text);
  if (!match) return { rest: text, code: null };
  const code = normalizeCurrency(match[1]);
  if (!code) return { rest: text, code: null };
  const rest = at === "start" ? text.slice(3).trimStart() : text.slice(0, text.length - 3).trimEnd();
  return { rest, code };
}

const MINUS_SIGNS = ["-", "\u2212", "△"];

/** "1500000", "1,500,000", "1500.25": digits (optionally comma-grouped), an optional fraction, nothing else. */
const PLAIN_NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/**
 * "1.000" is one thousand in much of Europe and 1 in English: a dot followed by exactly three
 * digits, after one to three digits with no thousands comma, cannot be read without guessing,
 * so it is an error that asks for the amount written unambiguously.
 */
const AMBIGUOUS_DOT = /^[1-9]\d{0,2}\.\d{3}$/;

function rejectAmbiguousDot(number: string, original: string): void {
  if (AMBIGUOUS_DOT.test(number)) {
    throw new AmountParseError(
      original,
      `"${number}" could be ${number.replace(".", "")} (a thousands dot) or ${Number(number)} (a decimal point); write ${number.replace(".", ",")} or ${Number(number)}`,
    );
  }
}

/**
 * The value of plain number text, the form most amount cells take, without the tokenising below
 * (sync reads an amount for every row of a 10,000-row import); null for anything else. The result
 * is what evaluate() gives: an integer is the same correctly rounded double either way, and a
 * fraction is taken here only while all its digits fit in a double exactly (at most 15), where
 * evaluate()'s exact quotient and Number's correctly rounded parse agree.
 */
function plainNumber(text: string, original: string): number | null {
  if (!PLAIN_NUMBER.test(text)) return null;
  rejectAmbiguousDot(text, original);
  const digits = text.includes(",") ? text.replace(/,/g, "") : text;
  if (digits.includes(".") && digits.length > 16) return null;
  return Number(digits);
}

/**
 * Reads Korean and English money notation.
 *
 * - Korean units: 만 (10^4), 억 (10^8), 조 (10^12), 경 (10^16), and 천/백/십 inside a group:
 *   "6조7천억 원" → 6.7e12 KRW, "795만7천달러" → 7,957,000 USD, "천만 원" → 10,000,000 KRW.
 * - English multipliers after a single number: million/m/mn, billion/bn/b, trillion/tn, thousand/k.
 * - Currency before or after the number: symbols and words known to the schema (원, 불, 달러, 엔,
 *   유로, $, US$, €, ¥ …), ISO codes, won/dollars/yen/euro.
 * - Count units (개, 명, 건, 톤 …) give an amount with no currency: "25만 개" → 250,000.
 * - 약/대략/about before, 여/가량/정도 after mark an approximation; the number is kept as written.
 * - A leading "-", "−" or "△" (Korean budget documents' minus) makes the amount negative.
 * - Numbers pass through; blank (null, undefined, "") is 0 with no currency.
 *
 * Anything else throws AmountParseError quoting the text.
 */
export function parseAmount(text: unknown): ParsedAmount {
  if (text === null || text === undefined) return { amount: 0, currency: null };
  if (typeof text === "number") {
    if (!Number.isFinite(text)) throw new AmountParseError(String(text), "not a finite number");
    return { amount: text, currency: null };
  }
  if (typeof text === "boolean") throw new AmountParseError(String(text), "TRUE/FALSE is not money");
  const original = String(text);
  const plain = plainNumber(original, original);
  if (plain !== null) return { amount: plain, currency: null };
  let rest = original.normalize("NFKC").trim().toLowerCase();
  if (rest === "") return { amount: 0, currency: null };

  let negative = false;
  const takeSign = () => {
    const sign = stripPrefix(rest, MINUS_SIGNS);
    if (sign.match) {
      if (negative) throw new AmountParseError(original, "two minus signs");
      negative = true;
      rest = sign.rest;
    }
  };

  rest = stripPrefix(rest, APPROX_PREFIXES).rest;
  takeSign();

  const currencies: string[] = [];
  const leading = stripPrefix(rest, CURRENCY_TOKENS);
  if (leading.match) {
    currencies.push(currencyOf(leading.match)!);
    rest = leading.rest;
  } else {
    const iso = stripIsoCode(rest, "start");
    if (iso.code) {
      currencies.push(iso.code);
      rest = iso.rest;
    }
  }
  takeSign();

  let countUnit = false;
  for (let again = true; again; ) {
    again = false;
    const approx = stripSuffix(rest, APPROX_SUFFIXES.filter((s) => s !== "여"));
    if (approx.match) {
      rest = approx.rest;
      again = true;
    }
  }
  const trailing = stripSuffix(rest, CURRENCY_TOKENS);
  if (trailing.match) {
    currencies.push(currencyOf(trailing.match)!);
    rest = trailing.rest;
  } else {
    const iso = stripIsoCode(rest, "end");
    if (iso.code) {
      currencies.push(iso.code);
      rest = iso.rest;
    } else {
      const unit = stripSuffix(rest, UNIT_TOKENS);
      // "m" and "t" also read as million and ton; a unit needs a number or Korean unit before it.
      if (unit.match && /[\d만억조경천백십]$/.test(unit.rest)) {
        countUnit = true;
        rest = unit.rest;
      }
    }
  }
  rest = stripSuffix(rest, ["여"]).rest;

  const distinct = [...new Set(currencies)];
  if (distinct.length > 1) throw new AmountParseError(original, `it names two currencies (${distinct.join(", ")})`);
  if (countUnit && distinct.length > 0) throw new AmountParseError(original, "it names both a currency and a count unit");
  if (rest === "") throw new AmountParseError(original, "there is no number");

  const tokens = tokenize(rest, original);
  if (!tokens.some((t) => t.kind === "number" || t.kind === "big" || t.kind === "small")) {
    throw new AmountParseError(original, "there is no number");
  }
  const last = tokens[tokens.length - 1];
  if (last.kind === "number" && last.fraction.length === 3) rejectAmbiguousDot(`${last.digits}.${last.fraction}`, original);
  const amount = evaluate(tokens, original);
  return { amount: negative && amount !== 0 ? -amount : amount, currency: distinct[0] ?? null };
}
