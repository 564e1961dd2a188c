/**
 * The load/sync machinery shared by every simulated Office object.
 *
 * A proxy records what the add-in asks for (loads, property writes, method calls)
 * as operations on its request context. Nothing touches the workbook until
 * `context.sync()`, which runs the operations in order. Loaded values become
 * readable only after that sync; reading anything else throws PropertyNotLoaded,
 * exactly as Office does.
 */
import type { Engine } from "./engine";
import { invalidArgument, invalidRequestContext, propertyNotLoaded, valueNotLoaded } from "./errors";
import { ACTION_OVERHEAD_BYTES, jsonBytes } from "./payload";

/** State of one running sync. */
export interface Exec {
  readonly engine: Engine;
  /** The request context being synced; objects from other contexts can't be used in it. */
  readonly context: object | null;
  readonly gen: number;
  /** Applied to proxies only when the whole sync succeeds (loaded values, results). */
  readonly commits: (() => void)[];
  /** Run after the sync succeeded (event dispatch). */
  readonly after: (() => void)[];
  responseBytes: number;
  mutated: boolean;
}

export interface Op {
  readonly bytes: number;
  readonly mutates: boolean;
  readonly run: (exec: Exec) => void;
}

export interface OpQueue {
  enqueue(op: Op): void;
}

export interface PropDef<T> {
  readonly get?: (target: T, exec: Exec) => unknown;
  readonly set?: (target: T, value: unknown, exec: Exec) => void;
  /** Not included in a bare `load()` (large or navigational). */
  readonly explicitOnly?: boolean;
}

export interface ProxySpec<T> {
  readonly typeName: string;
  readonly props: Readonly<Record<string, PropDef<T>>>;
  readonly navs: readonly string[];
}

/** A parsed load() argument: property names, with sub-trees for navigation paths. */
export interface LoadTree {
  all: boolean;
  readonly props: Map<string, LoadTree | null>;
}

function addPath(tree: LoadTree, path: string): void {
  const [head, ...rest] = path.split("/").map((p) => p.trim());
  if (!head) return;
  if (rest.length === 0) {
    if (!tree.props.has(head)) tree.props.set(head, null);
    return;
  }
  let sub = tree.props.get(head);
  if (!sub) {
    sub = { all: false, props: new Map() };
    tree.props.set(head, sub);
  }
  addPath(sub, rest.join("/"));
}

export function parseLoad(arg: unknown): LoadTree {
  const tree: LoadTree = { all: false, props: new Map() };
  if (arg === undefined || arg === null) {
    tree.all = true;
    return tree;
  }
  if (typeof arg === "string") {
    for (const path of arg.split(",")) addPath(tree, path);
  } else if (Array.isArray(arg)) {
    for (const path of arg) addPath(tree, String(path));
  } else if (typeof arg === "object") {
    const obj = arg as Record<string, unknown>;
    if ("select" in obj || "expand" in obj) {
      const select = obj.select;
      if (typeof select === "string") for (const p of select.split(",")) addPath(tree, p);
      else if (Array.isArray(select)) for (const p of select) addPath(tree, String(p));
      const expand = obj.expand;
      const expands = typeof expand === "string" ? expand.split(",") : Array.isArray(expand) ? expand.map(String) : [];
      for (const e of expands) {
        const segments = e.trim().split("/");
        let node = tree;
        for (const seg of segments) {
          let sub = node.props.get(seg);
          if (!sub) {
            sub = { all: false, props: new Map() };
            node.props.set(seg, sub);
          }
          node = sub;
        }
        node.all = true;
      }
      if (tree.props.size === 0) tree.all = true;
    } else {
      for (const [key, value] of Object.entries(obj)) {
        if (key === "$all") tree.all = tree.all || value === true;
        else if (key.startsWith("$")) continue;
        else if (value === true) tree.props.set(key, null);
        else if (value && typeof value === "object") tree.props.set(key, parseLoad(value));
      }
    }
  } else {
    throw invalidArgument(`load() takes property names, not ${typeof arg}`);
  }
  return tree;
}

const FULL: LoadTree = { all: true, props: new Map() };

/** Serialisable stand-ins for proxies passed as method arguments. */
function argsForPayload(args: readonly unknown[]): unknown[] {
  return args.map((a) => (a instanceof ProxyBase ? { _ref: a._spec.typeName } : a));
}

export type Resolver<T> = (exec: Exec) => T | null;

export abstract class ProxyBase<T> {
  declare readonly _spec: ProxySpec<T>;
  readonly context: OpQueue & object;
  protected readonly _resolver: Resolver<T>;
  private _memoGen = -1;
  private _memoValue: T | null = null;
  private _memoError: unknown = undefined;
  /** Values loaded by a sync, or written locally (Office keeps written values readable). */
  protected readonly _loaded: Record<string, unknown> = {};
  _isNull: boolean | undefined = undefined;
  private readonly _navs: Record<string, unknown> = {};

  constructor(context: OpQueue & object, resolver: Resolver<T>) {
    this.context = context;
    this._resolver = resolver;
  }

  /** Resolves this object once per sync (Office re-resolves object paths per request). */
  _target(exec: Exec): T | null {
    if (exec.context !== null && exec.context !== this.context) throw invalidRequestContext();
    if (this._memoGen !== exec.gen) {
      this._memoGen = exec.gen;
      this._memoError = undefined;
      this._memoValue = null;
      try {
        this._memoValue = this._resolver(exec);
      } catch (error) {
        this._memoError = error;
      }
    }
    if (this._memoError !== undefined) throw this._memoError;
    return this._memoValue;
  }

  /** Seeds the resolution for the current sync (collection items are resolved in bulk). */
  _seed(exec: Exec, value: T): void {
    this._memoGen = exec.gen;
    this._memoValue = value;
    this._memoError = undefined;
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw propertyNotLoaded("isNullObject");
    return this._isNull;
  }

  protected _enqueue(bytes: number, mutates: boolean, run: (exec: Exec) => void): void {
    this.context.enqueue({ bytes, mutates, run });
  }

  /** Queues a method call that changes the workbook. */
  protected _action(name: string, args: readonly unknown[], apply: (target: T, exec: Exec) => void): void {
    const bytes = ACTION_OVERHEAD_BYTES + name.length + jsonBytes(argsForPayload(args));
    this._enqueue(bytes, true, (exec) => {
      const target = this._target(exec);
      if (target === null) return;
      exec.mutated = true;
      apply(target, exec);
    });
  }

  /** Queues a method call whose result is available after the sync. */
  protected _result<R>(name: string, args: readonly unknown[], compute: (target: T, exec: Exec) => R, mutates = false): ClientResult<R> {
    const result = new ClientResult<R>();
    const bytes = ACTION_OVERHEAD_BYTES + name.length + jsonBytes(argsForPayload(args));
    this._enqueue(bytes, mutates, (exec) => {
      const target = this._target(exec);
      if (target === null) {
        exec.commits.push(() => result._set(null as R));
        return;
      }
      if (mutates) exec.mutated = true;
      const value = compute(target, exec);
      exec.responseBytes += jsonBytes(value);
      exec.commits.push(() => result._set(value));
    });
    return result;
  }

  /** Creates a related object; Office instantiates it in order with the other operations. */
  protected _child<U, C extends ProxyBase<U>>(
    Ctor: new (context: OpQueue & object, resolver: Resolver<U>) => C,
    locate: (target: T, exec: Exec) => U | null,
  ): C {
    const child = new Ctor(this.context, (exec) => {
      const target = this._target(exec);
      return target === null ? null : locate(target, exec);
    });
    this._enqueue(ACTION_OVERHEAD_BYTES, false, (exec) => {
      try {
        const located = child._target(exec);
        exec.commits.push(() => {
          child._isNull = located === null;
        });
      } catch {
        // Remembered by _target; it is thrown when the object is used, as in Office.
      }
    });
    return child;
  }

  /** A navigation property (format, font, worksheet...): one proxy per parent. */
  protected _nav<C>(name: string, make: () => C): C {
    let nav = this._navs[name] as C | undefined;
    if (!nav) {
      nav = make();
      this._navs[name] = nav;
    }
    return nav;
  }

  protected _read(name: string): unknown {
    if (Object.prototype.hasOwnProperty.call(this._loaded, name)) return this._loaded[name];
    if (this._isNull === true) return undefined;
    throw propertyNotLoaded(name);
  }

  protected _write(name: string, value: unknown): void {
    const def = this._spec.props[name];
    if (!def?.set) throw invalidArgument(`${this._spec.typeName}.${name} is read-only`);
    this._loaded[name] = value;
    const bytes = ACTION_OVERHEAD_BYTES + name.length + jsonBytes(value);
    this._enqueue(bytes, true, (exec) => {
      const target = this._target(exec);
      if (target === null) return;
      exec.mutated = true;
      def.set?.(target, value, exec);
    });
  }

  load(arg?: unknown): this {
    const tree = parseLoad(arg);
    this._enqueue(ACTION_OVERHEAD_BYTES + jsonBytes(arg ?? null), false, (exec) => this._loadRun(tree, exec));
    return this;
  }

  /** Office's `set(properties)`: assigns several properties (and nested ones) at once. */
  set(properties: Record<string, unknown>): void {
    for (const [key, value] of Object.entries(properties)) {
      if (this._spec.navs.includes(key) && value && typeof value === "object") {
        ((this as unknown as Record<string, ProxyBase<unknown>>)[key]).set(value as Record<string, unknown>);
      } else {
        (this as unknown as Record<string, unknown>)[key] = value;
      }
    }
  }

  _loadRun(tree: LoadTree, exec: Exec): void {
    const target = this._target(exec);
    if (target === null) {
      exec.commits.push(() => {
        this._isNull = true;
      });
      return;
    }
    const values: Record<string, unknown> = {};
    const props = this._spec.props;
    if (tree.all) {
      for (const [name, def] of Object.entries(props)) if (def.get && !def.explicitOnly) values[name] = def.get(target, exec);
    }
    for (const [name, sub] of tree.props) {
      const def = props[name];
      if (def?.get) {
        values[name] = def.get(target, exec);
      } else if (this._spec.navs.includes(name)) {
        const nav = (this as unknown as Record<string, ProxyBase<unknown>>)[name];
        nav._loadRun(sub ?? FULL, exec);
      } else {
        throw invalidArgument(`'${name}' is not a loadable property of ${this._spec.typeName}`);
      }
    }
    exec.responseBytes += jsonBytes(values);
    exec.commits.push(() => {
      Object.assign(this._loaded, values);
      this._isNull = false;
    });
  }

  toJSON(): Record<string, unknown> {
    return { ...this._loaded };
  }
}

/** Installs getters and setters for the spec's properties on a proxy class. */
export function defineProxy<T>(ctor: { prototype: object }, spec: ProxySpec<T>): void {
  Object.defineProperty(ctor.prototype, "_spec", { value: spec, writable: false });
  for (const name of Object.keys(spec.props)) {
    Object.defineProperty(ctor.prototype, name, {
      get(this: ProxyBase<T>) {
        return (this as unknown as { _read(n: string): unknown })._read(name);
      },
      set(this: ProxyBase<T>, value: unknown) {
        (this as unknown as { _write(n: string, v: unknown): void })._write(name, value);
      },
      configurable: true,
    });
  }
}

/** Office's ClientResult: `.value` is available after the sync. */
export class ClientResult<R> {
  private _has = false;
  private _value: R | undefined;

  get value(): R {
    if (!this._has) throw valueNotLoaded();
    return this._value as R;
  }

  _set(value: R): void {
    this._value = value;
    this._has = true;
  }

  toJSON(): unknown {
    return this._has ? { value: this._value } : {};
  }
}

/**
 * A collection: `items` after load, `getCount()`, `getItem...` in subclasses.
 * Item proxies are created at sync and resolve by key in later syncs.
 */
export abstract class CollectionProxy<T, I, P extends ProxyBase<I>> extends ProxyBase<T> {
  private _items: P[] | undefined;

  protected abstract _list(target: T, exec: Exec): I[];
  protected abstract _itemProxy(item: I, exec: Exec): P;

  get items(): P[] {
    if (this._items === undefined) {
      if (this._isNull === true) return [];
      throw propertyNotLoaded("items");
    }
    return this._items;
  }

  getCount(): ClientResult<number> {
    return this._result("getCount", [], (target, exec) => this._list(target, exec).length);
  }

  override _loadRun(tree: LoadTree, exec: Exec): void {
    const target = this._target(exec);
    if (target === null) {
      exec.commits.push(() => {
        this._isNull = true;
        this._items = [];
      });
      return;
    }
    const own: LoadTree = { all: false, props: new Map() };
    let itemTree: LoadTree = { all: tree.all, props: new Map() };
    for (const [name, sub] of tree.props) {
      if (name === "items") {
        if (sub) {
          itemTree.all = itemTree.all || sub.all;
          for (const [k, v] of sub.props) itemTree.props.set(k, v);
        } else itemTree = { all: true, props: itemTree.props };
      } else if (this._spec.props[name]) own.props.set(name, sub);
      else itemTree.props.set(name, sub);
    }
    if (!itemTree.all && itemTree.props.size === 0 && own.props.size === 0) itemTree.all = true;
    if (own.props.size > 0) super._loadRun(own, exec);
    // load("count") alone does not load the items (a 100,000-row table would make 100,000 proxies).
    if (!itemTree.all && itemTree.props.size === 0) return;
    const proxies = this._list(target, exec).map((item) => {
      const proxy = this._itemProxy(item, exec);
      proxy._seed(exec, item);
      proxy._isNull = false;
      proxy._loadRun(itemTree, exec);
      return proxy;
    });
    exec.commits.push(() => {
      this._items = proxies;
      this._isNull = false;
    });
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), items: this._items?.map((p) => p.toJSON()) };
  }
}
