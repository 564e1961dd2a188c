/** Worksheet-level changes: add, delete, copy, move, hide, activate. */
import type { Engine } from "./engine";
import { invalidArgument, invalidOperation } from "./errors";
import { guid, newSheet, tablesOnSheet, type NameModel, type SheetModel, type WorkbookModel } from "./model";
import { copyName, nextSheetName, checkSheetName } from "./sheetNames";

export function addSheet(model: WorkbookModel, name: string | undefined): SheetModel {
  const finalName = name === undefined || name === null ? nextSheetName(model) : checkSheetName(model, name);
  model.counters.sheet += 1;
  const sheet = newSheet(guid(1, model.counters.sheet), finalName);
  model.sheets.push(sheet);
  return sheet;
}

function firstVisible(model: WorkbookModel, except?: SheetModel): SheetModel | undefined {
  return model.sheets.find((s) => s !== except && s.visibility === "Visible");
}

export function deleteSheet(model: WorkbookModel, sheet: SheetModel): void {
  if (!firstVisible(model, sheet)) throw invalidOperation("a workbook must keep at least one visible sheet");
  model.sheets = model.sheets.filter((s) => s !== sheet);
  model.tables = model.tables.filter((t) => t.sheetId !== sheet.id);
  for (const name of model.names) {
    if (name.ref?.sheetId === sheet.id) {
      name.ref = null;
      name.formula = "=#REF!";
    }
  }
  if (model.activeSheetId === sheet.id) model.activeSheetId = (firstVisible(model) as SheetModel).id;
}

export function setVisibility(model: WorkbookModel, sheet: SheetModel, visibility: unknown): void {
  if (visibility !== "Visible" && visibility !== "Hidden" && visibility !== "VeryHidden") {
    throw invalidArgument(`visibility must be Visible, Hidden or VeryHidden, not ${JSON.stringify(visibility)}`);
  }
  if (visibility !== "Visible" && !firstVisible(model, sheet)) throw invalidOperation("a workbook must keep at least one visible sheet");
  sheet.visibility = visibility;
  if (visibility !== "Visible" && model.activeSheetId === sheet.id) model.activeSheetId = (firstVisible(model) as SheetModel).id;
}

export function moveSheet(model: WorkbookModel, sheet: SheetModel, position: unknown): void {
  const index = Number(position);
  if (!Number.isInteger(index) || index < 0 || index >= model.sheets.length) throw invalidArgument(`position ${position} is outside 0..${model.sheets.length - 1}`);
  const rest = model.sheets.filter((s) => s !== sheet);
  rest.splice(index, 0, sheet);
  model.sheets = rest;
}

export function activateSheet(model: WorkbookModel, sheet: SheetModel): void {
  if (sheet.visibility !== "Visible") throw invalidOperation(`sheet '${sheet.name}' is hidden and can't be activated`);
  model.activeSheetId = sheet.id;
}

function uniqueTableCopyName(model: WorkbookModel, base: string): string {
  const lowerNames = new Set([...model.tables.map((t) => t.name.toLowerCase()), ...model.names.map((n) => n.name.toLowerCase())]);
  for (let n = 2; ; n++) if (!lowerNames.has(`${base}${n}`.toLowerCase())) return `${base}${n}`;
}

function jsonClone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

export type CopyPosition = "None" | "Before" | "After" | "Beginning" | "End";

/** Worksheet.copy: cells, formats, sheet-scoped names, tables (renamed), charts and page layout. */
export function copySheet(engine: Engine, source: SheetModel, position: CopyPosition, relativeTo: SheetModel | null): SheetModel {
  const model = engine.model;
  model.counters.sheet += 1;
  const id = guid(1, model.counters.sheet);
  const { cells, ...rest } = source;
  const copy: SheetModel = { ...jsonClone(rest), id, name: copyName(model, source.name), cells: cells.clone() };
  const repoint = (sheetId: string) => (sheetId === source.id ? id : sheetId);
  copy.names = copy.names.map((n: NameModel) => ({ ...n, ref: n.ref ? { ...n.ref, sheetId: repoint(n.ref.sheetId) } : null }));
  for (const chart of copy.charts) {
    model.counters.chart += 1;
    chart.id = guid(3, model.counters.chart);
    chart.sourceSheetId = repoint(chart.sourceSheetId);
  }
  for (const table of tablesOnSheet(model, source.id)) {
    model.counters.table += 1;
    model.tables.push({ ...jsonClone(table), id: guid(2, model.counters.table), sheetId: id, name: uniqueTableCopyName(model, table.name) });
  }
  let index: number;
  const sourceIndex = model.sheets.indexOf(source);
  const relIndex = relativeTo ? model.sheets.indexOf(relativeTo) : -1;
  switch (position) {
    case "Beginning":
      index = 0;
      break;
    case "End":
      index = model.sheets.length;
      break;
    case "Before":
    case "After":
      if (!relativeTo) throw invalidArgument(`copy('${position}') needs relativeTo`);
      index = position === "Before" ? relIndex : relIndex + 1;
      break;
    case "None":
      index = sourceIndex + 1;
      break;
    default:
      throw invalidArgument(`copy: unknown position ${JSON.stringify(position)}`);
  }
  model.sheets.splice(index, 0, copy);
  return copy;
}
