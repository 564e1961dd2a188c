/**
 * What the source view shows: the suggestion's sentence, or (when the evidence lies elsewhere,
 * e.g. a date in the dateline or the headline for Source) the text around the evidence, cut
 * to a readable length with ellipses.
 */
import type { Span } from "../../../extract";

export interface Snippet {
  readonly before: string;
  readonly marked: string | null;
  readonly after: string;
}

const CONTEXT = 80;

export function evidenceSnippet(text: string, sentence: Span, evidence: Span | null): Snippet {
  const valid = evidence && evidence.start >= 0 && evidence.end <= text.length && evidence.start < evidence.end ? evidence : null;
  if (!valid) return { before: text.slice(sentence.start, sentence.end), marked: null, after: "" };
  const inside = valid.start >= sentence.start && valid.end <= sentence.end;
  const from = inside ? sentence.start : Math.max(0, valid.start - CONTEXT);
  const to = inside ? sentence.end : Math.min(text.length, valid.end + CONTEXT);
  return {
    before: `${from > 0 && !inside ? "…" : ""}${text.slice(from, valid.start)}`,
    marked: text.slice(valid.start, valid.end),
    after: `${text.slice(valid.end, to)}${to < text.length && !inside ? "…" : ""}`,
  };
}
