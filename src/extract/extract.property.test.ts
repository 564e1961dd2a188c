/**
 * Properties over any input: a result or an ExtractError (never a TypeError or another crash),
 * and every span inside the text. The generator mixes arbitrary Unicode (lone surrogates, NUL,
 * controls included) with the genre's own words, so the deep paths (partners, dates, money,
 * lists, merges) run on broken text too.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { ExtractError, extractCommitments, MAX_TEXT_LENGTH, type ExtractResult } from ".";
import { COLUMN_KEYS } from "../schema/columns";

const SEONGNAM = readFileSync(path.join(__dirname, "../../test/fixtures/press/seongnam-2015-us-trip.txt"), "utf8");
const CHANGWON = readFileSync(path.join(__dirname, "../../test/fixtures/press/changwon-2019-north-america-trip.txt"), "utf8");

const GENRE = [
  "MOU", "업무협약", "양해각서", "의향서(LOI)", "협약", "자매결연", "우호도시 협약", "수출 계약", "투자협약(MOA)", "전략적 제휴",
  "을 체결했다.", "을 체결할 계획이다.", " 체결 ", "에 공동 서명했다.", "을 시작으로 ", "를 방문해 ", "와 ", "과 ", "와는 ", "-", " 간 ",
  "70만불", "500억 원", "US$1.5 million", "25만 개 일자리", "경제효과 3000억원", "▲", "△", "①", "\n", " ", ", ", ".",
  "4월 6일", "8일(현지시각)", "지난 6월28일", "12일 오후", "10박 12일", "기사입력 2015/04/10 [14:38]", "승인 2024.09.04 19:17",
  "시애틀", "미국", "캐나다 워털루 시", "LA지회", "오클랜드", "성남시", "창원시장", "세계경제과학도시연합(이하 도시연합) 창립식", "3일 창립식",
  "시범사업으로 추진할 계획이다.", "2025년 ", "관련기사", "사진=", "광고", "댓글 0", "signed an MOU with the City of Seattle on April 6, 2015.", "Daejeon and the City of Seattle signed ", " between Daejeon and ", "이번 협약으로 ", "지난달 ", "3. 14.(목) ", "보도일 2024. 3. 15.",
  "'", "‘", "’", "(", ")", "\u0000", "\ud800", "\udfff", "\u200b", "\r\n",
];

const genreText = fc
  .array(fc.oneof(fc.constantFrom(...GENRE), fc.string({ unit: "binary", maxLength: 12 }), fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 6 })), {
    maxLength: 60,
  })
  .map((parts) => parts.join(""));

const anyText = fc.oneof(genreText, fc.string({ unit: "binary" }), fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }));

const options = fc.record(
  {
    agency: fc.oneof(fc.constantFrom("성남시", "창원시", "대전광역시", "", " "), fc.string()),
    referenceDate: fc.oneof(fc.constantFrom("2015-04-10", "2024-02-29", "2023-13-01", "", "not a date"), fc.string()),
    language: fc.constantFrom("ko" as const, "en" as const),
  },
  { requiredKeys: [] },
);

const KEYS = new Set<string>(COLUMN_KEYS);

function expectWellFormed(text: string, result: ExtractResult): void {
  expect(result.documentDate === null || /^\d{4}-\d{2}-\d{2}$/.test(result.documentDate)).toBe(true);
  for (const warning of result.warnings) expect(typeof warning.ko === "string" && typeof warning.en === "string").toBe(true);
  for (const suggestion of result.suggestions) {
    expect(suggestion.confidence).toBeGreaterThanOrEqual(0);
    expect(suggestion.confidence).toBeLessThanOrEqual(1);
    expect(text.slice(suggestion.sentence.start, suggestion.sentence.end)).toBe(suggestion.sentence.text);
    for (const [key, value] of Object.entries(suggestion.fields)) {
      expect(KEYS.has(key)).toBe(true);
      expect(typeof value === "string" || (typeof value === "number" && Number.isFinite(value))).toBe(true);
    }
    for (const key of ["signed", "due"] as const) {
      const value = suggestion.fields[key];
      if (value !== undefined) expect(value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    if (suggestion.fields.country !== undefined) expect(suggestion.fields.country).toMatch(/^[A-Z]{2}$/);
    for (const [key, span] of Object.entries(suggestion.evidence)) {
      expect(KEYS.has(key)).toBe(true);
      expect(Number.isInteger(span!.start) && Number.isInteger(span!.end)).toBe(true);
      expect(span!.start).toBeGreaterThanOrEqual(0);
      expect(span!.end).toBeLessThanOrEqual(text.length);
      expect(span!.start).toBeLessThan(span!.end);
    }
  }
}

describe("extractCommitments on any input", () => {
  it("returns a well-formed result whose every span lies inside the text, for any Unicode text and options", () => {
    fc.assert(
      fc.property(anyText, options, (text, opts) => {
        expectWellFormed(text, extractCommitments(text, opts));
      }),
      { numRuns: 400 },
    );
  });

  it("keeps spans inside the text when a real release is cut or spliced with arbitrary text", () => {
    fc.assert(
      fc.property(fc.constantFrom(SEONGNAM, CHANGWON), fc.nat(), fc.nat(), genreText, (seed, a, b, inserted) => {
        const from = a % seed.length;
        const to = from + (b % (seed.length - from + 1));
        const text = seed.slice(0, from) + inserted + seed.slice(to);
        expectWellFormed(text, extractCommitments(text));
      }),
      { numRuns: 60 },
    );
  });

  it("refuses what is not text with a clear ExtractError, not a TypeError", () => {
    for (const value of [null, undefined, 42, {}, ["MOU"], Symbol("x")]) {
      let thrown: unknown = null;
      try {
        extractCommitments(value as unknown as string);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(ExtractError);
      expect((thrown as ExtractError).localized.en).toMatch(/must be text/);
    }
  });

  it("survives options that are not what the type says", () => {
    const result = extractCommitments(SEONGNAM, { agency: 7 as unknown as string, referenceDate: {} as unknown as string, language: "fr" as unknown as "ko" });
    expect(result.suggestions.length).toBe(3);
    expect(extractCommitments(SEONGNAM, null as unknown as undefined).suggestions.length).toBe(3);
  });
});

describe("robustness", () => {
  it("gives an empty result for empty and blank text", () => {
    for (const text of ["", "   \n\t  ", "\u200b"]) {
      const result = extractCommitments(text);
      expect(result.suggestions).toEqual([]);
    }
  });

  it("reads 200 kB of text (a release pasted many times over, plus noise)", () => {
    let text = "";
    while (text.length < 200_000) text += `${SEONGNAM}\n${"가나다라 마바사 ".repeat(50)}\n`;
    const result = extractCommitments(text, { agency: "성남시" });
    expectWellFormed(text, result);
    // The same three agreements, merged across the copies.
    expect(result.suggestions.map((s) => s.fields.partner)).toEqual(["한국마이크로소프트", "밀피타스 시", "세계한인무역협회(OKTA) LA지회"]);
  });

  it("reads 200 kB of one unbroken line without sentence ends", () => {
    const text = "MOU와 협약 체결 ▲ 시애틀과 ".repeat(12_000).slice(0, 200_000);
    expectWellFormed(text, extractCommitments(text));
  });

  it("reads text with NUL and unpaired surrogates, saying so, with spans into the text as given", () => {
    const text = SEONGNAM.replace("4월 6일", "4월\u0000 6일").replace("밀피타스", "밀\ud800피타스");
    const result = extractCommitments(text, { agency: "성남시" });
    expectWellFormed(text, result);
    expect(result.warnings.map((w) => w.en).join(" ")).toMatch(/not text/);
    expect(result.suggestions.length).toBeGreaterThan(0);
  });

  it("refuses text over the limit with a message that says how long it may be", () => {
    expect(() => extractCommitments("가".repeat(MAX_TEXT_LENGTH + 1))).toThrow(/at most 1,000,000/);
  });
});
