/** Strings of the press-release tab. Korean first; English has the same shape. */
import type { Language } from "../../../schema";

const ko = {
  heading: "보도자료에서 약정 찾기",
  intro: "보도자료를 붙여 넣거나 파일(.txt, .html)을 열고 '제안'을 누르세요. 카드마다 내용을 확인·수정한 뒤 '선택한 행 추가'를 눌러야 표에 씁니다.",
  example: "예시 보도자료",
  exampleNone: "예시 고르기",
  textLabel: "보도자료 본문",
  textPlaceholder: "기사나 보도자료 전체를 붙여 넣으세요 (광고·댓글 등은 자동으로 건너뜁니다).",
  fileLabel: "파일 열기 (.txt, .html)",
  urlLabel: "원문 주소 (선택)",
  agencyLabel: "추진기관",
  agencyHint: (agency: string) => (agency ? `표에서 가장 많이 쓰인 기관: ${agency}` : "표에서 기관을 읽지 못했습니다. 직접 입력하세요."),
  referenceLabel: "기준일 (보도 날짜를 찾지 못할 때)",
  suggest: "제안",
  reading: "읽는 중…",
  documentDate: (date: string | null) => (date ? `보도 날짜: ${date}` : "보도 날짜를 찾지 못했습니다"),
  found: (n: number) => (n === 0 ? "제안할 약정을 찾지 못했습니다." : `약정 ${n}건을 찾았습니다. 카드마다 확인하세요.`),
  cardsLabel: "제안된 약정",
  include: "표에 추가",
  confidence: (percent: number) => `신뢰도 ${percent}%`,
  evidenceLabel: "근거",
  evidenceHint: "항목을 선택하면 보도자료에서 그 근거를 표시합니다.",
  noEvidence: "이 항목은 보도자료에 근거가 없습니다 (직접 입력·기본값).",
  addSelected: (n: number) => `선택한 ${n}건 추가`,
  adding: "추가하는 중…",
  added: (inserted: number, same: number, differs: number, rejected: number) =>
    `추가 ${inserted}행 · 이미 있음 ${same}행 · 표와 다름 ${differs}행 (표 유지) · 제외 ${rejected}행`,
  nothingNew: "새로 쓸 행이 없습니다. 선택한 약정은 이미 표에 있거나 제외되었습니다.",
  outcome: {
    inserted: (id: string) => `추가됨: ${id}`,
    unchanged: (id: string) => `이미 표에 있음 (${id})`,
    differs: (id: string) => `표의 ${id}와 같은 약정이지만 값이 다릅니다. 표의 값을 유지했습니다.`,
    rejected: "제외됨",
  },
  failed: "보도자료를 처리할 수 없습니다",
  addFailed: "표에 추가할 수 없습니다",
  undoHint: "추가한 행은 '동기화' 탭의 '마지막 동기화 되돌리기'로 되돌릴 수 있습니다 (SyncLog에 기록됨).",
  sourceName: (headline: string) => `보도자료: ${headline}`,
};

type PressStrings = typeof ko;

const en: PressStrings = {
  heading: "Find commitments in a press release",
  intro: "Paste a press release or open a file (.txt, .html) and press Suggest. Check and edit each card; nothing is written until you press Add selected.",
  example: "Example release",
  exampleNone: "Pick an example",
  textLabel: "Release text",
  textPlaceholder: "Paste the whole article or release (ads, comments and the like are skipped).",
  fileLabel: "Open a file (.txt, .html)",
  urlLabel: "Address of the original (optional)",
  agencyLabel: "Agency",
  agencyHint: (agency: string) => (agency ? `The agency most used in the table: ${agency}` : "Could not read an agency from the table: enter one."),
  referenceLabel: "Reference date (when the release has no date)",
  suggest: "Suggest",
  reading: "Reading…",
  documentDate: (date: string | null) => (date ? `Release date: ${date}` : "The release date was not found"),
  found: (n: number) => (n === 0 ? "Found no commitments to suggest." : `Found ${n} commitment(s). Check each card.`),
  cardsLabel: "Suggested commitments",
  include: "Add to table",
  confidence: (percent: number) => `Confidence ${percent}%`,
  evidenceLabel: "Evidence",
  evidenceHint: "Select a field to highlight its evidence in the release.",
  noEvidence: "The release gives no evidence for this field (typed or a default).",
  addSelected: (n: number) => `Add selected (${n})`,
  adding: "Adding…",
  added: (inserted: number, same: number, differs: number, rejected: number) =>
    `Added ${inserted} · already in the table ${same} · differs from the table ${differs} (table kept) · rejected ${rejected}`,
  nothingNew: "Nothing new to write: the selected commitments are already in the table or were rejected.",
  outcome: {
    inserted: (id: string) => `Added: ${id}`,
    unchanged: (id: string) => `Already in the table (${id})`,
    differs: (id: string) => `Same commitment as ${id} in the table, with other values. The table's values were kept.`,
    rejected: "Rejected",
  },
  failed: "Could not read the release",
  addFailed: "Could not add to the table",
  undoHint: "Added rows can be undone with 'Undo last sync' on the Sync tab (logged in SyncLog).",
  sourceName: (headline: string) => `Press release: ${headline}`,
};

export const PRESS_STRINGS: Readonly<Record<Language, PressStrings>> = { ko, en };
