/**
 * What a clause says besides partner and status: where (country and city), which category,
 * product and sector. Each reader returns the value and the span it read it from.
 */
import type { CategoryValue, InstrumentValue } from "../schema/columns";
import type { DocumentContext } from "./candidates";
import { KOREAN_PUBLIC_BODY, namesKoreanGovernment } from "./koreanPlaces";
import { CATEGORY_CUES, GENERIC_PRODUCTS, PRODUCTS, SECTORS } from "./lexicon";
import type { PartnerFound } from "./partner";
import { cityOf, placesIn, type PlaceMention } from "./places";
import type { Sentence } from "./segment";
import type { Span } from "./types";

function cut(text: string, span: Span, excluded: readonly Span[]): string {
  let out = "";
  let at = span.start;
  for (const ex of [...excluded].sort((a, b) => a.start - b.start)) {
    if (ex.end <= at || ex.start >= span.end) continue;
    out += text.slice(at, Math.max(at, ex.start)) + " ".repeat(Math.max(0, Math.min(ex.end, span.end) - Math.max(ex.start, at)));
    at = Math.min(ex.end, span.end);
  }
  return out + text.slice(at, span.end);
}

/** The first match of each pattern in text[span] with the excluded spans blanked, as a span of the text. */
const nonGlobal = new Map<RegExp, RegExp>();
export function firstIn(text: string, span: Span, excluded: readonly Span[], pattern: RegExp): Span | null {
  const stretch = cut(text, span, excluded);
  let once = nonGlobal.get(pattern);
  if (!once) nonGlobal.set(pattern, (once = new RegExp(pattern.source, pattern.flags.replace("g", ""))));
  const m = once.exec(stretch);
  return m ? { start: span.start + m.index, end: span.start + m.index + m[0].length } : null;
}

export interface Located {
  country: { code: string; span: Span } | null;
  city: { name: string; span: Span } | null;
  ambiguous: boolean;
}

/**
 * Country and city of a partner: a Korean government or public body is KR; then a place in the
 * partner's own name or its leading country word; then the nearest place in the clause; then a
 * name starting with 한국/대한 (KR); then the sentence, when all its places agree on one country.
 */
export function locate(ctx: DocumentContext, partner: PartnerFound | null, clause: Span, sentence: Sentence, excluded: readonly Span[]): Located {
  const { text } = ctx;
  const none: Located = { country: null, city: null, ambiguous: false };
  if (partner) {
    const folded = partner.name.replace(/\s+/g, "");
    if ((namesKoreanGovernment(partner.name) && !ctx.isAgency(partner.name)) || KOREAN_PUBLIC_BODY.test(folded)) {
      return { country: { code: "KR", span: partner }, city: null, ambiguous: false };
    }
  }
  const outside = (p: PlaceMention) => !excluded.some((e) => p.start >= e.start && p.end <= e.end);
  const pick = (places: PlaceMention[], anchor: number): Located | null => {
    if (places.length === 0) return null;
    const countries = places.filter((p) => p.cities.length === 0);
    const cities = places.filter((p) => p.cities.length > 0);
    const nearest = [...cities].sort((a, b) => Math.abs(anchor - a.end) - Math.abs(anchor - b.end))[0];
    const namedCountry = [...countries].sort((a, b) => Math.abs(anchor - a.end) - Math.abs(anchor - b.end))[0];
    const country = namedCountry?.countries[0] ?? null;
    // A city only when the stretch names one ("토론토와 밴쿠버의 바이어": two cities, no city).
    const oneCity = new Set(cities.map((p) => p.cities.map((c) => c.english).sort().join("|"))).size === 1;
    const city = nearest && oneCity ? cityOf(nearest, country) ?? (country ? null : cityOf(nearest, null)) : null;
    const cityCountries = new Set(cities.flatMap((p) => p.countries));
    const code = country ?? city?.country ?? (cityCountries.size === 1 ? [...cityCountries][0] : null);
    if (!code) return { ...none, ambiguous: Boolean(nearest) };
    const cityFits = city && city.country === code;
    return {
      country: { code, span: namedCountry && namedCountry.countries[0] === code ? namedCountry : nearest! },
      city: cityFits ? { name: ctx.language === "ko" ? city.name : city.english, span: nearest! } : null,
      ambiguous: false,
    };
  };
  if (partner) {
    // The partner's own name, with the country word stripped from its front ("캐나다 워털루 시").
    const lead = Math.max(clause.start, partner.start - 12);
    const own = placesIn(text, partner.start, partner.end);
    const before = placesIn(text, lead, partner.start).filter((p) => p.cities.length === 0 && /^\s*$/.test(text.slice(p.end, partner.start)));
    // "the State of Victoria, Australia", "빅토리아주(호주)": a country right after the name.
    const after = placesIn(text, partner.end, Math.min(clause.end, partner.end + 24)).filter((p) => p.cities.length === 0 && /^[\s,(（]*$/.test(text.slice(partner.end, p.start)));
    const found = pick([...before, ...own, ...after.slice(0, 1)], partner.end);
    if (found?.country) {
      if (!found.city && own.length === 0) {
        // A country word before the partner, and a city of that country elsewhere in the clause.
        const clauseCity = pick(placesIn(text, clause.start, clause.end).filter((p) => p.cities.length > 0 && outside(p) && p.end <= partner.start), partner.start);
        if (clauseCity?.city && clauseCity.country?.code === found.country.code) return { ...found, city: clauseCity.city };
      }
      return found;
    }
    const inClause = placesIn(text, clause.start, clause.end).filter((p) => outside(p) && (p.end <= partner.start || p.start >= partner.end));
    const near = pick(inClause, partner.start);
    if (near?.country) return near;
    if (/^(한국|대한|국립)/.test(partner.name.trim())) return { country: { code: "KR", span: partner }, city: null, ambiguous: false };
  } else {
    const inClause = placesIn(text, clause.start, clause.end).filter(outside);
    const near = pick(inClause, clause.end);
    if (near?.country) return near;
  }
  const inSentence = placesIn(text, sentence.start, sentence.end).filter(outside);
  const codes = new Set(inSentence.flatMap((p) => (p.countries.length === 1 ? p.countries : [])));
  if (codes.size === 1 && !inSentence.some((p) => p.countries.length > 1)) {
    const code = [...codes][0];
    const span = inSentence.find((p) => p.countries[0] === code)!;
    return { country: { code, span }, city: null, ambiguous: false };
  }
  return { ...none, ambiguous: inSentence.length > 0 };
}

export function categoryOf(text: string, clause: Span, excluded: readonly Span[], instrument: InstrumentValue | null): { category: CategoryValue; span: Span | null } {
  if (instrument === "sisterCity" || instrument === "friendshipCity") return { category: "exchange", span: null };
  for (const cue of CATEGORY_CUES) {
    const span = firstIn(text, clause, excluded, cue.pattern);
    if (span) return { category: cue.category, span };
  }
  return { category: "cooperation", span: null };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const wordsPattern = (words: readonly string[]) =>
  new RegExp(
    [...words]
      .sort((a, b) => b.length - a.length)
      .map((w) => (/^[a-z ]+$/i.test(w) ? `(?<![A-Za-z])${escape(w)}(?![A-Za-z])` : w.length === 1 ? `(?<![가-힣])${escape(w)}(?![가-힣])` : escape(w)))
      .join("|"),
    "i",
  );
export const PRODUCT_PATTERN = wordsPattern(PRODUCTS);
export const GENERIC_PRODUCT_PATTERN = wordsPattern(GENERIC_PRODUCTS);
const SECTOR_PATTERN = new RegExp(
  [...SECTORS]
    .sort((a, b) => b.length - a.length)
    .map((s) => (/^[A-Za-z&0-9 ]+$/.test(s) ? `(?<![A-Za-z])${escape(s)}(?![A-Za-z])` : escape(s)))
    .join("|"),
  "gi",
);

export function sectorOf(text: string, clause: Span, excluded: readonly Span[]): { value: string; span: Span } | null {
  const stretch = cut(text, clause, excluded);
  // "'IㆍCㆍBㆍM R&D 및 시티넥스트(CityNext) 사업' 추진을 위한": what the agreement is for.
  const purpose = /['‘"“]([^'’"”‘“]{2,60})['’"”]\s*(?:\S{0,6}\s*)?(?:을|를)?\s*위한/.exec(stretch);
  if (purpose) {
    const start = clause.start + purpose.index + 1;
    return { value: purpose[1].trim(), span: { start, end: start + purpose[1].length } };
  }
  // "경제·과학·기술 분야 협약".
  const field = /([가-힣A-Za-z&]+(?:[·ㆍ,]\s?[가-힣A-Za-z&]+)*)\s*분야/.exec(stretch);
  if (field && !/^(각|모든|여러|다양한|전|관련)$/.test(field[1])) {
    const start = clause.start + field.index;
    return { value: field[1], span: { start, end: start + field[1].length } };
  }
  const hits: { value: string; span: Span }[] = [];
  SECTOR_PATTERN.lastIndex = 0;
  for (let m = SECTOR_PATTERN.exec(stretch); m && hits.length < 3; m = SECTOR_PATTERN.exec(stretch)) {
    if (!hits.some((h) => h.value.toLowerCase() === m![0].toLowerCase())) hits.push({ value: m[0], span: { start: clause.start + m.index, end: clause.start + m.index + m[0].length } });
  }
  if (hits.length === 0) return null;
  return { value: hits.map((h) => h.value).join("·"), span: { start: hits[0].span.start, end: hits[hits.length - 1].span.end } };
}

