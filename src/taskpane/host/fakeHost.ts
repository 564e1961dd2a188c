/**
 * A Host made of jest.fn adapters, for component tests: components must work against
 * any host, without the simulator. Only tests import this file.
 */
import type { Host } from "./index";

type Overrides = { [G in keyof Host]?: Partial<Host[G]> };

export function fakeHost(overrides: Overrides = {}): Host {
  const host = {
    setup: {
      inspect: jest.fn().mockResolvedValue({ state: { sheetNames: [], commitments: null, fx: null, schemaVersion: null }, plan: null, planError: null }),
      run: jest.fn(),
    },
    rows: { save: jest.fn() },
    validation: { validate: jest.fn() },
    selection: { onRowSelected: jest.fn(() => () => undefined), readSelectedRow: jest.fn().mockResolvedValue(null), selectCell: jest.fn().mockResolvedValue(undefined) },
    settings: { schemaVersion: jest.fn().mockResolvedValue(null) },
  } as Record<string, Record<string, unknown>>;
  for (const [group, functions] of Object.entries(overrides)) host[group] = { ...(host[group] ?? {}), ...functions };
  return host as unknown as Host;
}
