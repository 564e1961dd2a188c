/**
 * Candidates: one per instrument mention (or alliance, or planned project) in the body, with
 * every field it states and where. extract.ts merges them into suggestions.
 */
import type { ColumnKey, InstrumentValue, StatusValue } from "../schema/columns";
import { datesIn, resolve, toIso, type DateMention, type Ymd } from "./dates";
import { governmentKey } from "./koreanPlaces";
import { PLANNED, SIGNED, statusFor } from "./lexicon";
import { categoryOf, firstIn, GENERIC_PRODUCT_PATTERN, locate, PRODUCT_PATTERN, sectorOf } from "./clauseFields";
import { jobsIn, moneyIn } from "./money";
import { instrumentMentions, listLayout, type InstrumentMention } from "./mentions";
import { findPartner, type PartnerContext, type PartnerFound } from "./partner";
import { placesIn } from "./places";
import type { Sentence } from "./segment";
import type { LocalizedMessage, Span } from "./types";

export interface Candidate {
  readonly fields: Partial<Record<ColumnKey, string | number>>;
  readonly evidence: Partial<Record<ColumnKey, Span>>;
  readonly sentence: Sentence;
  readonly position: number;
  readonly confidence: number;
  readonly warnings: LocalizedMessage[];
  /** What identifies the commitment across its mentions: partner and instrument. */
  readonly key: string;
}

export interface DocumentContext {
  readonly text: string;
  readonly body: readonly Sentence[];
  readonly documentDate: Ymd | null;
  readonly language: "ko" | "en";
  readonly isAgency: (name: string) => boolean;
  /** "(이하 도시연합)": the short name → the full name. */
  readonly aliases: ReadonlyMap<string, string>;
}

const AWARD = /(수상|표창|시상식|대상을\s*받|상을\s*받|award|prize)/i;
/** An existing relation's anniversary or age, not a new agreement ("자매도시 36주년", "자매도시가 된지 37년"). */
const ANNIVERSARY = /^.{0,12}?(\d+\s*주년|기념식|된\s*지|된지|\d+\s*년\s*(?:째|간|이\s*됐))/;
/** After an instrument, words that join it to the next one or to the sentence's verb ("협약을 시작으로 …", "협약을 통해, …"). */
const CONNECTIVE = /^\s*(?:을|를|과|와|및|,|\(|\))?\s*(?:시작으로|비롯해|비롯한|통해|포함해|포함한|맺고|,|및|$)/;
const PAST_END = /(했다|였다|됐다|되었다|었다|았다|했으며|했고|했습니다|됐습니다)["'”’)]*[.!?]?["'”’)]*$/;
const ENGLISH_SIGNED_BEFORE = /\b(signed|concluded|inked|entered\s+into|agreed\s+on|exchanged)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}$/i;
const ENGLISH_PLANNED_BEFORE = /\b(will\s+sign|plans?\s+to\s+sign|(?:is|are)\s+(?:expected|set|scheduled)\s+to\s+sign|to\s+sign)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}$/i;
const EVENT_NOUN = /(창립|출범|협약|체결|서명|조인|결성|발족|협정)식/g;

const message = (ko: string, en: string): LocalizedMessage => ({ ko, en });

const fold = (text: string) => text.normalize("NFKC").toLowerCase().replace(/[\s·ㆍ.,'’"”()（）-]+/g, "");

/** The date of an event the sentence names ("창립식") from the sentence that dates it ("3일 창립식에 이어"). */
function eventDate(ctx: DocumentContext, sentence: Sentence): DateMention | null {
  EVENT_NOUN.lastIndex = 0;
  const nouns = new Set<string>();
  for (let m = EVENT_NOUN.exec(sentence.text); m; m = EVENT_NOUN.exec(sentence.text)) nouns.add(m[0]);
  for (const noun of nouns) {
    for (const other of ctx.body) {
      if (other === sentence || !other.text.includes(noun)) continue;
      for (const date of datesIn(other)) {
        const after = ctx.text.slice(date.end, date.end + 4 + noun.length);
        if (after.replace(/^[\s에의]+/, "").startsWith(noun)) return date;
      }
    }
  }
  return null;
}

interface Draft {
  instrument: InstrumentValue | null;
  instrumentSpan: Span | null;
  instrumentInferred: boolean;
  status: StatusValue;
  statusSpan: Span | null;
  statusExplicit: boolean;
  partner: PartnerFound | null;
  clause: Span;
  sentence: Sentence;
  excluded: readonly Span[];
  /** Where a date for this mention is looked for first. */
  dateAnchor: number;
  sector?: { value: string; span: Span } | null;
  notes?: { value: string; span: Span } | null;
  due?: { value: string; span: Span } | null;
  warnings: LocalizedMessage[];
}

function build(ctx: DocumentContext, draft: Draft): Candidate | null {
  const { text } = ctx;
  const fields: Partial<Record<ColumnKey, string | number>> = {};
  const evidence: Partial<Record<ColumnKey, Span>> = {};
  const warnings = [...draft.warnings];
  const set = (key: ColumnKey, value: string | number, span: Span | null) => {
    fields[key] = value;
    if (span) evidence[key] = { start: span.start, end: span.end };
  };
  const money = moneyIn(text, draft.clause.start, draft.clause.end).filter((m) => !draft.excluded.some((e) => m.start >= e.start && m.end <= e.end));
  const jobs = jobsIn(text, draft.clause.start, draft.clause.end);
  const notPartner = [...draft.excluded, ...(draft.partner ? [draft.partner] : [])];
  // A named product ("창원단감" → 단감) before a kind of product ("농산물").
  const product = firstIn(text, draft.clause, notPartner, PRODUCT_PATTERN) ?? firstIn(text, draft.clause, notPartner, GENERIC_PRODUCT_PATTERN);
  if (!draft.partner && money.length === 0 && !product) return null;

  if (draft.instrument) set("instrument", draft.instrument, draft.instrumentSpan);
  const category = categoryOf(text, draft.clause, [...draft.excluded, ...(draft.partner ? [draft.partner] : [])], draft.instrument);
  set("category", category.category, category.span ?? draft.instrumentSpan);
  if (draft.partner) set("partner", draft.partner.name, draft.partner);
  else warnings.push(message("보도자료에 상대기관 이름이 없습니다. 입력하세요.", "The release does not name the partner: enter it."));

  const place = locate(ctx, draft.partner, draft.clause, draft.sentence, draft.excluded);
  if (place.country) set("country", place.country.code, place.country.span);
  else
    warnings.push(
      place.ambiguous
        ? message("나라를 하나로 정할 수 없습니다 (여러 나라 또는 같은 이름의 도시). 고르세요.", "The country is ambiguous (several countries, or a city name used in more than one). Choose it.")
        : message("보도자료에서 나라를 찾지 못했습니다. 고르세요.", "The release does not say which country: choose it."),
    );
  if (place.city) set("city", place.city.name, place.city.span);

  set("status", draft.status, draft.statusSpan ?? draft.instrumentSpan);

  // Dates: in the mention's own clause first, then earlier in the sentence, then an event the sentence names.
  const dates = datesIn(draft.sentence);
  const own = dates.filter((d) => d.start >= draft.clause.start && d.end <= draft.clause.end);
  const earlier = dates.filter((d) => d.end <= draft.clause.start);
  const nearest = (list: DateMention[]) => [...list].sort((a, b) => Math.abs(draft.dateAnchor - a.start) - Math.abs(draft.dateAnchor - b.start))[0];
  const dateMention = nearest(own) ?? earlier[earlier.length - 1] ?? eventDate(ctx, draft.sentence);
  const dateKey: ColumnKey = draft.status === "planned" ? "due" : "signed";
  if (dateMention) {
    const ymd = resolve(dateMention, ctx.documentDate);
    if (ymd) set(dateKey, toIso(ymd), dateMention);
    else warnings.push(message("날짜의 연도·월을 정할 수 없습니다 (보도자료 날짜 없음). 기준일을 넣거나 날짜를 입력하세요.", "Cannot tell the date's year or month (the release has no date): set a reference date or enter it."));
  } else if (draft.status === "signed") {
    warnings.push(message("보도자료에서 체결일을 찾지 못했습니다. 입력하세요.", "The release does not give the signing date: enter it."));
  }
  if (draft.due && fields.due === undefined) set("due", draft.due.value, draft.due.span);

  if (money.length > 0) {
    set("amount", money[0].amount, money[0]);
    set("currency", money[0].currency, money[0]);
    if (money.length > 1) warnings.push(message(`금액이 ${money.length}개 있어 첫 번째를 넣었습니다. 확인하세요.`, `The clause names ${money.length} amounts; the first is used. Check it.`));
  }
  if (jobs.length > 0) set("jobs", jobs[0].jobs, jobs[0]);
  if (product) set("product", text.slice(product.start, product.end), product);
  const sector = draft.sector ?? sectorOf(text, draft.clause, [...draft.excluded, ...(draft.partner ? [draft.partner] : [])]);
  if (sector) set("sector", sector.value, sector.span);
  if (draft.notes) set("notes", draft.notes.value, draft.notes.span);
  if (draft.instrumentInferred) warnings.push(message("보도자료에 협약 형태가 없어 '협약'으로 넣었습니다. 확인하세요.", "The release names no instrument; Agreement is suggested. Check it."));

  const confidence =
    (draft.instrumentInferred ? 0.1 : 0.3) +
    (draft.statusExplicit ? 0.15 : 0.05) +
    (draft.partner ? 0.25 : 0) +
    (fields.country ? 0.15 : 0) +
    (fields.signed || fields.due || draft.status === "planned" ? 0.1 : 0) +
    (fields.amount !== undefined || fields.product ? 0.05 : 0);
  const key = draft.partner ? `${fold(draft.partner.name)}|${draft.instrument}` : `|${draft.instrument}|${fields.amount ?? ""}|${fields.product ?? ""}`;
  return {
    fields,
    evidence,
    sentence: draft.sentence,
    position: draft.instrumentSpan?.start ?? draft.partner?.start ?? draft.sentence.start,
    confidence: Math.min(1, Math.round(confidence * 100) / 100),
    warnings,
    key,
  };
}

/** A mention that points back at the agreement already reported ("이번 협약", "이 협약", "동 협약", "양 기관의 협약"). */
const ANAPHORA = /(?:^|\s)(?:이번|이|해당|본|동|금번|양\s*기관의?|양측의?|양\s*도시의?|this)\s*$/i;

/** Money and jobs of a sentence about the last agreement, added to it when it has none of its own. */
function attachToLast(ctx: DocumentContext, out: Candidate[], clause: Span): void {
  const last = out[out.length - 1];
  if (!last) return;
  const money = moneyIn(ctx.text, clause.start, clause.end);
  const jobs = jobsIn(ctx.text, clause.start, clause.end);
  const fields = { ...last.fields };
  const evidence = { ...last.evidence };
  if (fields.amount === undefined && money.length > 0) {
    fields.amount = money[0].amount;
    fields.currency = money[0].currency;
    evidence.amount = { start: money[0].start, end: money[0].end };
    evidence.currency = { start: money[0].start, end: money[0].end };
  }
  if (fields.jobs === undefined && jobs.length > 0) {
    fields.jobs = jobs[0].jobs;
    evidence.jobs = { start: jobs[0].start, end: jobs[0].end };
  }
  out[out.length - 1] = { ...last, fields, evidence };
}

/** Agreements named by an instrument word: one candidate per mention that was signed or is planned. */
function agreementCandidates(ctx: DocumentContext, sentence: Sentence, mentions: InstrumentMention[], out: Candidate[]): void {
  const { text } = ctx;
  const layout = listLayout(sentence, mentions);
  const partnerCtx: PartnerContext = { text, isAgency: ctx.isAgency, excluded: layout.content };
  mentions.forEach((mention, i) => {
    if (layout.content.some((c) => mention.start >= c.start && mention.end <= c.end)) return;
    const markerBefore = layout.agreements ? Math.max(sentence.start, ...layout.markers.filter((m) => m < mention.start).map((m) => m + 1)) : sentence.start;
    const markerAfter = layout.agreements ? Math.min(sentence.end, ...layout.markers.filter((m) => m > mention.end)) : sentence.end;
    const regionStart = Math.max(markerBefore, i > 0 ? mentions[i - 1].end : sentence.start);
    const windowEnd = Math.min(markerAfter, i + 1 < mentions.length ? mentions[i + 1].start : sentence.end);
    const window = text.slice(mention.end, windowEnd);
    if (ANNIVERSARY.test(window)) return;
    // "이번 협약으로 A사는 500억원을 투자해 일자리 300개를 창출할 계획이다": the agreement just
    // reported, not a new one. Its amount and jobs belong to that agreement.
    if (ANAPHORA.test(text.slice(Math.max(regionStart, mention.start - 12), mention.start))) {
      attachToLast(ctx, out, { start: mention.end, end: windowEnd });
      return;
    }

    let status: StatusValue;
    let statusSpan: Span | null = null;
    let explicit = true;
    let clauseEnd: number;
    const before = text.slice(regionStart, mention.start);
    const english = ENGLISH_SIGNED_BEFORE.exec(before) ?? ENGLISH_PLANNED_BEFORE.exec(before);
    const found = statusFor(window);
    if (found === "skip") return;
    if (english && (!found || /\b(signed|concluded|inked|entered|agreed|exchanged)\b/i.test(english[1]) || found.status === "planned")) {
      status = /will|plans?|expected|set|scheduled|to\s+sign/i.test(english[1]) ? "planned" : "signed";
      statusSpan = { start: regionStart + english.index, end: regionStart + english.index + english[1].length };
      clauseEnd = found ? mention.end + found.index + found.length : Math.min(windowEnd, mention.end + 80);
    } else if (found) {
      status = found.status;
      statusSpan = { start: mention.end + found.index, end: mention.end + found.index + found.length };
      clauseEnd = statusSpan.end;
    } else {
      // No verb of its own: an instrument joined to the sentence's verb ("협약을 시작으로 … 형성했다").
      if (!CONNECTIVE.test(window)) return;
      const tail = sentence.text.slice(-24);
      const tailStart = sentence.end - tail.length;
      const plannedTail = PLANNED.exec(tail);
      const pastTail = PAST_END.exec(sentence.text) ?? SIGNED.exec(tail);
      if (plannedTail) {
        status = "planned";
        statusSpan = { start: tailStart + plannedTail.index, end: tailStart + plannedTail.index + plannedTail[0].length };
      } else if (pastTail) {
        status = "signed";
        // The verb before the ending: "형성했다" rather than "했다".
        const verbStart = pastTail.input === sentence.text ? sentence.start + pastTail.index : tailStart + pastTail.index;
        let s = verbStart;
        while (s > sentence.start && /[가-힣]/.test(text[s - 1])) s--;
        statusSpan = { start: s, end: verbStart + pastTail[0].replace(/[."'”’)!?]+$/, "").length };
      } else return;
      explicit = false;
      const comma = window.indexOf(",");
      clauseEnd = comma >= 0 ? mention.end + comma : Math.min(windowEnd, mention.end + 20);
    }
    const partner = findPartner(partnerCtx, regionStart, mention.start, windowEnd, sentence);
    const notes =
      layout.content.length > 0
        ? {
            value: layout.content
              .map((c) => text.slice(c.start, c.end))
              .join(" ")
              .split(/[▲△■□●◆◇▶►◎※①-⑳]/)
              .map((item) => item.trim())
              .filter((item) => item !== "")
              .join("; "),
            span: layout.content[0],
          }
        : null;
    const candidate = build(ctx, {
      instrument: mention.instrument,
      instrumentSpan: mention,
      instrumentInferred: false,
      status,
      statusSpan,
      statusExplicit: explicit,
      partner,
      clause: { start: regionStart, end: Math.max(clauseEnd, mention.end) },
      sentence,
      excluded: layout.content,
      dateAnchor: mention.start,
      notes,
      warnings: [],
    });
    if (candidate) out.push(candidate);
  });
}

const ALLIANCE =
  /([가-힣A-Za-z]{2,30}(?:연합|연맹|협의체|협의회|얼라이언스|협력체|Alliance|Coalition|League|Network))(?:\s*\((?:이하\s*)?[^)]{0,20}\))?\s*(?:의\s*)?(창립|출범|결성|발족|가입|설립|founded|launched|formed|joined)/;

/** An alliance or network founded or joined ("세계경제과학도시연합(이하 도시연합) 창립식이 … 마무리됐다"): one agreement with the alliance. */
const ALLIANCE_WORD = /연합|연맹|협의체|협의회|얼라이언스|협력체|Alliance|Coalition|League|Network/;

function allianceCandidate(ctx: DocumentContext, sentence: Sentence, out: Candidate[]): void {
  if (!ALLIANCE_WORD.test(sentence.text)) return;
  const m = ALLIANCE.exec(sentence.text);
  if (!m) return;
  const nameStart = sentence.start + m.index;
  const name = ctx.aliases.get(m[1]) ?? m[1];
  if (ctx.isAgency(name)) return;
  const cueStart = sentence.start + m.index + m[0].length - m[2].length;
  const rest = sentence.text.slice(m.index + m[0].length);
  // "연합 창립을 계기로", "창립을 위해": the founding is referred to, not reported.
  if (/^\s*(?:을|를|에)?\s*(?:위해|위한|계기로|앞서|대해|관한)/.test(rest)) return;
  const planned = PLANNED.exec(rest);
  const status: StatusValue = planned && !PAST_END.test(sentence.text) ? "planned" : "signed";
  const partner: PartnerFound = { start: nameStart, end: nameStart + m[1].length, name };
  const candidate = build(ctx, {
    instrument: "agreement",
    instrumentSpan: { start: cueStart, end: cueStart + m[2].length },
    instrumentInferred: true,
    status,
    statusSpan: { start: cueStart, end: cueStart + m[2].length },
    statusExplicit: true,
    partner,
    clause: { start: sentence.start, end: sentence.end },
    sentence,
    excluded: [],
    dateAnchor: cueStart,
    warnings: [],
  });
  if (candidate) out.push({ ...candidate, key: `${fold(name)}|agreement` });
}

const PROJECT = /(시범\s*사업|협력\s*사업|공동\s*사업|교류\s*사업|지원\s*사업|프로젝트|pilot\s+projects?)/i;

/**
 * Planned projects listed with their partners and no instrument word: "2025년 미국 몽고메리카운티와는
 * 공무원 인적교류, 시애틀과 딥테크 스타트업의 북미시장 진출 지원사업, … 을 시범사업으로 추진할 계획이다."
 */
function projectCandidates(ctx: DocumentContext, sentence: Sentence, out: Candidate[]): void {
  const { text } = ctx;
  // The sentence's last plan word governs it ("…을 시범사업으로 추진할 계획이다").
  if (!PROJECT.test(sentence.text)) return;
  let planned: RegExpExecArray | null = null;
  const plans = new RegExp(PLANNED.source, "gi");
  for (let m = plans.exec(sentence.text); m; m = plans.exec(sentence.text)) planned = m;
  const projects = [...sentence.text.matchAll(new RegExp(PROJECT.source, "gi"))];
  if (!planned || projects.length === 0) return;
  const project = projects[projects.length - 1];
  const projectSpan = { start: sentence.start + project.index, end: sentence.start + project.index + project[0].length };
  const predicateStart = sentence.start + planned.index;
  const pattern = /(\S+?)(과|와)(는|도)?(?=\s)/g;
  const partnerCtx: PartnerContext = { text, isAgency: ctx.isAgency, excluded: [] };
  const pairs: { partner: PartnerFound; itemStart: number }[] = [];
  for (let m = pattern.exec(sentence.text); m; m = pattern.exec(sentence.text)) {
    const tokenEnd = sentence.start + m.index + m[0].length;
    if (tokenEnd >= predicateStart) break;
    const partner = findPartner(partnerCtx, pairs.length > 0 ? pairs[pairs.length - 1].itemStart : sentence.start, tokenEnd, tokenEnd, sentence);
    // Only named counterparts (a place or an organisation) make a project; "기업과 협력" does not.
    if (!partner || partner.end > tokenEnd || (placesIn(text, partner.start, partner.end).length === 0 && !/(협회|재단|대학|기관|공사|센터|기업|그룹|시|주|군|카운티)$/.test(partner.name))) continue;
    pairs.push({ partner, itemStart: tokenEnd });
  }
  const year = /(\d{4})\s*년/.exec(sentence.text);
  pairs.forEach((pair, i) => {
    const itemEnd = i + 1 < pairs.length ? pairs[i + 1].partner.start : predicateStart;
    let item = text.slice(pair.itemStart, itemEnd);
    const leading = item.length - item.trimStart().length;
    item = item
      .trim()
      .replace(/^(?:미국|독일|일본|중국|캐나다|프랑스|영국|스페인)\s+/, "")
      .replace(/[,\s]+$/, "")
      .replace(/\s*(?:을|를)\s*(?:시범\s*사업으로|공동\s*사업으로)?\s*$/, "")
      .replace(/[,\s]+$/, "");
    // A trailing country word belongs to the next pair ("…인적교류, 독일 도르트문트와").
    item = item.replace(/,?\s*(?:미국|독일|일본|중국|캐나다|프랑스|영국|스페인|호주|베트남)$/, "").trim();
    if (item.length < 2) return;
    const itemSpan = { start: pair.itemStart + leading, end: pair.itemStart + leading + item.length };
    const candidate = build(ctx, {
      instrument: "agreement",
      instrumentSpan: projectSpan,
      instrumentInferred: true,
      status: "planned",
      statusSpan: { start: predicateStart, end: predicateStart + planned[0].length },
      statusExplicit: true,
      partner: pair.partner,
      clause: { start: pair.partner.start, end: itemSpan.end },
      sentence,
      excluded: [],
      dateAnchor: pair.partner.start,
      sector: { value: item, span: itemSpan },
      due: year ? { value: `${year[1]}-12-31`, span: { start: sentence.start + year.index, end: sentence.start + year.index + year[0].length } } : null,
      notes: year ? { value: `${year[1]}년 ${project[0].replace(/\s+/g, "")}`, span: { start: sentence.start + year.index, end: sentence.start + year.index + year[0].length } } : null,
      warnings: [],
    });
    if (candidate) out.push({ ...candidate, key: `${candidate.key}|${fold(item)}` });
  });
}

/** Every candidate in the body, in text order. */
export function collectCandidates(ctx: DocumentContext): Candidate[] {
  const out: Candidate[] = [];
  for (const sentence of ctx.body) {
    if (AWARD.test(sentence.text)) continue;
    const mentions = instrumentMentions(sentence);
    if (mentions.length > 0) agreementCandidates(ctx, sentence, mentions, out);
    else {
      allianceCandidate(ctx, sentence, out);
      projectCandidates(ctx, sentence, out);
    }
  }
  return out;
}

/** The agency test: "성남시", "성남시청", "성남" and "이재명 성남시장" are all the agency 성남시. */
export function agencyMatcher(agency: string | null): (name: string) => boolean {
  if (!agency) return () => false;
  const key = governmentKey(agency);
  const foldedAgency = fold(agency);
  return (name: string) => {
    const trimmed = name.trim();
    if (trimmed === "") return false;
    const folded = fold(trimmed);
    if (folded === foldedAgency) return true;
    const withoutTitle = trimmed.replace(/(시장|군수|구청장|도지사|지사|청장)$/, "");
    return key.length >= 2 && governmentKey(withoutTitle) === key;
  };
}
