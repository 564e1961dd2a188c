/**
 * extractCommitments: a pasted press release (보도자료) in, suggested Commitments rows out, each
 * field tied to the span of text it came from. Pure: no React, no Office (lint-fenced).
 *
 * The pipeline: check the input → cut it into headline, body and page furniture → find the
 * document date → collect a candidate per instrument mention (plus alliances and planned
 * projects) → merge candidates that name the same partner and instrument → fill Agency and
 * Source → suggestions in text order.
 */
import { agencyMatcher, collectCandidates, type Candidate, type DocumentContext } from "./candidates";
import { findDocumentDate, fromIso, toIso, type Ymd } from "./dates";
import { checkedText } from "./input";
import { governmentKey, KOREAN_GOVERNMENT } from "./koreanPlaces";
import { CATEGORY_CUES } from "./lexicon";
import { segment, type Segmented } from "./segment";
import type { ExtractOptions, ExtractResult, LocalizedMessage, Span, Suggestion } from "./types";

const message = (ko: string, en: string): LocalizedMessage => ({ ko, en });

function detectLanguage(text: string): "ko" | "en" {
  let hangul = 0;
  let latin = 0;
  const sample = text.length > 4_000 ? text.slice(0, 4_000) : text;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0xac00 && c <= 0xd7a3) hangul++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  // A Hangul syllable carries about three Latin letters' worth of text.
  return hangul * 3 >= latin ? "ko" : "en";
}

/** The issuing body when none is given: the Korean local government the release names most. */
function inferAgency(text: string, segmented: Segmented): { name: string; span: Span } | null {
  // Counted by body ("충청북도", "충북도", "충북도청" are one), named by the first full spelling seen.
  const counts = new Map<string, { name: string; count: number; span: Span }>();
  const parts = [segmented.headline, ...segmented.body].filter((s) => s !== null);
  for (const part of parts) {
    KOREAN_GOVERNMENT.lastIndex = 0;
    for (let m = KOREAN_GOVERNMENT.exec(part.text); m; m = KOREAN_GOVERNMENT.exec(part.text)) {
      const name = m[0].replace(/(청)$/, "");
      const key = governmentKey(name);
      const span = { start: part.start + m.index, end: part.start + m.index + name.length };
      const entry = counts.get(key);
      if (entry) {
        entry.count++;
        if (name.length > entry.name.length) Object.assign(entry, { name, span });
      } else counts.set(key, { name, count: 1, span });
    }
  }
  let best: { name: string; span: Span } | null = null;
  let bestCount = 0;
  for (const { name, count, span } of counts.values()) {
    if (count > bestCount) {
      best = { name, span };
      bestCount = count;
    }
  }
  return bestCount >= 2 ? best : null;
}

function aliasesOf(segmented: Segmented): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const sentence of segmented.body) {
    if (!sentence.text.includes("이하")) continue;
    const pattern = /([^\s(]{2,40})\s*\(\s*이하\s*['‘"“]?([^)'’"”]{1,20}?)['’"”]?\s*\)/g;
    for (let m = pattern.exec(sentence.text); m; m = pattern.exec(sentence.text)) if (!aliases.has(m[2])) aliases.set(m[2].trim(), m[1]);
  }
  return aliases;
}

/** Fields of the best candidate, missing ones filled from the others (a summary line and the paragraph that details it). */
function merge(group: Candidate[]): Candidate {
  const ranked = [...group].sort((a, b) => b.confidence - a.confidence || (a.fields.status === "signed" ? -1 : 1) - (b.fields.status === "signed" ? -1 : 1) || a.position - b.position);
  const best = ranked[0];
  const fields = { ...best.fields };
  const evidence = { ...best.evidence };
  for (const other of ranked.slice(1)) {
    // Status and its date belong together: only fill a date from a mention with the same status.
    for (const [key, value] of Object.entries(other.fields) as [keyof typeof fields, string | number][]) {
      if (fields[key] !== undefined) continue;
      if ((key === "signed" || key === "due") && other.fields.status !== fields.status) continue;
      fields[key] = value;
      if (other.evidence[key]) evidence[key] = other.evidence[key];
    }
  }
  const filled = (key: "partner" | "country" | "signed") => fields[key] !== undefined;
  const warnings = best.warnings.filter((w) => {
    if (/상대기관/.test(w.ko)) return !filled("partner");
    if (/나라/.test(w.ko)) return !filled("country");
    if (/체결일/.test(w.ko)) return !filled("signed");
    return true;
  });
  const confidence = Math.min(1, Math.round((best.confidence + (group.length > 1 ? 0.05 : 0)) * 100) / 100);
  return { ...best, fields, evidence, warnings, confidence, position: Math.min(...group.map((c) => c.position)) };
}

export function extractCommitments(input: string, options: ExtractOptions = {}): ExtractResult {
  const { text, warnings } = checkedText(input);
  const opts = options ?? {};
  if (text.trim() === "") return { suggestions: [], documentDate: null, warnings };
  const segmented = segment(text);
  const language = opts.language === "ko" || opts.language === "en" ? opts.language : detectLanguage(text);
  const bodyStart = segmented.body[0]?.start ?? text.length;

  let documentDate: Ymd | null = null;
  const dateline = findDocumentDate(text, [...(segmented.headline ? [segmented.headline] : []), ...segmented.preamble], bodyStart);
  if (dateline) documentDate = dateline.date;
  else if (opts.referenceDate !== undefined && opts.referenceDate !== "") {
    documentDate = fromIso(opts.referenceDate);
    if (!documentDate) warnings.push(message(`기준일 "${opts.referenceDate}"을(를) 날짜로 읽을 수 없습니다 (yyyy-mm-dd).`, `The reference date "${opts.referenceDate}" is not a date (yyyy-mm-dd).`));
  }
  if (!documentDate) {
    warnings.push(message("보도자료의 날짜(기사입력·승인 등)를 찾지 못했습니다. 연도 없는 날짜는 비워 둡니다. 기준일을 넣으세요.", "The release has no dateline; dates without a year are left blank. Set a reference date."));
  }

  const givenAgency = typeof opts.agency === "string" && opts.agency.trim() !== "" ? opts.agency.trim() : null;
  const inferred = givenAgency ? null : inferAgency(text, segmented);
  const agency = givenAgency ?? inferred?.name ?? null;
  const ctx: DocumentContext = {
    text,
    body: segmented.body,
    documentDate,
    language,
    isAgency: agencyMatcher(agency),
    aliases: aliasesOf(segmented),
  };

  const candidates = collectCandidates(ctx);
  const groups = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    const group = groups.get(candidate.key);
    if (group) group.push(candidate);
    else groups.set(candidate.key, [candidate]);
  }
  const merged = [...groups.values()].map(merge).sort((a, b) => a.position - b.position);

  const headline = segmented.headline;
  const url = opts.url?.trim() || /https?:\/\/[^\s"'<>]+/.exec(text)?.[0] || "";
  const agencySpan = (() => {
    if (inferred) return inferred.span;
    if (!givenAgency) return null;
    const at = text.indexOf(givenAgency);
    return at >= 0 ? { start: at, end: at + givenAgency.length } : null;
  })();

  const suggestions: Suggestion[] = merged.map((candidate, index) => {
    const fields = { ...candidate.fields };
    const evidence = { ...candidate.evidence };
    if (agency) {
      fields.agency = agency;
      if (agencySpan) evidence.agency = agencySpan;
    }
    // The headline settles the category when the clause did not, for the release's only agreement or one it names.
    if (headline && fields.category === "cooperation") {
      const about = merged.length === 1 || (typeof fields.partner === "string" && headline.text.replace(/\s+/g, "").includes(String(fields.partner).replace(/\s+/g, "")));
      const cue = about && fields.instrument !== "sisterCity" && fields.instrument !== "friendshipCity" ? CATEGORY_CUES.find((c) => c.pattern.test(headline.text)) : undefined;
      if (cue) {
        const m = cue.pattern.exec(headline.text)!;
        fields.category = cue.category;
        evidence.category = { start: headline.start + m.index, end: headline.start + m.index + m[0].length };
      }
    }
    if (headline || url) {
      fields.source = [headline?.text, url].filter(Boolean).join(" · ");
      if (headline) evidence.source = { start: headline.start, end: headline.end };
    }
    return {
      key: `s${index + 1}`,
      fields,
      evidence,
      // The sentence as pasted (the spans index the input, NUL and all), not as cleaned for reading.
      sentence: { start: candidate.sentence.start, end: candidate.sentence.end, text: input.slice(candidate.sentence.start, candidate.sentence.end) },
      confidence: candidate.confidence,
      warnings: candidate.warnings,
    };
  });

  if (suggestions.length === 0) {
    warnings.push(message("체결·합의했거나 추진하기로 한 협약을 찾지 못했습니다.", "Found no agreement that was signed, agreed or planned."));
  }
  return { suggestions, documentDate: documentDate ? toIso(documentDate) : null, warnings };
}
