/** Excel.DataValidation on a range: list rules and friends, stored per rectangle. */
import { rectContains, rectContainsCell, sameRect } from "./address";
import type { ValidationEntry, SheetModel } from "./model";
import { defineProxy, ProxyBase } from "./proxy";
import type { RangeTarget } from "./rangeTarget";
import { readValues } from "./sheetData";
import { invalidArgument } from "./errors";

const RULE_TYPES: Readonly<Record<string, string>> = {
  list: "List",
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
};

function entryAt(sheet: SheetModel, target: RangeTarget): ValidationEntry | undefined {
  for (let i = sheet.validations.length - 1; i >= 0; i--) {
    const entry = sheet.validations[i];
    if (rectContainsCell(entry.rect, target.rect.row, target.rect.col)) return entry;
  }
  return undefined;
}

/** The entry for exactly this range, replacing entries it covers. */
function entryFor(target: RangeTarget): ValidationEntry {
  const sheet = target.sheet;
  const exact = sheet.validations.find((e) => sameRect(e.rect, target.rect));
  if (exact) return exact;
  const inherited = entryAt(sheet, target);
  sheet.validations = sheet.validations.filter((e) => !rectContains(target.rect, e.rect));
  const entry: ValidationEntry = {
    rect: { ...target.rect },
    rule: inherited ? JSON.parse(JSON.stringify(inherited.rule)) : {},
    ignoreBlanks: inherited?.ignoreBlanks ?? true,
    ...(inherited?.errorAlert ? { errorAlert: { ...inherited.errorAlert } } : {}),
    ...(inherited?.prompt ? { prompt: { ...inherited.prompt } } : {}),
  };
  sheet.validations.push(entry);
  return entry;
}

function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

function ruleType(rule: Record<string, unknown> | undefined): string {
  const key = rule ? Object.keys(rule)[0] : undefined;
  return key ? (RULE_TYPES[key] ?? "Inconsistent") : "None";
}

/** The items of a literal list source ("MOU,LOI"); null for a range or formula source. */
function listItems(source: unknown): string[] | null {
  if (typeof source !== "string" || source.startsWith("=")) return null;
  return source.split(",").map((s) => s.trim());
}

const DEFAULT_ALERT = { showAlert: true, style: "Stop", title: "", message: "" };
const DEFAULT_PROMPT = { showPrompt: false, title: "", message: "" };

export class DataValidationProxy extends ProxyBase<RangeTarget> {
  clear(): void {
    this._action("clear", [], (t) => {
      t.sheet.validations = t.sheet.validations.filter((e) => !rectContains(t.rect, e.rect));
      // Entries only partly covered keep their rule elsewhere; we approximate by leaving them.
    });
  }
}

defineProxy<RangeTarget>(DataValidationProxy, {
  typeName: "DataValidation",
  navs: [],
  props: {
    rule: {
      get: (t) => clone(entryAt(t.sheet, t)?.rule ?? {}),
      set: (t, v) => {
        if (!v || typeof v !== "object") throw invalidArgument("DataValidation.rule must be an object such as { list: { source } }");
        const keys = Object.keys(v as object);
        if (keys.length !== 1 || !RULE_TYPES[keys[0]]) throw invalidArgument(`DataValidation.rule: unknown rule ${JSON.stringify(keys)}`);
        entryFor(t).rule = clone(v as Record<string, unknown>);
      },
    },
    type: { get: (t) => ruleType(entryAt(t.sheet, t)?.rule) },
    errorAlert: {
      get: (t) => ({ ...DEFAULT_ALERT, ...(entryAt(t.sheet, t)?.errorAlert ?? {}) }),
      set: (t, v) => {
        const entry = entryFor(t);
        entry.errorAlert = { ...DEFAULT_ALERT, ...(entry.errorAlert ?? {}), ...(v as object) };
      },
    },
    prompt: {
      get: (t) => ({ ...DEFAULT_PROMPT, ...(entryAt(t.sheet, t)?.prompt ?? {}) }),
      set: (t, v) => {
        const entry = entryFor(t);
        entry.prompt = { ...DEFAULT_PROMPT, ...(entry.prompt ?? {}), ...(v as object) };
      },
    },
    ignoreBlanks: {
      get: (t) => entryAt(t.sheet, t)?.ignoreBlanks ?? true,
      set: (t, v) => {
        entryFor(t).ignoreBlanks = Boolean(v);
      },
    },
    valid: {
      get: (t, x) => {
        const entry = entryAt(t.sheet, t);
        const list = entry?.rule.list as { source?: unknown } | undefined;
        const items = list ? listItems(list.source) : null;
        if (!items) return true;
        return readValues(x.engine, t.sheet, t.rect).every((line) =>
          line.every((v) => (v === "" ? entry?.ignoreBlanks !== false : items.includes(String(v)))),
        );
      },
    },
  },
});
