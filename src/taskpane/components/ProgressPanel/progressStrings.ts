/** The progress panel's words, Korean first. Kept beside the panel (one concept per module). */
import type { Language } from "../../../schema";

export interface ProgressStrings {
  readonly heading: string;
  readonly loading: string;
  readonly loadFailed: string;
  readonly empty: string;
  readonly timeline: string;
  readonly committed: string;
  readonly realized: string;
  readonly bar: (realized: string, committed: string, percent: string) => string;
  readonly noCommitted: (realized: string) => string;
  readonly over: string;
  readonly addHeading: string;
  readonly date: string;
  readonly kind: string;
  readonly amount: string;
  readonly amountPlaceholder: string;
  readonly amountParsed: (text: string) => string;
  readonly jobs: string;
  readonly evidence: string;
  readonly evidencePlaceholder: string;
  readonly choose: string;
  readonly add: string;
  readonly adding: string;
  readonly added: (id: string) => string;
  readonly addFailed: string;
  readonly jobsUnit: (n: number) => string;
  readonly undated: string;
}

export const PROGRESS_STRINGS: Readonly<Record<Language, ProgressStrings>> = {
  ko: {
    heading: "이행실적",
    loading: "이행실적을 읽는 중…",
    loadFailed: "이행실적을 읽지 못했습니다",
    empty: "아직 기록된 이행실적이 없습니다.",
    timeline: "이행실적 기록",
    committed: "약정",
    realized: "집행",
    bar: (realized, committed, percent) => `집행 ${realized} / 약정 ${committed} (${percent})`,
    noCommitted: (realized) => `집행 ${realized} (약정액 없음)`,
    over: "집행액이 약정액을 넘었습니다. 금액을 확인하세요.",
    addHeading: "실적 추가",
    date: "실적일",
    kind: "실적구분",
    amount: "실적 금액",
    amountPlaceholder: "예: 5만불, 3억 원",
    amountParsed: (text) => `읽은 값: ${text}`,
    jobs: "창출 일자리",
    evidence: "증빙",
    evidencePlaceholder: "예: 수출신고번호, 문서번호",
    choose: "선택",
    add: "실적 추가",
    adding: "추가하는 중…",
    added: (id) => `${id}을(를) 추가했습니다.`,
    addFailed: "실적을 추가하지 못했습니다",
    jobsUnit: (n) => `일자리 ${n.toLocaleString("ko-KR")}명`,
    undated: "날짜 없음",
  },
  en: {
    heading: "Progress",
    loading: "Reading progress…",
    loadFailed: "Could not read the progress",
    empty: "No progress recorded yet.",
    timeline: "Progress records",
    committed: "Committed",
    realized: "Realized",
    bar: (realized, committed, percent) => `Realized ${realized} of ${committed} committed (${percent})`,
    noCommitted: (realized) => `Realized ${realized} (no committed amount)`,
    over: "Realized exceeds the committed amount. Check the amounts.",
    addHeading: "Add progress",
    date: "Date",
    kind: "Kind",
    amount: "Progress amount",
    amountPlaceholder: "e.g. 5만불, $50,000, 3억 원",
    amountParsed: (text) => `Read as: ${text}`,
    jobs: "Jobs created",
    evidence: "Evidence",
    evidencePlaceholder: "e.g. export declaration or document number",
    choose: "Choose",
    add: "Add progress",
    adding: "Adding…",
    added: (id) => `Added ${id}.`,
    addFailed: "Could not add the progress",
    jobsUnit: (n) => `${n.toLocaleString("en-US")} jobs`,
    undated: "no date",
  },
};
