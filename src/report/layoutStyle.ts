/** Number formats, colours and cell styles of the built-in report. */
import type { CellStyle } from "./types";

export const FORMAT = {
  count: "#,##0",
  krw: "#,##0",
  percent: "0.0%",
  date: "yyyy-mm-dd",
  text: "@",
} as const;

const COLORS = {
  titleFill: "#1F4E79",
  white: "#FFFFFF",
  sectionFill: "#DDEBF7",
  sectionText: "#1F4E79",
  headerFill: "#F2F2F2",
  inputFill: "#FFF2CC",
  hint: "#7F7F7F",
  warning: "#C00000",
} as const;

export const STYLE = {
  title: { bold: true, size: 16, color: COLORS.white, fill: COLORS.titleFill },
  subtitle: { bold: true, size: 12 },
  section: { bold: true, size: 12, color: COLORS.sectionText, fill: COLORS.sectionFill },
  header: { bold: true, fill: COLORS.headerFill, horizontalAlignment: "Center" },
  label: { bold: true },
  input: { bold: true, size: 12, fill: COLORS.inputFill, horizontalAlignment: "Center" },
  hint: { italic: true, size: 9, color: COLORS.hint },
  warning: { bold: true, color: COLORS.warning },
  total: { bold: true, fill: COLORS.headerFill },
  right: { horizontalAlignment: "Right" },
  center: { horizontalAlignment: "Center" },
} as const satisfies Record<string, CellStyle>;
