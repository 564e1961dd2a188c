import { createContext, useContext, type ReactNode } from "react";
import type { Host } from "./index";

const HostContext = createContext<Host | null>(null);

export function HostProvider(props: { host: Host; children: ReactNode }) {
  return <HostContext.Provider value={props.host}>{props.children}</HostContext.Provider>;
}

/** The adapter functions of the workbook the pane works on. */
export function useHost(): Host {
  const host = useContext(HostContext);
  if (!host) throw new Error("useHost() needs a <HostProvider> above it (App provides one).");
  return host;
}
