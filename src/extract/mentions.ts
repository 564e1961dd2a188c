/**
 * Where a sentence names instruments, and how its ▲ lists read: a list whose items each name an
 * agreement is several agreements; any other list is the content of one agreement (its clauses),
 * which never decides the partner or the category and goes to Notes.
 */
import type { InstrumentValue } from "../schema/columns";
import { INSTRUMENT_CUES } from "./lexicon";
import type { Sentence } from "./segment";
import type { Span } from "./types";

export interface InstrumentMention extends Span {
  readonly instrument: InstrumentValue;
  readonly rank: number;
}

/** Any instrument word at all: most sentences have none, and this one test rules them out. */
const ANY_CUE = /의향서|LOI|양해|MOU|MoU|엠오유|memorand|협약|자매|우호|sister|friendship|협정|MOA|계약|contract|제휴|agreement|partnership|alliance|deal/i;

export function instrumentMentions(sentence: Sentence): InstrumentMention[] {
  if (!ANY_CUE.test(sentence.text)) return [];
  const raw: InstrumentMention[] = [];
  for (const cue of INSTRUMENT_CUES) {
    cue.pattern.lastIndex = 0;
    for (let m = cue.pattern.exec(sentence.text); m; m = cue.pattern.exec(sentence.text)) {
      if (m[0].length === 0) {
        cue.pattern.lastIndex++;
        continue;
      }
      raw.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, instrument: cue.instrument, rank: cue.rank });
    }
  }
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: InstrumentMention[] = [];
  for (const mention of raw) {
    const last = merged[merged.length - 1];
    // Overlapping or joined by a bracket or a space ("업무협약(MOU)", "우호교류 협력 의향서", "우호도시 협약"): one mention.
    const gap = last ? sentence.text.slice(last.end - sentence.start, mention.start - sentence.start) : "";
    if (last && (mention.start < last.end || (gap.length <= 6 && /^[\s()（）'’"”‘“·]*(?:협력\s*)?$/.test(gap)))) {
      const better = mention.rank > last.rank ? mention : last;
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, mention.end), instrument: better.instrument, rank: better.rank };
    } else merged.push(mention);
  }
  // "업무협약(MOU)": the closing bracket belongs to the mention.
  return merged.map((m) => {
    const inner = sentence.text.slice(m.start - sentence.start, m.end - sentence.start);
    const closes = /[(（][^)）]*$/.test(inner) && /^[)）]/.test(sentence.text.slice(m.end - sentence.start));
    return closes ? { ...m, end: m.end + 1 } : m;
  });
}

const MARKER = /[▲△■□●◆◇▶►◎※]|[①-⑳]|(?<=^|\s)[-•·]\s/g;

export interface ListLayout {
  /** Positions of list markers in the sentence. */
  readonly markers: readonly number[];
  /** True when two or more items each name an instrument: the markers separate agreements. */
  readonly agreements: boolean;
  /** Content lists (clauses of one agreement): spans of their items. */
  readonly content: readonly Span[];
}

export function listLayout(sentence: Sentence, mentions: readonly InstrumentMention[]): ListLayout {
  const markers: number[] = [];
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(sentence.text); m; m = MARKER.exec(sentence.text)) markers.push(sentence.start + m.index);
  if (markers.length < 2) return { markers, agreements: false, content: [] };
  const items = markers.map((start, i) => ({ start, end: markers[i + 1] ?? sentence.end }));
  const withInstrument = items.filter((item) => mentions.some((m) => m.start >= item.start && m.end <= item.end)).length;
  if (withInstrument >= 2) return { markers, agreements: true, content: [] };
  // The last item of a content list ends where the sentence goes back to the agreement ("… 등 8개 분야 협약").
  const last = items[items.length - 1];
  const tail = sentence.text.slice(last.start - sentence.start, last.end - sentence.start);
  const stop = /\s등(?:\s|의)|에\s*(?:관한|대한)|(?:을|를)\s*(?:위한|위해|골자로|내용으로|담은)|분야/.exec(tail);
  const nextMention = mentions.find((m) => m.start > last.start);
  const lastEnd = Math.min(stop ? last.start + stop.index : last.end, nextMention ? nextMention.start : last.end);
  return { markers, agreements: false, content: [{ start: items[0].start, end: lastEnd }] };
}
