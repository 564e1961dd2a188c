import type { EnumOption, Language } from "./columns";
import { foldText } from "./text";
import { memoiseByText } from "./textMemo";

interface EnumLookup {
  readonly byFolded: Map<string, EnumOption>;
  /** The same lookup by a cell's exact text (see memoiseByText): tables repeat a handful of spellings. */
  readonly byText: (text: string) => EnumOption | null;
}

const lookups = new WeakMap<readonly EnumOption[], EnumLookup>();

function lookupFor(options: readonly EnumOption[]): EnumLookup {
  let lookup = lookups.get(options);
  if (!lookup) {
    const byFolded = new Map<string, EnumOption>();
    for (const option of options) {
      for (const spelling of [option.value, option.en, option.ko, ...(option.aliases ?? [])]) {
        byFolded.set(foldText(spelling), option);
      }
    }
    lookup = { byFolded, byText: memoiseByText((text) => byFolded.get(foldText(text)) ?? null) };
    lookups.set(options, lookup);
  }
  return lookup;
}

/** The option a cell names in either language (any case, stray spaces), or null. */
export function matchEnum(options: readonly EnumOption[], raw: unknown): EnumOption | null {
  const lookup = lookupFor(options);
  return typeof raw === "string" ? lookup.byText(raw) : (lookup.byFolded.get(foldText(raw)) ?? null);
}

export function enumLabel(option: EnumOption, language: Language): string {
  return option[language];
}

export function enumLabels(options: readonly EnumOption[], language: Language): string[] {
  return options.map((o) => o[language]);
}
