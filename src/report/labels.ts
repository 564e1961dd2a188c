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
    ko: "← 이 셀(ReportPeriod)만 바꾸면 보고서 전체가 다시 계산됩니다. 형식: 2024-Q3",
    en: "← Change only this cell (ReportPeriod) to re-target the whole report. Form: 2024-Q3",
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
