/** Excel.NamedItem and its collections (workbook-scoped and sheet-scoped). */
import { parseAddress, qualifiedAddress } from "./address";
import { invalidArgument, itemNotFound } from "./errors";
import { findSheetById, findSheetByName, type NameModel, type SheetModel, type WorkbookModel } from "./model";
import { CollectionProxy, defineProxy, ProxyBase, type Exec, type Resolver } from "./proxy";
import { RangeProxy } from "./range";
import { rangeOn, type RangeTarget } from "./rangeTarget";
import { WorksheetProxy } from "./worksheet";

export interface NameScope {
  readonly model: WorkbookModel;
  readonly sheet: SheetModel | null;
}

export interface NameTarget {
  readonly scope: NameScope;
  readonly item: NameModel;
}

const NAME = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;

function namesOf(scope: NameScope): NameModel[] {
  return scope.sheet ? scope.sheet.names : scope.model.names;
}

export function nameFormula(model: WorkbookModel, item: NameModel): string {
  if (!item.ref) return item.formula;
  const sheet = findSheetById(model, item.ref.sheetId);
  return sheet ? `=${qualifiedAddress(sheet.name, item.ref.rect, { absolute: true })}` : "=#REF!";
}

/** A reference given as a Range proxy or as formula text like "=Sheet1!$A$1:$B$2". */
function toReference(model: WorkbookModel, reference: unknown, exec: Exec): Pick<NameModel, "ref" | "formula"> {
  if (reference instanceof RangeProxy) {
    const target = reference._target(exec);
    if (!target) throw invalidArgument("NamedItemCollection.add: the range is a null object");
    return { ref: { sheetId: target.sheet.id, rect: { ...target.rect } }, formula: "" };
  }
  if (typeof reference !== "string" || reference === "") throw invalidArgument("NamedItemCollection.add: reference must be a Range or a formula");
  const text = reference.startsWith("=") ? reference : `=${reference}`;
  try {
    const parsed = parseAddress(text);
    const sheet = parsed.sheet !== undefined ? findSheetByName(model, parsed.sheet) : undefined;
    if (sheet) return { ref: { sheetId: sheet.id, rect: parsed.rect }, formula: "" };
  } catch {
    // Not an address: keep it as formula text (a constant or an expression).
  }
  return { ref: null, formula: text };
}

function checkName(scope: NameScope, name: string): void {
  if (!NAME.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name)) {
    throw invalidArgument(`'${name}' is not a valid name (letters, digits, _ and . only; not a cell reference)`);
  }
  const lower = name.toLowerCase();
  if (namesOf(scope).some((n) => n.name.toLowerCase() === lower)) throw invalidArgument(`the name '${name}' already exists`);
  if (!scope.sheet && scope.model.tables.some((t) => t.name.toLowerCase() === lower)) throw invalidArgument(`'${name}' is already a table name`);
}

function rangeOfName(target: NameTarget): RangeTarget | null {
  const ref = target.item.ref;
  const sheet = ref ? findSheetById(target.scope.model, ref.sheetId) : undefined;
  return ref && sheet ? rangeOn(sheet, ref.rect) : null;
}

export class NamedItemProxy extends ProxyBase<NameTarget> {
  getRange(): RangeProxy {
    return this._child(RangeProxy,
      (t) => {
        const range = rangeOfName(t);
        if (!range) throw invalidArgument(`the name '${t.item.name}' does not refer to a range`);
        return range;
      },
    );
  }

  getRangeOrNullObject(): RangeProxy {
    return this._child(RangeProxy, (t) => rangeOfName(t));
  }

  get worksheet(): WorksheetProxy {
    return this._nav("worksheet", () =>
      this._child(WorksheetProxy,
        (t) => {
          if (!t.scope.sheet) throw itemNotFound(`'${t.item.name}' is scoped to the workbook`);
          return t.scope.sheet;
        },
      ),
    );
  }

  delete(): void {
    this._action("delete", [], (t) => {
      const list = namesOf(t.scope);
      list.splice(list.indexOf(t.item), 1);
    });
  }
}

function valueType(t: NameTarget): string {
  if (t.item.ref) return "Range";
  const body = t.item.formula.slice(1);
  if (/^".*"$/.test(body)) return "String";
  if (/^[+-]?\d+$/.test(body)) return "Integer";
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(body)) return "Double";
  if (/^(TRUE|FALSE)$/i.test(body)) return "Boolean";
  if (body.startsWith("#")) return "Error";
  return "Array";
}

defineProxy<NameTarget>(NamedItemProxy, {
  typeName: "NamedItem",
  navs: ["worksheet"],
  props: {
    name: { get: (t) => t.item.name },
    formula: {
      get: (t) => nameFormula(t.scope.model, t.item),
      set: (t, v, x) => Object.assign(t.item, toReference(t.scope.model, v, x)),
    },
    type: { get: (t) => valueType(t) },
    value: { get: (t) => nameFormula(t.scope.model, t.item).slice(1) },
    visible: { get: (t) => t.item.visible, set: (t, v) => { t.item.visible = Boolean(v); } },
    comment: { get: (t) => t.item.comment, set: (t, v) => { t.item.comment = String(v ?? ""); } },
    scope: { get: (t) => (t.scope.sheet ? "Worksheet" : "Workbook") },
  },
});

export class NamedItemCollectionProxy extends CollectionProxy<NameScope, NameTarget, NamedItemProxy> {
  constructor(context: NamedItemProxy["context"], scopeResolver: Resolver<SheetModel | WorkbookModel>) {
    super(context, (exec) => {
      const scope = scopeResolver(exec);
      if (scope === null) return null;
      return "cells" in scope ? { model: exec.engine.model, sheet: scope } : { model: scope, sheet: null };
    });
  }

  protected _list(scope: NameScope): NameTarget[] {
    return namesOf(scope).map((item) => ({ scope, item }));
  }

  protected _itemProxy(t: NameTarget): NamedItemProxy {
    const sheetId = t.scope.sheet?.id;
    const lower = t.item.name.toLowerCase();
    return new NamedItemProxy(this.context, (exec) => {
      const model = exec.engine.model;
      const sheet = sheetId ? (findSheetById(model, sheetId) ?? null) : null;
      const scope = { model, sheet };
      const item = namesOf(scope).find((n) => n.name.toLowerCase() === lower);
      if (!item) throw itemNotFound(`name '${t.item.name}' no longer exists`);
      return { scope, item };
    });
  }

  private _name(locate: (scope: NameScope, exec: Exec) => NameTarget | null): NamedItemProxy {
    return this._child(NamedItemProxy, locate);
  }

  add(name: string, reference: RangeProxy | string, comment?: string): NamedItemProxy {
    this._action("add", [name, typeof reference === "string" ? reference : "range", comment ?? null], (scope, exec) => {
      checkName(scope, name);
      namesOf(scope).push({ name, comment: comment ?? "", visible: true, ...toReference(scope.model, reference, exec) });
    });
    return this.getItemOrNullObject(name);
  }

  addFormulaLocal(name: string, formula: string, comment?: string): NamedItemProxy {
    return this.add(name, formula, comment);
  }

  private _find(scope: NameScope, name: string): NameTarget | null {
    const lower = name.toLowerCase();
    const item = namesOf(scope).find((n) => n.name.toLowerCase() === lower);
    return item ? { scope, item } : null;
  }

  getItem(name: string): NamedItemProxy {
    return this._name((scope) => {
      const found = this._find(scope, name);
      if (!found) throw itemNotFound(`name '${name}'`, "NamedItemCollection.getItem");
      return found;
    });
  }

  getItemOrNullObject(name: string): NamedItemProxy {
    return this._name((scope) => this._find(scope, name));
  }
}

defineProxy<NameScope>(NamedItemCollectionProxy, { typeName: "NamedItemCollection", navs: [], props: {} });
