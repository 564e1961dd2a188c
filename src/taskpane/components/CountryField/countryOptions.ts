import { allCountries, foldText, normalizeCountry, type CountryChoice } from "../../../schema";

let cached: CountryChoice[] | null = null;
function countries(): CountryChoice[] {
  cached ??= allCountries();
  return cached;
}

export function findCountry(code: string): CountryChoice | undefined {
  return countries().find((c) => c.code === code);
}

/**
 * Countries whose Korean name, English name or code contains the query (case, spaces ignored).
 * Whatever saving accepts comes first: the same lookup (normalizeCountry) reads "한국", "남한",
 * "Korea", alpha-3 codes and other spellings the picker's names lack.
 */
export function searchCountries(query: string, limit = 30): CountryChoice[] {
  const folded = foldText(query);
  if (folded === "") return countries().slice(0, limit);
  const saved = normalizeCountry(query);
  const exact: CountryChoice[] = saved ? countries().filter((c) => c.code === saved) : [];
  const starts: CountryChoice[] = [];
  const contains: CountryChoice[] = [];
  for (const country of countries()) {
    const names = [foldText(country.ko), foldText(country.en), foldText(country.code)];
    if (country.code === saved) continue;
    if (names.includes(folded)) exact.push(country);
    else if (names.some((name) => name.startsWith(folded))) starts.push(country);
    else if (names.some((name) => name.includes(folded))) contains.push(country);
  }
  return [...exact, ...starts, ...contains].slice(0, limit);
}
