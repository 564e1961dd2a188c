/**
 * A Host made of jest.fn adapters, for component tests: components must work against
 * any host, without the simulator. Only tests import this file.
 * Adapters not given (including groups other panes add) are jest.fn that never settle,
 * so a panel rendered only to be present (as in App tests) just stays "loading".
 */
import type { Host } from "./index";

type Overrides = { [G in keyof Host]?: Partial<Host[G]> };

const DEFAULTS: Record<string, Record<string, () => jest.Mock>> = {
  setup: {
    inspect: () =>
      jest.fn().mockResolvedValue({ state: { sheetNames: [], commitments: null, fx: null, schemaVersion: null }, plan: null, planError: null }),
  },
  selection: {
    onRowSelected: () => jest.fn(() => () => undefined),
    readSelectedRow: () => jest.fn().mockResolvedValue(null),
    selectCell: () => jest.fn().mockResolvedValue(undefined),
  },
  settings: { schemaVersion: () => jest.fn().mockResolvedValue(null) },
  rows: { findLikelyDuplicates: () => jest.fn().mockResolvedValue([]) },
};

function group(name: string, given: Record<string, unknown>): Record<string, unknown> {
  const made: Record<string, unknown> = { ...given };
  return new Proxy(made, {
    get(target, property) {
      if (typeof property !== "string") return undefined;
      if (!Object.hasOwn(target, property)) target[property] = DEFAULTS[name]?.[property]?.() ?? jest.fn(() => new Promise(() => undefined));
      return target[property];
    },
  });
}

export function fakeHost(overrides: Overrides = {}): Host {
  const groups: Record<string, Record<string, unknown>> = {};
  for (const [name, functions] of Object.entries(overrides)) groups[name] = group(name, functions as Record<string, unknown>);
  return new Proxy(groups, {
    get(target, property) {
      if (typeof property !== "string") return undefined;
      target[property] ??= group(property, {});
      return target[property];
    },
  }) as unknown as Host;
}
