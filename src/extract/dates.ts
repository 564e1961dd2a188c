/**
 * Dates in a release: the document's own date (dateline or byline) and the dates sentences give,
 * often without a year ("4월 6일", "지난 6월28일", "12일 오후"), resolved against the document date.
 */
import type { Sentence } from "./segment";

export interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export interface DateMention {
  readonly start: number;
  readonly end: number;
  /** What the text says; missing parts are filled by resolve(). */
  readonly year: number | null;
  readonly month: number | null;
  readonly day: number;
  /** "지난달 28일", "last month": the month before the document's. */
  readonly lastMonth?: boolean;
}

export function isValid({ year, month, day }: Ymd): boolean {
  if (!Number.isInteger(year) || year < 1900 || year > 2200) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function toIso({ year, month, day }: Ymd): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function fromIso(text: string | undefined): Ymd | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text ?? "");
  if (!match) return null;
  const ymd = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValid(ymd) ? ymd : null;
}

function compare(a: Ymd, b: Ymd): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

const MONTHS: ReadonlyMap<string, number> = new Map(
  ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].map((m, i) => [m, i + 1]),
);
const EN_MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";

/** A full date in a dateline: 2024.09.04, 2015/04/10, 2019-11-18, 2024년 9월 4일, September 4, 2024, 4 September 2024. */
const FULL_DATE = new RegExp(
  [
    "(?<![\\d.])(\\d{4})\\s*[./-]\\s*(\\d{1,2})\\s*[./-]\\s*(\\d{1,2})(?!\\d)",
    "(\\d{4})\\s*년\\s*(\\d{1,2})\\s*월\\s*(\\d{1,2})\\s*일",
    `${EN_MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})`,
    `(\\d{1,2})\\s+${EN_MONTH}\\s+(\\d{4})`,
  ].join("|"),
  "gi",
);

function fullDateOf(match: RegExpExecArray): Ymd | null {
  let ymd: Ymd;
  if (match[1]) ymd = { year: +match[1], month: +match[2], day: +match[3] };
  else if (match[4]) ymd = { year: +match[4], month: +match[5], day: +match[6] };
  else if (match[7]) ymd = { year: +match[9], month: MONTHS.get(match[7].slice(0, 3).toLowerCase())!, day: +match[8] };
  else ymd = { year: +match[12], month: MONTHS.get(match[11].slice(0, 3).toLowerCase())!, day: +match[10] };
  return isValid(ymd) ? ymd : null;
}

/** Words that label a dateline or byline date ("기사입력 2015/04/10", "승인 2024.09.04 19:17"). */
const DATELINE_LABEL = /(기사\s*입력|입력|승인|등록|게재|발행|송고|보도\s*일|배포\s*일|작성\s*일|최종\s*편집|수정|posted|published|released|updated|date)\s*[:：]?\s*$/i;

export interface DocumentDate {
  readonly date: Ymd;
  readonly start: number;
  readonly end: number;
}

/**
 * The document's date: a labelled dateline anywhere before the body, else the first full date
 * before the body, else a labelled date anywhere (some captures put the byline last).
 */
export function findDocumentDate(text: string, preamble: readonly Sentence[], bodyStart: number): DocumentDate | null {
  let firstUnlabelled: DocumentDate | null = null;
  for (const line of preamble) {
    FULL_DATE.lastIndex = 0;
    for (let match = FULL_DATE.exec(line.text); match; match = FULL_DATE.exec(line.text)) {
      const date = fullDateOf(match);
      if (!date) continue;
      const found = { date, start: line.start + match.index, end: line.start + match.index + match[0].length };
      if (DATELINE_LABEL.test(line.text.slice(Math.max(0, match.index - 16), match.index))) return found;
      firstUnlabelled ??= found;
    }
  }
  if (firstUnlabelled && firstUnlabelled.start < bodyStart) return firstUnlabelled;
  // A labelled date after the body (bottom bylines). Bounded scan: labels are short.
  const labelled = /(기사\s*입력|입력|승인|등록|송고|posted|published)\s*[:：]?\s*/gi;
  for (let match = labelled.exec(text); match; match = labelled.exec(text)) {
    FULL_DATE.lastIndex = match.index + match[0].length;
    const date = FULL_DATE.exec(text);
    if (date && date.index === match.index + match[0].length) {
      const ymd = fullDateOf(date);
      if (ymd) return { date: ymd, start: date.index, end: date.index + date[0].length };
    }
  }
  return firstUnlabelled;
}

/**
 * Dates inside a sentence. Korean: "2019년 11월 8일", "4월 6일", "지난 6월28일", "8일(현지시각)",
 * "12일 오후"; English: "April 6, 2015", "on April 6", "6 April". Durations and ranges' ends
 * ("10박 12일", "5일간", "16일까지") are not dates of an event.
 */
const IN_SENTENCE = new RegExp(
  [
    "(?<![\\d.])(\\d{4})\\s*[./-]\\s*(\\d{1,2})\\s*[./-]\\s*(\\d{1,2})(?![\\d])",
    "(?:(\\d{4})\\s*년\\s*)?(\\d{1,2})\\s*월\\s*(\\d{1,2})\\s*일(?!\\s*(?:간|동안|까지|째))",
    "(?<![\\d박~∼-])(?<!박\\s)(?<![\\d]\\s)(\\d{1,2})\\s*일(?=\\s*(?:\\(|\\)|오전|오후|저녁|밤|새벽|낮|에는|에|부터|,|\\s+[가-힣A-Za-z]))(?!\\s*(?:간|동안|까지|째|만에|이내|전|후|이상|정도))",
    `${EN_MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?`,
    `(?<!\\d)(\\d{1,2})\\s+${EN_MONTH}(?:\\s+(\\d{4}))?`,
    // 개조식 schedules: "3. 14.(목)", "3.14(목)".
    "(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.?\\s?\\((?:월|화|수|목|금|토|일)\\)",
  ].join("|"),
  "g",
);

export function datesIn(sentence: Sentence): DateMention[] {
  const out: DateMention[] = [];
  IN_SENTENCE.lastIndex = 0;
  for (let m = IN_SENTENCE.exec(sentence.text); m; m = IN_SENTENCE.exec(sentence.text)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    let mention: DateMention | null = null;
    if (m[1]) mention = { start, end, year: +m[1], month: +m[2], day: +m[3] };
    else if (m[5]) mention = { start, end, year: m[4] ? +m[4] : null, month: +m[5], day: +m[6] };
    else if (m[7]) mention = { start, end, year: null, month: null, day: +m[7], lastMonth: /지난\s*달\s*$/.test(sentence.text.slice(Math.max(0, m.index - 6), m.index)) };
    else if (m[8]) mention = { start, end, year: m[10] ? +m[10] : null, month: MONTHS.get(m[8].slice(0, 3).toLowerCase())!, day: +m[9] };
    else if (m[11]) mention = { start, end, year: m[13] ? +m[13] : null, month: MONTHS.get(m[12].slice(0, 3).toLowerCase())!, day: +m[11] };
    else if (m[14]) mention = { start, end, year: null, month: +m[14], day: +m[15] };
    if (mention && mention.day >= 1 && mention.day <= 31 && (mention.month === null || (mention.month >= 1 && mention.month <= 12))) out.push(mention);
  }
  return out;
}

/**
 * A date mention on the calendar. Without a year it takes the document's year, or the year
 * before when that would fall after the document ("12월 20일" in a January release); a bare
 * day takes the document's month, or the month before. Null without a document date.
 */
export function resolve(mention: DateMention, documentDate: Ymd | null): Ymd | null {
  if (mention.year !== null && mention.month !== null) {
    const ymd = { year: mention.year, month: mention.month, day: mention.day };
    return isValid(ymd) ? ymd : null;
  }
  if (!documentDate) return null;
  if (mention.month !== null) {
    let ymd: Ymd = { year: documentDate.year, month: mention.month, day: mention.day };
    if (compare(ymd, documentDate) > 0) ymd = { ...ymd, year: ymd.year - 1 };
    return isValid(ymd) ? ymd : null;
  }
  let ymd: Ymd = { year: documentDate.year, month: documentDate.month, day: mention.day };
  if (mention.lastMonth || compare(ymd, documentDate) > 0) {
    ymd = documentDate.month === 1 ? { year: documentDate.year - 1, month: 12, day: mention.day } : { ...ymd, month: documentDate.month - 1 };
  }
  return isValid(ymd) ? ymd : null;
}
