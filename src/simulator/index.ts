/** In-memory Excel for tests and the standalone demo. Never part of the production bundle. */
export { ExcelSimulator, type ExcelSimulatorOptions, type CellInfo, type TableInfo } from "./simulator";
export type { WorkbookSnapshot, SheetSnapshot, TableSnapshot, CellSnapshot, NameSnapshot, ChartSnapshot } from "./snapshot";
export type { SyncRecord, SelectionChangedArgs, TableAutoExpand } from "./engine";
export { DEFAULT_CUSTOM_XML_PART_LIMIT_BYTES } from "./engine";
export type { FormulaEvaluator, FormulaContext, TableRowContext } from "./formulaContext";
export type { CellValue } from "./cellStore";
export { SimulatorError, type SimulatorErrorCode } from "./errors";
export { DEFAULT_PAYLOAD_LIMIT_BYTES, utf8Length, jsonBytes } from "./payload";
export { parseAddress, columnLetters, columnIndex, qualifiedAddress, quoteSheetName } from "./address";
