/** Problem kinds found in commitment rows, and the bilingual messages that explain them. */
import type { ColumnKey } from "../schema";

export interface LocalizedMessage {
  ko: string;
  en: string;
}

export type ProblemCode =
  | "required"
  | "unknownEnum"
  | "badCountry"
  | "badCurrency"
  | "negativeAmount"
  | "notNumeric"
  | "badDate"
  | "realizedOverAmount"
  | "realizedWithoutAmount"
  | "duplicateId"
  | "completedWithoutSigned"
  | "dueBeforeSigned"
  | "noFxRate"
  /** Amount (KRW) used the earliest or latest rate because Signed is before every rate or blank (a note). */
  | "rateFallback"
  /** The currency's rates cannot be used (tied As of dates, an unreadable rate): Amount (KRW) is blank. */
  | "rateUnusable"
  | "badHsCode"
  /** Text longer than an Excel cell holds (32,767 characters). */
  | "tooLong"
  /** Schema 2 (progressRules.ts): progress recorded for a cancelled commitment. */
  | "progressForCancelled"
  /** Schema 2: progress dated before the commitment was signed. */
  | "progressBeforeSigned"
  /** Schema 2: past Due, not closed, and no progress at all. */
  | "pastDueNoProgress"
  /** Schema 2: a progress row names a Commitment ID the Commitments table does not have. */
  | "unknownCommitment"
  /** Schema 2: a progress row with no amount, jobs, evidence or notes says nothing. */
  | "emptyProgress";

/** Every code, in the order the validation panel lists counts. */
export const PROBLEM_CODES: readonly ProblemCode[] = [
  "required",
  "unknownEnum",
  "badCountry",
  "badCurrency",
  "negativeAmount",
  "notNumeric",
  "badDate",
  "badHsCode",
  "tooLong",
  "realizedOverAmount",
  "realizedWithoutAmount",
  "duplicateId",
  "completedWithoutSigned",
  "dueBeforeSigned",
  "noFxRate",
  "rateUnusable",
  "rateFallback",
  "progressForCancelled",
  "progressBeforeSigned",
  "pastDueNoProgress",
  "unknownCommitment",
  "emptyProgress",
];

/** Short names of each kind of problem, for counts and filters. */
export const PROBLEM_KIND_LABELS: Readonly<Record<ProblemCode, LocalizedMessage>> = {
  required: { ko: "필수 항목 누락", en: "Missing required field" },
  unknownEnum: { ko: "목록에 없는 값", en: "Unknown list value" },
  badCountry: { ko: "잘못된 국가", en: "Bad country" },
  badCurrency: { ko: "잘못된 통화", en: "Bad currency" },
  negativeAmount: { ko: "음수 금액", en: "Negative amount" },
  notNumeric: { ko: "숫자가 아닌 값", en: "Not a number" },
  badDate: { ko: "잘못된 날짜", en: "Bad date" },
  badHsCode: { ko: "잘못된 HS코드", en: "Bad HS code" },
  tooLong: { ko: "셀에 비해 너무 긴 글", en: "Text too long for a cell" },
  realizedOverAmount: { ko: "집행액이 원화환산액 초과", en: "Realized over Amount (KRW)" },
  realizedWithoutAmount: { ko: "금액 없는 집행액", en: "Realized without an amount" },
  duplicateId: { ko: "중복 관리번호", en: "Duplicate ID" },
  completedWithoutSigned: { ko: "체결일 없는 완료", en: "Completed without Signed date" },
  dueBeforeSigned: { ko: "체결일보다 이른 이행기한", en: "Due before Signed" },
  noFxRate: { ko: "환율 없음", en: "No exchange rate" },
  rateUnusable: { ko: "쓸 수 없는 환율", en: "Unusable exchange rate" },
  rateFallback: { ko: "대체 환율 사용", en: "Fallback exchange rate" },
  progressForCancelled: { ko: "취소된 협약의 이행실적", en: "Progress on a cancelled commitment" },
  unknownCommitment: { ko: "없는 관리번호의 이행실적", en: "Progress for an unknown commitment" },
  emptyProgress: { ko: "내용 없는 이행실적", en: "Progress record with nothing in it" },
  progressBeforeSigned: { ko: "체결일보다 이른 실적", en: "Progress before Signed" },
  pastDueNoProgress: { ko: "기한 지났는데 실적 없음", en: "Past due, no progress" },
};

/** A problem in one field. K is the table's column key: Commitments by default, Progress for ledger rows. */
export interface FieldProblem<K extends string = ColumnKey> {
  column: K;
  code: ProblemCode;
  message: LocalizedMessage;
}

export function countByCode(problems: readonly { code: ProblemCode }[]): Partial<Record<ProblemCode, number>> {
  const counts: Partial<Record<ProblemCode, number>> = {};
  for (const problem of problems) counts[problem.code] = (counts[problem.code] ?? 0) + 1;
  return counts;
}
