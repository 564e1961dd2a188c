/** Sheet naming rules and Excel-style unique names ("Template (2)", "Sheet2"). */
import { invalidArgument } from "./errors";
import type { WorkbookModel, SheetModel } from "./model";

export function checkSheetName(model: WorkbookModel, name: unknown, self?: SheetModel): string {
  if (typeof name !== "string" || name.trim() === "") throw invalidArgument("a sheet name can't be blank");
  if (name.length > 31) throw invalidArgument(`sheet name '${name}' is longer than 31 characters`);
  if (/[\][:*?/\\]/.test(name)) throw invalidArgument(`sheet name '${name}' contains one of : \\ / ? * [ ]`);
  if (name.startsWith("'") || name.endsWith("'")) throw invalidArgument(`sheet name '${name}' can't start or end with an apostrophe`);
  if (name.toLowerCase() === "history") throw invalidArgument("'History' is reserved by Excel");
  const lower = name.toLowerCase();
  if (model.sheets.some((s) => s !== self && s.name.toLowerCase() === lower)) {
    throw invalidArgument(`a sheet called '${name}' already exists`);
  }
  return name;
}

function taken(model: WorkbookModel, name: string): boolean {
  const lower = name.toLowerCase();
  return model.sheets.some((s) => s.name.toLowerCase() === lower);
}

export function nextSheetName(model: WorkbookModel): string {
  for (let n = model.sheets.length + 1; ; n++) if (!taken(model, `Sheet${n}`)) return `Sheet${n}`;
}

export function copyName(model: WorkbookModel, original: string): string {
  const base = original.replace(/ \(\d+\)$/, "");
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = base.slice(0, 31 - suffix.length) + suffix;
    if (!taken(model, name)) return name;
  }
}
