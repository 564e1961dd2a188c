/**
 * The one seam between the add-in and a workbook: Excel.run in Office, the
 * simulator's run in tests and the demo. Only composition roots choose which.
 */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
