/**
 * Money and job counts in a clause, read with the project's Korean money parser (src/money):
 * "총 70만불의 수출 계약" is 700,000 USD, "25만 개 일자리" is 250,000 jobs. Forecasts
 * ("경제효과 300억 원", "파급효과") are never a commitment amount.
 */
import { AmountParseError, parseAmount } from "../money/parseAmount";

export interface MoneyMention {
  readonly start: number;
  readonly end: number;
  readonly amount: number;
  readonly currency: string;
}

export interface JobsMention {
  readonly start: number;
  readonly end: number;
  readonly jobs: number;
}

const NUMBER = "\\d[\\d,]*(?:\\.\\d+)?";
const KOREAN_UNITS = `(?:\\s?(?:조|억|만|천)(?:\\s?${NUMBER})?)*`;
const SYMBOL = "(?:US\\s?\\$|U\\.S\\.\\s?\\$|[ACS]\\$|HK\\$|\\$|€|£|¥|₩|￦)";
const ENGLISH_SCALE = "(?:\\s?(?:trillion|billion|million|thousand|bn|mn|tn)\\b|[mkb]\\b)?";
const WORD_CURRENCY =
  "(?:\\s?(?:미국\\s?달러|미\\s?달러|캐나다\\s?달러|호주\\s?달러|홍콩\\s?달러|싱가포르\\s?달러|달러|불|원|유로|엔|위안|파운드|루블|루피|바트|페소|동|링깃|루피아|USD|KRW|EUR|JPY|CNY|RMB|GBP|CAD|AUD|VND|dollars?|won|euros?|yen|yuan)(?![A-Za-z]))";
const MONEY = new RegExp(`(?:${SYMBOL}\\s?${NUMBER}${KOREAN_UNITS}${ENGLISH_SCALE}|${NUMBER}${KOREAN_UNITS}${ENGLISH_SCALE}${WORD_CURRENCY})`, "gi");

/** Words that make an amount a forecast or an effect, not what was agreed. */
const FORECAST = /(경제\s*효과|파급\s*효과|생산\s*유발|부가\s*가치|유발\s*효과|기대\s*효과|효과가|효과를|효과\s*\d|추산|전망|예상|economic\s+(?:effect|impact)|expected\s+to\s+generate|impact)/i;

/** Money in text[start, end), with the forecasts left out. */
export function moneyIn(text: string, start: number, end: number): MoneyMention[] {
  const clause = text.slice(start, end);
  const out: MoneyMention[] = [];
  MONEY.lastIndex = 0;
  for (let m = MONEY.exec(clause); m; m = MONEY.exec(clause)) {
    const raw = m[0];
    // "원" right after a number can start a word ("3개 원자력…"): the parser decides.
    let parsed;
    try {
      parsed = parseAmount(raw);
    } catch (error) {
      if (error instanceof AmountParseError) continue;
      throw error;
    }
    if (parsed.currency === null || !(parsed.amount > 0)) continue;
    const around = clause.slice(Math.max(0, m.index - 20), Math.min(clause.length, m.index + raw.length + 12));
    if (FORECAST.test(around)) continue;
    out.push({ start: start + m.index, end: start + m.index + raw.length, amount: parsed.amount, currency: parsed.currency });
  }
  return out;
}

const JOBS = new RegExp(
  `(${NUMBER}(?:\\s?(?:만|천|백))*\\s?(?:개|명)?)\\s?(?:의\\s?)?(?:신규\\s?)?(?:일자리|고용|jobs)|(?:일자리|고용\\s?창출|신규\\s?고용)\\s?(?:약\\s?)?(${NUMBER}(?:\\s?(?:만|천|백))*\\s?(?:개|명))`,
  "gi",
);

/** Job counts in text[start, end): "25만 개 일자리", "일자리 300개", "1,200 jobs". */
export function jobsIn(text: string, start: number, end: number): JobsMention[] {
  const clause = text.slice(start, end);
  const out: JobsMention[] = [];
  JOBS.lastIndex = 0;
  for (let m = JOBS.exec(clause); m; m = JOBS.exec(clause)) {
    const count = m[1] ?? m[2];
    let jobs: number;
    try {
      jobs = parseAmount(count).amount;
    } catch (error) {
      if (error instanceof AmountParseError) continue;
      throw error;
    }
    if (!Number.isInteger(jobs) || jobs <= 0) continue;
    const around = clause.slice(Math.max(0, m.index - 20), m.index + m[0].length + 12);
    if (FORECAST.test(around) && !/(창출|만들|create)/i.test(around)) continue;
    out.push({ start: start + m.index, end: start + m.index + m[0].length, jobs });
  }
  return out;
}
