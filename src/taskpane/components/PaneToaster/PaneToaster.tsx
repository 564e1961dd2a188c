import { useId } from "@fluentui/react-components";
import { Suspense, createContext, lazy, type ReactNode } from "react";

// The toaster's view (toasts, motion) loads after the pane: the first toast comes from a later tab.
const PaneToasterView = lazy(() => import(/* webpackChunkName: "toaster" */ "./PaneToasterView"));

/** The id of the pane's one toaster, for usePaneToast; null when no PaneToaster is above. */
export const ToasterIdContext = createContext<string | null>(null);

/**
 * The pane's one toaster: outcomes (saved, not saved) appear where the officer looks, whatever
 * part of a long form is scrolled into view. Panels call `usePaneToast()`; without a provider
 * (a panel rendered alone in a test) it does nothing, and panels keep their own in-view message.
 */
export function PaneToaster(props: { children: ReactNode }) {
  const toasterId = useId("pane-toaster");
  return (
    <ToasterIdContext.Provider value={toasterId}>
      {props.children}
      <Suspense fallback={null}>
        <PaneToasterView toasterId={toasterId} />
      </Suspense>
    </ToasterIdContext.Provider>
  );
}
