import type { EnumOption, Language } from "./columns";
import { foldText } from "./text";

const lookups = new WeakMap<readonly EnumOption[], Map<string, EnumOption>>();

function lookupFor(options: readonly EnumOption[]): Map<string, EnumOption> {
  let lookup = lookups.get(options);
  if (!lookup) {
    lookup = new Map();
    for (const option of options) {
      for (const spelling of [option.value, option.en, option.ko, ...(option.aliases ?? [])]) {
        lookup.set(foldText(spelling), option);
      }
    }
    lookups.set(options, lookup);
  }
  return lookup;
}

/** The option a cell names in either language (any case, stray spaces), or null. */
export function matchEnum(options: readonly EnumOption[], raw: unknown): EnumOption | null {
  return lookupFor(options).get(foldText(raw)) ?? null;
}

export function enumLabel(option: EnumOption, language: Language): string {
  return option[language];
}

export function enumLabels(options: readonly EnumOption[], language: Language): string[] {
  return options.map((o) => o[language]);
}
