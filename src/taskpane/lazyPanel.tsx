import { lazy, type ComponentType, type LazyExoticComponent } from "react";

/**
 * A tab whose code loads when it is first opened, as its own chunk: the pane's first load is
 * the shell and the first tab only. `load` is an `import()` of the panel's module; `name` is
 * its named export.
 */
export function lazyPanel<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M & string): LazyExoticComponent<ComponentType> {
  return lazy(async () => {
    const module = await load();
    const Panel = module[name];
    if (typeof Panel !== "function") throw new Error(`The ${name} panel's module does not export ${name}.`);
    return { default: Panel as ComponentType };
  });
}
