/**
 * A cache of a lookup by the exact text of a cell. Imported and read tables repeat the same few
 * hundred spellings of enums, countries and currencies over 100,000 rows, so folding and looking
 * each one up once is enough. Bounded, because a column of all-different values must not grow it
 * without limit: when full it starts over (cheap, and the common spellings come straight back).
 *
 * Only for pure functions of the text: the cache returns what `compute` returned the first time.
 */
export function memoiseByText<T>(compute: (text: string) => T, limit = 4096): (text: string) => T {
  let cache = new Map<string, T>();
  return (text: string): T => {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T;
    const value = compute(text);
    if (cache.size >= limit) cache = new Map();
    cache.set(text, value);
    return value;
  };
}
