/**
 * Places in a stretch of text: cities from the gazetteer (gazetteerData.ts) and countries from
 * the project's country lookup (src/schema/countries.ts), each with its span.
 */
import { normalizeCountry } from "../schema/countries";
import { CITY_LINES } from "./gazetteerData";

export interface City {
  /** The name the City field gets (the first Korean spelling). */
  readonly name: string;
  readonly english: string;
  readonly country: string;
}

export interface PlaceMention {
  readonly start: number;
  readonly end: number;
  /** ISO alpha-2; for an ambiguous city name (오클랜드: US or NZ), the candidates' countries. */
  readonly countries: readonly string[];
  /** The gazetteer cities the name may be (empty for a country mention). */
  readonly cities: readonly City[];
}

const CITIES_BY_SPELLING = new Map<string, City[]>();
const spellings: string[] = [];
for (const line of CITY_LINES) {
  const [ko, en, country] = line.split(";").map((part) => part.trim());
  const names = ko.split("/");
  const city: City = { name: names[0], english: en.split("/")[0], country };
  for (const spelling of [...names, ...en.split("/")]) {
    const key = spelling.toLowerCase();
    const list = CITIES_BY_SPELLING.get(key);
    if (list) {
      if (!list.some((c) => c.country === country && c.english === city.english)) list.push(city);
    } else {
      CITIES_BY_SPELLING.set(key, [city]);
      spellings.push(spelling);
    }
  }
}

/**
 * Spellings by their first two characters (lower case), longest first: a scan looks up the two
 * characters at each word start and tries only those spellings. One regex alternation of all
 * ~900 spellings was an order of magnitude slower on the many short stretches extraction scans.
 */
const BY_PREFIX = new Map<string, string[]>();
for (const spelling of spellings) {
  const prefix = spelling.slice(0, 2).toLowerCase();
  const list = BY_PREFIX.get(prefix);
  if (list) list.push(spelling.toLowerCase());
  else BY_PREFIX.set(prefix, [spelling.toLowerCase()]);
}
for (const list of BY_PREFIX.values()) list.sort((a, b) => b.length - a.length);

const isHangul = (c: number) => c >= 0xac00 && c <= 0xd7a3;
const isLatin = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Country spellings the ISO data lacks, and one-letter Hanja abbreviations ("美 밀피타스 시"). */
const EXTRA_COUNTRIES: ReadonlyMap<string, string> = new Map([
  ["美", "US"], ["中", "CN"], ["日", "JP"], ["英", "GB"], ["獨", "DE"], ["佛", "FR"], ["加", "CA"], ["濠", "AU"], ["越", "VN"],
  ["미합중국", "US"], ["인니", "ID"], ["호주", "AU"], ["대만", "TW"], ["홍콩", "HK"], ["러시아", "RU"], ["체코", "CZ"],
]);

/** Words the country data knows that are far more often ordinary Korean words. */
const NOT_COUNTRIES: ReadonlySet<string> = new Set(["수단", "오만", "말리", "가나", "차드", "토고", "기니", "통가", "미", "조지아", "인도"]);

const PARTICLES = /(에서는|에서도|에서|에는|으로는|으로|로는|과의|와의|과는|와는|에게|까지|부터|이라는|라는|과|와|의|을|를|은|는|이|가|에|도|로|측|산|계|내|행|인|계의|정부)$/;

/** Each word's country (after its particles are stripped), once: releases repeat their words. */
const COUNTRY_OF_WORD = new Map<string, { code: string; length: number } | null>();

/** Countries named in text[start, end): Korean words (particles stripped), English names, Hanja abbreviations. */
function countriesIn(text: string, start: number, end: number): PlaceMention[] {
  const out: PlaceMention[] = [];
  const words = /[가-힣]+|[A-Z][A-Za-z]+(?:\s+(?:of\s+)?[A-Z][A-Za-z]+)*|[美中日英獨佛加濠越]/g;
  const stretch = text.slice(start, end);
  for (let m = words.exec(stretch); m; m = words.exec(stretch)) {
    let word = m[0];
    let code: string | null = null;
    if (/^[A-Z]/.test(word) && word.includes(" ")) {
      // An English run ("The United States Department"): the whole run, else its longest country-named part.
      const parts = word.split(/\s+/);
      for (let size = parts.length; size >= 1 && !code; size--) {
        for (let i = 0; i + size <= parts.length && !code; i++) {
          const candidate = parts.slice(i, i + size).join(" ");
          if (candidate.length > 3) code = normalizeCountry(candidate);
        }
      }
      if (code && code !== "KR") out.push({ start: start + m.index, end: start + m.index + m[0].length, countries: [code], cities: [] });
      continue;
    }
    const known = COUNTRY_OF_WORD.get(word);
    if (known !== undefined) {
      if (known) out.push({ start: start + m.index, end: start + m.index + known.length, countries: [known.code], cities: [] });
      continue;
    }
    const original = word;
    for (let strip = 0; strip < 3 && word.length >= 2; strip++) {
      if (!NOT_COUNTRIES.has(word)) code = EXTRA_COUNTRIES.get(word) || (word.length >= 2 ? normalizeCountry(word) : null);
      if (code) break;
      const stripped = word.replace(PARTICLES, "");
      if (stripped === word) break;
      word = stripped;
    }
    if (!code && m[0].length === 1) code = EXTRA_COUNTRIES.get(m[0]) || null;
    // Two-letter and three-letter words are ISO codes to the lookup ("LA" is Laos, "DC" nothing); a name needs more.
    if (code && /^[A-Z]{2,3}$/.test(word)) code = null;
    const found = code && code !== "KR" ? { code, length: word.length } : null;
    if (COUNTRY_OF_WORD.size > 20_000) COUNTRY_OF_WORD.clear();
    COUNTRY_OF_WORD.set(original, found);
    if (found) out.push({ start: start + m.index, end: start + m.index + found.length, countries: [found.code], cities: [] });
  }
  return out;
}

/**
 * Korean names must start a word (so 니스 is not found in 비즈니스) and may run into a suffix
 * (밀피타스시, 시애틀에서); Latin names are whole words and capitalised ("la" in English is no city).
 */
function citiesIn(text: string, start: number, end: number): PlaceMention[] {
  const out: PlaceMention[] = [];
  let lower: string | null = null;
  for (let i = start; i < end - 1; i++) {
    const c = text.charCodeAt(i);
    const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
    if (isHangul(c) ? isHangul(prev) : isLatin(c) ? isLatin(prev) : true) continue;
    const candidates = BY_PREFIX.get(text.slice(i, i + 2).toLowerCase());
    if (!candidates) continue;
    lower ??= text.slice(start, end).toLowerCase();
    const at = i - start;
    for (const spelling of candidates) {
      if (!lower.startsWith(spelling, at)) continue;
      const stop = i + spelling.length;
      if (isLatin(c) && ((stop < end && isLatin(text.charCodeAt(stop))) || !(c >= 65 && c <= 90))) continue;
      const cities = CITIES_BY_SPELLING.get(spelling) ?? [];
      out.push({ start: i, end: stop, countries: [...new Set(cities.map((city) => city.country))], cities });
      i = stop - 1;
      break;
    }
  }
  return out;
}

/** Places of short whole strings (tokens, partner names), which extraction asks about again and again. */
const TOKEN_PLACES = new Map<string, readonly PlaceMention[]>();

/** Cities and countries in text[start, end), in text order (a city inside a country's span is kept: both tell). */
export function placesIn(text: string, start: number, end: number): readonly PlaceMention[] {
  if (end <= start) return [];
  const whole = start === 0 && end === text.length && text.length <= 40;
  if (whole) {
    const known = TOKEN_PLACES.get(text);
    if (known) return known;
  }
  const found = [...citiesIn(text, start, end), ...countriesIn(text, start, end)].sort((a, b) => a.start - b.start);
  if (whole) {
    if (TOKEN_PLACES.size > 5000) TOKEN_PLACES.clear();
    TOKEN_PLACES.set(text, found);
  }
  return found;
}

/** The city a mention names, given the country the context settles on (null when ambiguous). */
export function cityOf(mention: PlaceMention, country: string | null): City | null {
  const candidates = country ? mention.cities.filter((c) => c.country === country) : mention.cities;
  const distinct = new Set(candidates.map((c) => `${c.country}:${c.english}`));
  return distinct.size === 1 ? candidates[0] : null;
}
