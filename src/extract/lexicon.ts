/**
 * The words of the genre: how releases name instruments, what makes an agreement signed or
 * planned, and the category, product and sector words. Korean first, English too.
 */
import type { CategoryValue, InstrumentValue, StatusValue } from "../schema/columns";

export interface InstrumentCue {
  readonly pattern: RegExp;
  readonly instrument: InstrumentValue;
  /** Higher wins when cues overlap ("우호교류협력 의향서" is an LOI, "우호도시 협약" a friendship city). */
  readonly rank: number;
}

/**
 * Instrument words. A document word (의향서, MOU) outranks a relationship word (우호교류),
 * which outranks a bare 협약. Patterns are global and sticky-free; callers scan with exec.
 */
export const INSTRUMENT_CUES: readonly InstrumentCue[] = [
  { pattern: /(?:투자\s*)?의향서|\bLOIs?\b|letters?\s+of\s+intent/gi, instrument: "loi", rank: 6 },
  { pattern: /양해\s*각서|\bMOUs?\b|\bMoUs?\b|엠오유|memorand(?:um|a)\s+of\s+understanding|업무\s*협약/gi, instrument: "mou", rank: 5 },
  { pattern: /자매\s*결연|자매\s*도시|자매\s*우호|자매\s*주|sister[-\s](?:cit(?:y|ies)|states?|provinces?)/gi, instrument: "sisterCity", rank: 4 },
  { pattern: /우호\s*(?:교류\s*)?(?:협력\s*)?(?:도시|주|성)|우호\s*교류|우호\s*협력|friendship[-\s](?:cit(?:y|ies)|states?|provinces?)/gi, instrument: "friendshipCity", rank: 4 },
  { pattern: /협정서|투자\s*협정|투자\s*협약|\bMOAs?\b|memorand(?:um|a)\s+of\s+agreement/gi, instrument: "moa", rank: 3 },
  { pattern: /(?:(?:수출|수입|공급|구매|납품|판매|투자)\s*)?계약(?!직|금|기간|만료|해지|해제)|(?:export|supply|purchase|sales)\s+(?:contract|deal)s?|contracts?\b/gi, instrument: "contract", rank: 2 },
  { pattern: /협약|협정|전략적\s*제휴|strategic\s+(?:partnership|alliance)|(?:cooperation\s+|partnership\s+)?agreements?\b/gi, instrument: "agreement", rank: 1 },
];

/** The predicate says it was done: signed, concluded, agreed. */
export const SIGNED = /(체결(?:했|하였|하고|하며|됐|되었|한|을\s*한|\s*했)|(?:체결|협약|서명|조인)?식을\s*(?:가졌|갖고|개최했|열었)|체결\s*(?:했다|하였다|완료)|맺(?:었|은|고)|서명(?:했|하였|한|\s*했)|공동\s*서명|조인|교환(?:했|하였)|합의(?:했|하였|한)|성사|signed|concluded|inked|entered\s+into|agreed|sealed)/i;
/** Headline-style and summary-style "…MOU 체결" with no verb ending: done as well. */
export const SIGNED_NOUN = /체결(?!\s*(?:을\s*위한|을\s*위해|을\s*추진|을\s*앞두|을\s*목표|할|예정|계획|을\s*논의|을\s*협의|을\s*검토|안|방안|여부|추진|논의|협의|준비|절차|을\s*준비))/;
/** Talk, not agreement: a meeting that discussed an instrument agreed nothing. */
export const DISCUSSED = /(논의|협의|검토|의견을\s*(?:나눴|나누|교환)|간담회|면담|discuss|talks?\b|explored)/i;
/** The predicate says it will be done. */
export const PLANNED = /(추진할\s*계획|추진할\s*예정|추진키로|추진하기로|추진\s*중|추진한다|체결할\s*(?:계획|예정)|체결\s*예정|맺을\s*(?:계획|예정)|예정이다|예정|계획이다|앞두고|할\s*방침|협의\s*중|논의\s*중|검토\s*중|시범\s*사업으로|will\s+sign|plans?\s+to|is\s+(?:expected|set|scheduled)\s+to|intends?\s+to|to\s+be\s+signed)/i;

/**
 * The status the words after an instrument give it: a signing verb, else (when talk comes first)
 * nothing was agreed, else a plan, else a bare "…체결" right after the instrument. Null when the
 * words say none of these; "skip" for talk.
 */
export function statusFor(after: string): { status: StatusValue; index: number; length: number } | "skip" | null {
  const planned = PLANNED.exec(after);
  const signed = SIGNED.exec(after);
  const discussed = DISCUSSED.exec(after);
  // Whichever predicate comes first speaks about this instrument.
  if (signed && (!planned || signed.index <= planned.index) && (!discussed || signed.index <= discussed.index)) {
    return { status: "signed", index: signed.index, length: signed[0].length };
  }
  if (discussed && (!planned || discussed.index <= planned.index)) return "skip";
  if (planned) return { status: "planned", index: planned.index, length: planned[0].length };
  const noun = SIGNED_NOUN.exec(after);
  if (noun && noun.index <= 4) return { status: "signed", index: noun.index, length: 2 };
  return null;
}

/** Category words, strongest first. Searched in the agreement's own clause (never its list of clauses) and the headline. */
export const CATEGORY_CUES: readonly { pattern: RegExp; category: CategoryValue }[] = [
  { pattern: /수출|export/i, category: "export" },
  { pattern: /투자|investment|invest/i, category: "investment" },
  { pattern: /자매\s*결연|자매\s*도시|우호\s*교류|우호\s*협력|우호\s*도시|교류|sister[-\s]city|friendship|exchange/i, category: "exchange" },
];

/** Products releases name in export and supply deals. Longest first when matched. */
export const PRODUCTS: readonly string[] = [
  "단감", "딸기", "사과", "배", "포도", "샤인머스캣", "복숭아", "감귤", "한라봉", "멜론", "수박", "참외", "파프리카", "토마토", "버섯", "새송이",
  "인삼", "홍삼", "쌀", "김치", "김", "미역", "굴", "전복", "넙치", "광어", "라면", "소주", "막걸리",
  "전통주", "유자", "장류", "고추장", "된장", "화장품", "의약품", "의료기기", "반도체", "디스플레이", "이차전지", "배터리", "자동차부품", "자동차",
  "선박", "철강", "기계", "공작기계", "로봇", "드론", "방산", "무기", "수소차", "전기차", "태양광 모듈", "섬유", "가구", "게임", "콘텐츠",
  "persimmons", "persimmon", "strawberries", "ginseng", "kimchi", "cosmetics", "semiconductors", "batteries", "auto parts",
];

/** Product words that only say what kind: used when no specific product is named. */
export const GENERIC_PRODUCTS: readonly string[] = ["농수산물", "농산물", "수산물", "농식품", "가공식품", "식품", "agricultural products", "food"];

/** Sector words; several may apply ("AI·바이오"). */
export const SECTORS: readonly string[] = [
  "AI", "인공지능", "미래차", "자율주행", "모빌리티", "바이오", "헬스케어", "의료", "제약", "반도체", "이차전지", "수소", "에너지", "신재생에너지",
  "원전", "우주", "항공", "방산", "조선", "스마트시티", "스마트팜", "스마트공장", "소프트웨어", "빅데이터", "클라우드", "사물인터넷", "IoT", "5G",
  "메타버스", "블록체인", "핀테크", "딥테크", "스타트업", "창업", "관광", "문화", "예술", "교육", "체육", "스포츠", "청소년", "농업", "수산",
  "물류", "항만", "환경", "탄소중립", "기후", "물산업", "R&D", "연구개발", "과학기술", "ICT", "IT", "게임", "콘텐츠", "의료관광", "보건",
  "artificial intelligence", "biotech", "healthcare", "semiconductor", "hydrogen", "mobility", "tourism", "education", "logistics",
];
