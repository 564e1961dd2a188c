/** What extraction returns: suggestions for rows, each field tied to the text it came from. */
import type { ColumnKey } from "../schema/columns";
import type { LocalizedMessage } from "../validation/problems";

export type { LocalizedMessage };

/** A character range of the input text: text.slice(start, end). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Field values in what the entry form accepts: enum option keys, ISO codes, yyyy-mm-dd dates, numbers. */
export type SuggestedFields = Partial<Record<ColumnKey, string | number>>;

export interface Suggestion {
  /** Stable within one result: "s1", "s2", … in text order. */
  readonly key: string;
  readonly fields: SuggestedFields;
  /** For each filled field that came from the text, where it came from. */
  readonly evidence: Partial<Record<ColumnKey, Span>>;
  /** The sentence the suggestion stands on. */
  readonly sentence: Span & { readonly text: string };
  /** 0 to 1: how much of the row the text states plainly (see confidence in extract.ts). */
  readonly confidence: number;
  /** What the officer should check on this card: fields left blank, a guess made. */
  readonly warnings: readonly LocalizedMessage[];
}

export interface ExtractResult {
  readonly suggestions: Suggestion[];
  /** The release's own date (dateline or byline), else the reference date, as yyyy-mm-dd; null if neither. */
  readonly documentDate: string | null;
  readonly warnings: LocalizedMessage[];
}

export interface ExtractOptions {
  /** The issuing body (추진기관): never its own partner; fills Agency. */
  readonly agency?: string;
  /** yyyy-mm-dd: the date relative dates resolve against when the text has no dateline. */
  readonly referenceDate?: string;
  /** Language of the text; detected when absent. */
  readonly language?: "ko" | "en";
  /** Where the release was published; added to Source. */
  readonly url?: string;
}

/** Input extraction cannot work on at all (not text, far too long): the message says which and why. */
export class ExtractError extends Error {
  readonly localized: LocalizedMessage;
  constructor(localized: LocalizedMessage) {
    super(`${localized.en} (${localized.ko})`);
    this.name = "ExtractError";
    this.localized = localized;
  }
}
