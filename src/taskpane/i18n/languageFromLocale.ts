import type { Language } from "../../schema";

/** Office's display language ("ko-KR", "en-US", …) → the pane language: Korean for Korean, English otherwise. */
export function languageFromLocale(locale: string | null | undefined): Language {
  return /^ko\b/i.test((locale ?? "").trim()) ? "ko" : "en";
}
