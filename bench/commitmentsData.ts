/**
 * Generated Commitments tables for the benches, shaped as Excel passes `Commitments[#All]`:
 * a header row, then rows of numbers, text and "" for blanks. `messy` mixes what real sheets
 * hold (Korean/English/odd-case enums, country codes and names, serial and text dates,
 * numeric text with commas, blank Amount (KRW) on KRW rows); `clean` stores one canonical
 * spelling per value, which HyperFormula's SUMIFS needs to be comparable.
 */
import { dateToSerial, headerRow } from "../src/schema";

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export const COUNTRY_SPELLINGS: readonly (readonly string[])[] = [
  ["US", "미국", "United States", "us", " USA "],
  ["CA", "캐나다", "Canada"],
  ["JP", "일본", "Japan", "jp"],
  ["DE", "독일", "Germany"],
  ["VN", "베트남", "Viet Nam", "VN"],
  ["CN", "중국", "China"],
];
const CATEGORY_SPELLINGS = [["수출", "Export", "export ", "EXPORT"], ["투자", "Investment", " 투자"], ["협력", "Cooperation"], ["교류", "exchange"]];
const STATUS_SPELLINGS = [["체결", "Signed"], ["이행중", "In progress"], ["완료", "Completed"], ["취소", "Cancelled"], ["추진중", "planned"]];
const INSTRUMENTS = ["MOU", "양해각서(MOU)", "LOI", "계약", "Contract", "협약"];

export function productNames(count: number): string[] {
  const base = ["단감", "파프리카", "Sweet Persimmon", "로봇", "굴", "딸기", "김", "화장품", "자동차부품", "공작기계"];
  return Array.from({ length: count }, (_, i) => (i < base.length ? base[i] : `품목${i + 1}`));
}

export interface GenerateOptions {
  readonly rows: number;
  readonly messy: boolean;
  readonly products?: number;
  readonly seed?: number;
}

export function generateCommitments({ rows, messy, products = 10, seed = 1118 }: GenerateOptions): unknown[][] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const spell = (spellings: readonly string[]) => (messy ? pick(spellings) : spellings[0]);
  const productList = productNames(products);
  const start = dateToSerial({ year: 2018, month: 1, day: 1 });
  const table: unknown[][] = [headerRow("ko")];
  for (let i = 0; i < rows; i++) {
    const serial = start + Math.floor(next() * 365 * 4);
    const signedRoll = next();
    const year = 2018 + Math.floor((serial - start) / 365);
    const signed = !messy
      ? serial
      : signedRoll < 0.7
        ? serial
        : signedRoll < 0.95
          ? new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10)
          : "";
    const krw = next() < 0.6;
    const amount = Math.round(next() * 1e7) * (krw ? 100 : 1);
    const amountKrw = krw ? amount : Math.round(amount * 1300);
    const amountRoll = next();
    const amountKrwCell = !messy || amountRoll < 0.7 ? amountKrw : amountRoll < 0.95 || !krw ? amountKrw.toLocaleString("en-US") : "";
    const country = pick(COUNTRY_SPELLINGS);
    const product = pick(productList);
    table.push([
      `창원-${year}-${String(i + 1).padStart(5, "0")}`,
      "창원시",
      signed,
      messy ? pick(INSTRUMENTS) : "양해각서(MOU)",
      spell(pick(CATEGORY_SPELLINGS)),
      `Partner ${Math.floor(next() * 500)}`,
      messy ? pick(["기업", "Company", "지방정부", ""]) : "기업",
      spell(country),
      `City ${country[0]}`,
      pick(["AI", "바이오", "Food", ""]),
      messy && next() < 0.1 ? ` ${product} ` : product,
      messy && next() < 0.5 ? 81070 : "081070",
      amount,
      krw ? (messy ? pick(["KRW", "원", "krw"]) : "KRW") : messy ? pick(["USD", "달러", "$"]) : "USD",
      amountKrwCell,
      next() < 0.3 ? "" : Math.round(amountKrw * next()),
      next() < 0.4 ? "" : messy && next() < 0.2 ? String(Math.floor(next() * 50)) : Math.floor(next() * 50),
      spell(pick(STATUS_SPELLINGS)),
      next() < 0.5 ? "" : serial + 365,
      pick(["김주무관", "이사무관", ""]),
      "보도자료",
      next() < 0.8 ? "" : "비고 메모 텍스트",
      serial + 0.5,
    ]);
  }
  return table;
}
