/** Excel.SettingCollection: document settings stored as JSON, as Office does. */
import { invalidArgument, itemNotFound } from "./errors";
import type { SettingModel, WorkbookModel } from "./model";
import { CollectionProxy, defineProxy, ProxyBase, type Exec } from "./proxy";

function toJson(key: string, value: unknown): string {
  if (value === undefined) throw invalidArgument(`setting '${key}': undefined can't be stored`);
  const json = JSON.stringify(value);
  if (json === undefined) throw invalidArgument(`setting '${key}': the value is not JSON-serialisable`);
  return json;
}

export class SettingProxy extends ProxyBase<SettingModel> {
  delete(): void {
    this._action("delete", [], (setting, exec) => {
      exec.engine.model.settings = exec.engine.model.settings.filter((s) => s !== setting);
    });
  }
}

defineProxy<SettingModel>(SettingProxy, {
  typeName: "Setting",
  navs: [],
  props: {
    key: { get: (s) => s.key },
    value: {
      get: (s) => JSON.parse(s.json),
      set: (s, v) => {
        s.json = toJson(s.key, v);
      },
    },
  },
});

function find(model: WorkbookModel, key: string): SettingModel | undefined {
  return model.settings.find((s) => s.key === key);
}

export class SettingCollectionProxy extends CollectionProxy<WorkbookModel, SettingModel, SettingProxy> {
  protected _list(model: WorkbookModel): SettingModel[] {
    return [...model.settings];
  }

  protected _itemProxy(setting: SettingModel): SettingProxy {
    const key = setting.key;
    return new SettingProxy(this.context, (exec) => {
      const found = find(exec.engine.model, key);
      if (!found) throw itemNotFound(`setting '${key}' no longer exists`);
      return found;
    });
  }

  private _setting(locate: (model: WorkbookModel, exec: Exec) => SettingModel | null): SettingProxy {
    return this._child(SettingProxy, locate);
  }

  add(key: string, value: unknown): SettingProxy {
    const json = toJson(key, value);
    this._action("add", [key, value], (model) => {
      if (typeof key !== "string" || key === "") throw invalidArgument("a setting needs a non-empty key");
      const existing = find(model, key);
      if (existing) existing.json = json;
      else model.settings.push({ key, json });
    });
    return this._setting((model) => find(model, key) ?? null);
  }

  getItem(key: string): SettingProxy {
    return this._setting((model) => {
      const found = find(model, key);
      if (!found) throw itemNotFound(`setting '${key}'`, "SettingCollection.getItem");
      return found;
    });
  }

  getItemOrNullObject(key: string): SettingProxy {
    return this._setting((model) => find(model, key) ?? null);
  }
}

defineProxy<WorkbookModel>(SettingCollectionProxy, { typeName: "SettingCollection", navs: [], props: {} });
