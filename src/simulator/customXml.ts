/** Excel.CustomXmlPart collections: XML documents stored in the workbook. */
import { generalException, invalidArgument, itemNotFound } from "./errors";
import { utf8Length } from "./payload";
import { guid, type CustomXmlPartModel, type WorkbookModel } from "./model";
import { ClientResult, CollectionProxy, defineProxy, ProxyBase, type Exec, type Resolver } from "./proxy";

/** The root element's default namespace (xmlns="..."), or "" when it has none. */
export function namespaceOf(xml: string): string {
  const body = xml.replace(/<\?[\s\S]*?\?>/g, "").replace(/<!--[\s\S]*?-->/g, "");
  const root = /<([A-Za-z_][\w.:-]*)((?:\s+[^>]*?)?)\/?>/.exec(body);
  if (!root) throw invalidArgument("the custom XML part has no root element");
  const prefix = root[1].includes(":") ? root[1].split(":")[0] : null;
  const attr = prefix ? new RegExp(`xmlns:${prefix}\\s*=\\s*("([^"]*)"|'([^']*)')`) : /xmlns\s*=\s*("([^"]*)"|'([^']*)')/;
  const match = attr.exec(root[2]);
  return match ? (match[2] ?? match[3] ?? "") : "";
}

/** Excel's per-part limit is not documented; Word on the web rejects parts over 1 MB (office-js #2408). The simulator refuses anything over its cap. */
function checkPartSize(xml: string, exec: Exec): void {
  const bytes = utf8Length(xml);
  if (bytes > exec.engine.customXmlPartLimitBytes) {
    throw generalException(`custom XML part of ${bytes} bytes is over the ${exec.engine.customXmlPartLimitBytes}-byte limit per part`);
  }
}

export class CustomXmlPartProxy extends ProxyBase<CustomXmlPartModel> {
  getXml(): ClientResult<string> {
    return this._result("getXml", [], (part) => part.xml);
  }

  setXml(xml: string): void {
    this._action("setXml", [xml], (part, exec) => {
      namespaceOf(xml);
      checkPartSize(xml, exec);
      part.xml = xml;
    });
  }

  delete(): void {
    this._action("delete", [], (part, exec) => {
      exec.engine.model.customXmlParts = exec.engine.model.customXmlParts.filter((p) => p !== part);
    });
  }
}

defineProxy<CustomXmlPartModel>(CustomXmlPartProxy, {
  typeName: "CustomXmlPart",
  navs: [],
  props: {
    id: { get: (p) => p.id },
    namespaceUri: { get: (p) => namespaceOf(p.xml) },
  },
});

interface PartScope {
  readonly model: WorkbookModel;
  /** null: every part. */
  readonly namespaceUri: string | null;
}

function partsIn(scope: PartScope): CustomXmlPartModel[] {
  return scope.model.customXmlParts.filter((p) => scope.namespaceUri === null || namespaceOf(p.xml) === scope.namespaceUri);
}

class PartCollectionBase extends CollectionProxy<PartScope, CustomXmlPartModel, CustomXmlPartProxy> {
  protected _list(scope: PartScope): CustomXmlPartModel[] {
    return partsIn(scope);
  }

  protected _itemProxy(part: CustomXmlPartModel): CustomXmlPartProxy {
    const id = part.id;
    return new CustomXmlPartProxy(this.context, (exec) => {
      const found = exec.engine.model.customXmlParts.find((p) => p.id === id);
      if (!found) throw itemNotFound(`custom XML part ${id} no longer exists`);
      return found;
    });
  }

  protected _part(locate: (scope: PartScope, exec: Exec) => CustomXmlPartModel | null): CustomXmlPartProxy {
    return this._child(CustomXmlPartProxy, locate);
  }

  getItem(id: string): CustomXmlPartProxy {
    return this._part((scope) => {
      const found = partsIn(scope).find((p) => p.id === id);
      if (!found) throw itemNotFound(`custom XML part ${id}`, "CustomXmlPartCollection.getItem");
      return found;
    });
  }

  getItemOrNullObject(id: string): CustomXmlPartProxy {
    return this._part((scope) => partsIn(scope).find((p) => p.id === id) ?? null);
  }
}

export class CustomXmlPartScopedCollectionProxy extends PartCollectionBase {
  getOnlyItem(): CustomXmlPartProxy {
    return this._part((scope) => {
      const parts = partsIn(scope);
      if (parts.length !== 1) throw invalidArgument(`expected exactly one custom XML part in ${scope.namespaceUri}, found ${parts.length}`);
      return parts[0];
    });
  }

  getOnlyItemOrNullObject(): CustomXmlPartProxy {
    return this._part((scope) => {
      const parts = partsIn(scope);
      if (parts.length > 1) throw invalidArgument(`expected at most one custom XML part in ${scope.namespaceUri}, found ${parts.length}`);
      return parts[0] ?? null;
    });
  }
}

defineProxy<PartScope>(CustomXmlPartScopedCollectionProxy, { typeName: "CustomXmlPartScopedCollection", navs: [], props: {} });

export class CustomXmlPartCollectionProxy extends PartCollectionBase {
  constructor(context: CustomXmlPartProxy["context"], modelResolver: Resolver<WorkbookModel>) {
    super(context, (exec) => {
      const model = modelResolver(exec);
      return model && { model, namespaceUri: null };
    });
  }

  add(xml: string): CustomXmlPartProxy {
    let createdId: string | undefined;
    this._action("add", [xml], (scope, exec) => {
      namespaceOf(xml);
      checkPartSize(xml, exec);
      scope.model.counters.xml += 1;
      createdId = guid(4, scope.model.counters.xml);
      scope.model.customXmlParts.push({ id: createdId, xml });
    });
    return this._part((scope) => scope.model.customXmlParts.find((p) => p.id === createdId) ?? null);
  }

  getByNamespace(namespaceUri: string): CustomXmlPartScopedCollectionProxy {
    return this._child(CustomXmlPartScopedCollectionProxy,
      (scope): PartScope => ({ model: scope.model, namespaceUri }),
    );
  }
}

defineProxy<PartScope>(CustomXmlPartCollectionProxy, { typeName: "CustomXmlPartCollection", navs: [], props: {} });
