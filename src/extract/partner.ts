/**
 * Who the agreement is with, as the text names the counterpart: the noun before 와/과 nearest
 * the instrument ("한국마이크로소프트와 … 업무협약"), the other side of "성남시-한국마이크로소프트 간",
 * the place visited when the 와 names a person ("밀피타스 시를 공식 방문, 호세 에스테베스 시장과"),
 * or English "with X". The issuing agency is never its own partner.
 */
import { PRODUCTS } from "./lexicon";
import { placesIn } from "./places";
import type { Span } from "./types";

export interface PartnerFound extends Span {
  readonly name: string;
}

export interface PartnerContext {
  readonly text: string;
  readonly isAgency: (name: string) => boolean;
  /** Spans that are the agreement's content (▲ clause lists), never its partner. */
  readonly excluded: readonly Span[];
}

/** Words that end in 과/와 but are not a noun plus the particle, and nouns that name no counterpart. */
const NOT_PARTNERS = new Set([
  "결과", "효과", "성과", "사과", "통과", "경과", "초과", "부과", "학과", "교과", "도와", "이와", "그와", "이들과", "함께",
  "양", "양측", "양기관", "양도시", "기관", "기업", "기업들", "업체", "업체들", "관계자", "관계자들", "시민", "시민들", "대표단", "우리", "이들",
  "정부", "지역", "도시", "해외", "국내외", "관련기업", "현지기업", "바이어", "현지바이어", "주민", "학생", "학생들", "청년", "청소년", "국가",
  "지자체", "회원", "회원국", "회원도시", "시", "도", "군", "구", "국내", "해외도시", "각국", "양국", "자매도시", "우호도시", "참석자",
]);

const PERSON_TITLE = /(시장|부시장|군수|구청장|도지사|주지사|지사|대표이사|대표|회장|부회장|총장|사장|부사장|장관|차관|대사|총영사|영사|의장|위원장|청장|원장|소장|이사장|국장|실장|교수|박사|씨|여사|선생|CEO|Mayor|President|Governor|Ambassador)$/;
const STOP_WORDS = new Set([
  "내", "및", "등", "이번", "지난", "현지", "그리고", "또", "또한", "먼저", "이어", "특히", "한편", "앞서", "이날", "각", "총", "또는", "와", "과", "함께", "통해", "위해",
  "최근", "올해", "지난해", "내년", "오늘", "당일", "현재", "앞으로", "향후", "다시", "직접", "공식", "새로", "본격", "처음", "정식", "각각", "모두", "우선", "아울러",
  "이에", "오는", "그", "이", "저", "본", "해당", "관련", "주요", "국내", "해외", "세계", "글로벌", "대표", "시장", "양", "우리", "신규", "기존",
]);
/** How a Korean word ends when it is not (the end of) a name: a particle or a verb ending. */
const NOT_NAME_END = /(찾아|만나|맞아|열어|은|는|을|를|에|에서|의|로|으로|와|과|도|만|께|며|고|서|면|해|했|하고|하며|하여|한|된|던|지|게|히|음|함|등|적|간|부터|까지)$/;
const ORG_SUFFIX = /(협회|재단|대학교|대학|그룹|회사|연구소|연구원|공사|공단|센터|기구|위원회|본부|지회|지부|은행|병원|시|군|주|성|도|현|구|카운티|County|City|University|Inc\.?|Corp\.?|Ltd\.?|Co\.?)$/;

const inside = (span: Span, spans: readonly Span[]) => spans.some((s) => span.start >= s.start && span.end <= s.end);

function isWordChar(c: string): boolean {
  return !/[\s,;:!?▲△■□●○◆◇※·•"“”'‘’]/.test(c);
}

/** The token before position `end` (whitespace-separated), or null at the region's start. */
function tokenBefore(text: string, end: number, limit: number): Span | null {
  let e = end;
  while (e > limit && text[e - 1] === " ") e--;
  if (e === end && end !== limit) {
    // Not separated by a space: no token boundary here.
  }
  let s = e;
  while (s > limit && isWordChar(text[s - 1])) s--;
  return s < e ? { start: s, end: e } : null;
}

function looksLikeName(token: string, next: string): boolean {
  if (STOP_WORDS.has(token)) return false;
  // "28일(현지시간)", "10일(현지시각)에는": a date, even with a bracket.
  if (/\d\s*(?:일|월|년|시|분)|현지\s*시[각간]/.test(token)) return false;
  if (/[)）]$/.test(token) || /^\(/.test(token)) return true;
  if (/^[A-Z][A-Za-z&.'’-]*$/.test(token) && /^[A-Z(]/.test(next)) return true;
  if (ORG_SUFFIX.test(token) && !/(했|하는|되는|있는|없는|위한|통한)$/.test(token)) return true;
  const places = placesIn(token, 0, token.length);
  return places.some((p) => p.start === 0 && p.end >= token.length - 1);
}

/** The name ending at `end` whose last token starts at `start`: extends left over name-like tokens (up to three). */
function extendLeft(text: string, start: number, end: number, limit: number): Span {
  let from = start;
  let next = text.slice(start, end);
  let plain = 0;
  for (let added = 0; added < 3; added++) {
    if (from <= limit || text[from - 1] !== " ") break;
    const token = tokenBefore(text, from, limit);
    if (!token) break;
    const word = text.slice(token.start, token.end);
    if (!looksLikeName(word, next)) {
      // One plain word of a two-word name ("에이비씨 테크"): Hangul or Latin, no particle, no digit, no title.
      if (plain > 0 || next.length > 4 || STOP_WORDS.has(word) || /\d/.test(word) || NOT_NAME_END.test(word) || PERSON_TITLE.test(word) || !/^[가-힣A-Za-z&.]{2,12}$/.test(word)) break;
      if (placesIn(word, 0, word.length).length > 0) break;
      plain++;
    }
    from = token.start;
    next = word;
  }
  return { start: from, end };
}

/** A leading country word is where the partner is, not part of its name ("캐나다 워털루 시" → "워털루 시"). */
function stripLeadingCountry(text: string, span: Span): Span {
  let { start } = span;
  for (;;) {
    const space = text.indexOf(" ", start);
    if (space < 0 || space >= span.end) break;
    const word = text.slice(start, space);
    const places = placesIn(word, 0, word.length);
    if (!(places.length === 1 && places[0].cities.length === 0 && places[0].end - places[0].start === word.length) && word !== "美") break;
    start = space + 1;
  }
  return { start, end: span.end };
}

function accept(ctx: PartnerContext, span: Span): PartnerFound | null {
  const name = ctx.text.slice(span.start, span.end).trim();
  const folded = name.replace(/\s+/g, "");
  if (name.length < 2 && !/^[A-Z]/.test(name)) return null;
  if (NOT_PARTNERS.has(folded) || ctx.isAgency(name)) return null;
  if (PRODUCTS.some((p) => folded.includes(p))) return null;
  if (/^\d/.test(folded)) return null;
  // A bare country is where, not who.
  const places = placesIn(name, 0, name.length);
  if (places.length === 1 && places[0].cities.length === 0 && places[0].end - places[0].start >= name.length - 1) return null;
  return { start: span.start, end: span.end, name };
}

/** The place visited in the region ("밀피타스 시를 공식 방문", "볼티모어를 방문해"), nearest the end. */
function visited(ctx: PartnerContext, start: number, end: number): PartnerFound | null {
  const region = ctx.text.slice(start, end);
  const pattern = /(\S+?)(을|를)\s*(?:공식\s*)?(?:방문|찾아|찾은|찾았|찾고)/g;
  let best: PartnerFound | null = null;
  for (let m = pattern.exec(region); m; m = pattern.exec(region)) {
    const tokenEnd = start + m.index + m[1].length;
    const span = stripLeadingCountry(ctx.text, extendLeft(ctx.text, start + m.index, tokenEnd, start));
    if (inside(span, ctx.excluded)) continue;
    const found = accept(ctx, span);
    if (found) best = found;
  }
  return best;
}

/** "성남시-한국마이크로소프트 간", "A와 B 간": the side that is not the agency. */
function between(ctx: PartnerContext, start: number, end: number): PartnerFound | null {
  const region = ctx.text.slice(start, end);
  if (!region.includes("간") && !region.includes("사이")) return null;
  const pattern = /([^\s\-–·]+)\s*[-–·]\s*([^\s\-–·]+?)\s*(?:간|사이)(?:의|에)?(?=\s|$)/g;
  let best: PartnerFound | null = null;
  for (let m = pattern.exec(region); m; m = pattern.exec(region)) {
    // "「부산시-호찌민시 간": brackets and quotes around the names are not part of them.
    const lead = /^[「『<《〈"“'‘(\[]+/.exec(m[1])?.[0].length ?? 0;
    const first = { start: start + m.index + lead, end: start + m.index + m[1].length };
    const secondStart = start + m.index + m[0].indexOf(m[2], m[1].length);
    const second = { start: secondStart, end: secondStart + m[2].length };
    const a = ctx.isAgency(m[1].slice(lead));
    const b = ctx.isAgency(m[2]);
    const side = a && !b ? second : b && !a ? first : null;
    if (side) best = accept(ctx, side) ?? best;
  }
  return best;
}

/** English "with X": capitalised words after "with", nearest the instrument. */
function englishWith(ctx: PartnerContext, start: number, end: number): PartnerFound | null {
  const region = ctx.text.slice(start, end);
  const pattern = /\bwith\s+(?:the\s+)?((?:[A-Z][\w&.'’-]*)(?:\s+(?:[A-Z][\w&.'’-]*|of|for|and|de|la|du|der|von|the)){0,8})/g;
  const m = pattern.exec(region);
  if (!m) return null;
  let name = m[1].replace(/\s+(?:of|for|and|de|la|du|der|von|the)$/, "").replace(/[.,]$/, "");
  const from = start + m.index + m[0].length - m[1].length;
  name = name.trim();
  return accept(ctx, { start: from, end: from + name.length });
}

const EN_NAME = "(?:[A-Z][\\w&.'’-]*)(?:\\s+(?:[A-Z][\\w&.'’-]*|of|for|the|de|la|du))*";
const EN_PAIR = new RegExp(`(?:between\\s+(?:the\\s+)?(${EN_NAME})\\s+and\\s+(?:the\\s+)?(${EN_NAME}))|(?:(?:^|[.;,]\\s*|\\s)(?:the\\s+)?(${EN_NAME})\\s+and\\s+(?:the\\s+)?(${EN_NAME})\\s+(?:have\\s+|has\\s+|on\\s+\\S+\\s+\\d+\\s+)?(?:signed|concluded|inked|agreed|exchanged))`);

/**
 * English "A and B signed …", "between A and B": the side that is not the agency — when the agency
 * is named in Korean, the side with a foreign place in its name, else the second side.
 */
function englishPair(ctx: PartnerContext, start: number, end: number): PartnerFound | null {
  const region = ctx.text.slice(start, end);
  const m = EN_PAIR.exec(region);
  if (!m) return null;
  const [a, b] = (m[1] ? [m[1], m[2]] : [m[3], m[4]]).map((name) => name.replace(/[.,;:]+$/, ""));
  const at = (name: string, from: number) => start + region.indexOf(name, from);
  const aStart = at(a, m.index);
  const bStart = at(b, aStart - start + a.length);
  const sides = [
    { name: a, start: aStart },
    { name: b, start: bStart },
  ];
  const foreign = (name: string) => placesIn(name, 0, name.length).some((p) => !p.countries.includes("KR"));
  const notAgency = sides.filter((side) => !ctx.isAgency(side.name));
  const chosen = notAgency.length === 1 ? notAgency[0] : (sides.find((side) => foreign(side.name)) ?? sides[1]);
  return accept(ctx, { start: chosen.start, end: chosen.start + chosen.name.length });
}

/**
 * The partner of an instrument mentioned at [mentionStart, mentionEnd): searched in the region
 * before it (from regionStart, the previous instrument or clause marker) and, for English and
 * for "X를 방문해 … 협약", around it.
 */
export function findPartner(ctx: PartnerContext, regionStart: number, mentionStart: number, windowEnd: number, sentence: Span): PartnerFound | null {
  const { text } = ctx;
  const viaBetween = between(ctx, regionStart, mentionStart);
  if (viaBetween) return viaBetween;
  const region = text.slice(regionStart, mentionStart);
  const pattern = /(\S+?)(과|와)(는|의|도)?(?=[\s,'‘"“]|$)/g;
  const pairs: RegExpExecArray[] = [];
  for (let m = pattern.exec(region); m; m = pattern.exec(region)) pairs.push(m);
  for (let i = pairs.length - 1; i >= 0; i--) {
    const m = pairs[i];
    const tokenStart = regionStart + m.index;
    const tokenEnd = tokenStart + m[1].length;
    const token = m[1];
    if (inside({ start: tokenStart, end: tokenEnd }, ctx.excluded)) continue;
    if (PERSON_TITLE.test(token)) {
      // "볼티모어 시장과": the city before the title; "호세 에스테베스 시장과": the place visited.
      const before = tokenBefore(text, tokenStart, regionStart);
      if (before && looksLikeName(text.slice(before.start, before.end), token)) {
        const found = accept(ctx, stripLeadingCountry(text, extendLeft(text, before.start, before.end, regionStart)));
        if (found) return found;
      }
      const place = visited(ctx, sentence.start, tokenStart);
      if (place) return place;
      continue;
    }
    const span = stripLeadingCountry(text, extendLeft(text, tokenStart, tokenEnd, regionStart));
    if (ctx.isAgency(token)) {
      // "성남시와 한국마이크로소프트는 … 협약을 체결했다": the subject after the agency.
      const after = /^\s*(\S+?)(은|는|이|가)(?=\s)/.exec(text.slice(regionStart + m.index + m[0].length, mentionStart));
      if (after) {
        const s = regionStart + m.index + m[0].length + after[0].indexOf(after[1]);
        const found = accept(ctx, { start: s, end: s + after[1].length });
        if (found) return found;
      }
      continue;
    }
    const found = accept(ctx, span);
    if (found) return found;
  }
  return (
    englishWith(ctx, mentionStart, windowEnd) ??
    englishWith(ctx, regionStart, mentionStart) ??
    englishPair(ctx, sentence.start, windowEnd) ??
    visited(ctx, regionStart, mentionStart)
  );
}
