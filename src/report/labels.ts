/**
 * Every piece of text the built-in report shows, in Korean and English. The
 * layout is built once from a structure and this table, so the two languages
 * can only differ in these strings (tested).
 */
import type { Language } from "../schema";

export const REPORT_LABELS = {
  title: { ko: "해외 협약 이행 분기 보고서", en: "Overseas Commitments Quarterly Report" },
  generatedOn: { ko: "작성일", en: "Generated" },
  /** Pieces of the period caption formula: year & part1 & quarter & part2. */
  periodCaptionAfterYear: { ko: "년 ", en: " Q" },
  periodCaptionAfterQuarter: { ko: "분기", en: "" },
  periodCell: { ko: "보고 분기", en: "Report quarter" },
  periodHint: {
    ko: "← 이 셀(ReportPeriod)만 바꾸면 보고서 전체가 다시 계산됩니다. 예: 2024-Q3, 2024년 3분기",
    en: "← Change only this cell (ReportPeriod) to re-target the whole report. E.g. 2024-Q3, 2024년 3분기",
  },
  periodRuleTitle: { ko: "보고 분기 형식", en: "Report quarter" },
  periodRuleMessage: {
    ko: "분기를 2024-Q3 또는 2024년 3분기처럼 입력하세요. 연도, 반기, 월, 날짜는 받지 않습니다.",
    en: "Type a quarter such as 2024-Q3 or 2024년 3분기. A year, half, month or date is not a quarter.",
  },
  statusPeriodUnreadable: {
    ko: "⚠ 보고 분기(B4)를 분기로 읽을 수 없어 모든 수치가 비어 있습니다. 2024-Q3 또는 2024년 3분기처럼 입력하세요.",
    en: "⚠ The report quarter (B4) is not a quarter, so no figure is computed. Type e.g. 2024-Q3 or 2024년 3분기.",
  },
  statusIncomplete: {
    ko: "⚠ 일부 수치를 계산하지 못해 이 보고서는 불완전합니다. 확인할 곳:",
    en: "⚠ Some figures could not be computed; this report is incomplete. Look at:",
  },
  statusKpi: { ko: " [1. 주요 지표]", en: " [1. Key figures]" },
  statusExports: { ko: " [2. 수출 실적]", en: " [2. Exports]" },
  statusInvestment: { ko: " [3. 투자 유치]", en: " [3. Investment]" },
  statusSigned: { ko: " [5. 체결 협약 목록]", en: " [5. Agreements signed]" },
  statusFollowUp: { ko: " [6. 이행 기한 목록]", en: " [6. Follow-ups]" },
  statusProgress: { ko: " [7. 분기 이행실적]", en: " [7. Progress in the quarter]" },
  statusProgressList: { ko: " [8. 이행실적 기록]", en: " [8. Progress records]" },
  statusWhere: {
    ko: " — 오류 셀(#VALUE! 등)에 마우스를 올리면 원인 행의 ID와 열이 보입니다. 작업창 '검증' 탭에서 그 행으로 이동해 고치세요.",
    en: " — Hover over an error cell (#VALUE! etc.) to see the row ID and column at fault; the pane's Validate tab takes you to the row.",
  },
  statusMissingAmountsBefore: { ko: "⚠ 이 분기 협약 중 ", en: "⚠ " },
  statusMissingAmountsAfter: {
    ko: "건은 금액은 있지만 원화환산액이 비어(환율 없음 등) 원화 합계에서 빠졌습니다. 검증 탭의 '환율 없음'을 확인하세요.",
    en: " agreement(s) of the quarter have an amount but no Amount (KRW) (no exchange rate?), so the won totals leave them out. See 'No exchange rate' on the Validate tab.",
  },
  notComputed: { ko: "–", en: "–" },
  realizationNote: {
    ko: "– : 해당 기간에 원화환산액이 있는 협약이 없어 이행률을 계산하지 않았습니다.",
    en: "– : no agreement in the period has an Amount (KRW), so there is no realization rate.",
  },
  quarterRange: { ko: "분기 기간", en: "Quarter" },
  yearToDate: { ko: "연초 누계", en: "Year to date" },
  nextQuarter: { ko: "다음 분기", en: "Next quarter" },
  rangeTo: { ko: "~", en: "to" },

  kpiSection: { ko: "1. 주요 지표", en: "1. Key figures" },
  byInstrument: { ko: "협약형태", en: "Instrument" },
  newAgreements: { ko: "신규 체결(건)", en: "New (count)" },
  byCategory: { ko: "구분", en: "Category" },
  total: { ko: "합계", en: "Total" },
  indicator: { ko: "지표", en: "Indicator" },
  value: { ko: "값", en: "Value" },
  exportQuarter: { ko: "수출 계약액 (분기, 원)", en: "Export value, quarter (KRW)" },
  exportYtd: { ko: "수출 계약액 (연초 누계, 원)", en: "Export value, year to date (KRW)" },
  investmentQuarter: { ko: "투자 유치액 (분기, 원)", en: "Investment pledged, quarter (KRW)" },
  investmentYtd: { ko: "투자 유치액 (연초 누계, 원)", en: "Investment pledged, year to date (KRW)" },
  jobsQuarter: { ko: "일자리 창출 약속 (분기, 명)", en: "Jobs pledged, quarter" },
  realizationYtd: { ko: "이행률 (올해 체결분)", en: "Realization, signed this year" },
  realizationCumulative: { ko: "이행률 (분기 말까지 누적)", en: "Realization, cumulative to quarter end" },
  topCountries: { ko: "국가별 수출 (분기)", en: "Exports by country (quarter)" },
  country: { ko: "국가", en: "Country" },
  exportValue: { ko: "수출액(원)", en: "Export (KRW)" },

  exportPivotSection: { ko: "2. 수출 실적: 품목 × 상대국 (분기, 단위: 원)", en: "2. Exports: product × partner country (quarter, KRW)" },
  investmentPivotSection: { ko: "3. 투자 유치: 상대국 × 분야 (분기, 단위: 원)", en: "3. Investment: partner country × sector (quarter, KRW)" },
  chartSection: { ko: "4. 차트", en: "4. Charts" },
  exportsByCountryChart: { ko: "국가별 수출 계약액 (분기)", en: "Export value by country (quarter)" },
  categoryMixChart: { ko: "구분별 신규 체결 (분기)", en: "New agreements by category (quarter)" },
  signedListSection: { ko: "5. 분기 중 체결한 협약", en: "5. Agreements signed in the quarter" },
  followUpSection: { ko: "6. 다음 분기 이행 기한 도래 (미완료)", en: "6. Follow-ups due next quarter (not completed)" },
  progressSection: {
    ko: "7. 분기 이행실적: 구분별 · 상대국별 (실적일 기준, 단위: 원)",
    en: "7. Progress in the quarter: by category and partner country (by progress date, KRW)",
  },
  realizedQuarter: { ko: "이행 실적액(원)", en: "Realized (KRW)" },
  progressNote: {
    ko: "이행실적 표에서 실적일이 이 분기인 기록의 원화환산액 합계입니다. 취소된 협약의 실적은 빠집니다.",
    en: "Sum of Amount (KRW) of the Progress records dated in the quarter; progress of cancelled commitments is left out.",
  },
  progressListSection: { ko: "8. 분기 중 이행실적 기록 (실적일 순)", en: "8. Progress records dated in the quarter (by date)" },
  noProgressTable: {
    ko: "이 통합문서에는 이행실적(Progress) 표가 없어(스키마 1) 분기 이행실적을 보여줄 수 없습니다. 작업창 '설정' 탭에서 업그레이드한 뒤 보고서를 다시 만드세요.",
    en: "This workbook has no Progress table (schema 1), so there is no progress to show. Upgrade it on the pane's Setup tab, then generate the report again.",
  },
  noneFound: { ko: "해당 없음", en: "None" },
  spillNote: {
    ko: "— 끝 — 표는 수식 결과만큼 자동으로 펼쳐집니다. #SPILL!이 보이면 그 표 아래에 행을 삽입하세요.",
    en: "— End — Tables grow with their formulas' results. If one shows #SPILL!, insert rows below it.",
  },
} as const satisfies Record<string, Record<Language, string>>;

export type ReportLabelKey = keyof typeof REPORT_LABELS;

export function reportLabel(key: ReportLabelKey, language: Language): string {
  return REPORT_LABELS[key][language];
}
