import { Toast, ToastBody, ToastTitle, Toaster, useId, useToastController, type ToastIntent } from "@fluentui/react-components";
import { createContext, useCallback, useContext, type ReactNode } from "react";

const ToasterIdContext = createContext<string | null>(null);

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
      <Toaster toasterId={toasterId} position="top-end" pauseOnHover pauseOnWindowBlur />
    </ToasterIdContext.Provider>
  );
}

export function usePaneToast(): (intent: ToastIntent, title: string, body?: string) => void {
  const toasterId = useContext(ToasterIdContext);
  const { dispatchToast } = useToastController(toasterId ?? undefined);
  return useCallback(
    (intent, title, body) => {
      if (toasterId === null) return;
      dispatchToast(
        <Toast>
          <ToastTitle>{title}</ToastTitle>
          {body && <ToastBody>{body}</ToastBody>}
        </Toast>,
        { intent, timeout: intent === "error" || intent === "warning" ? 8000 : 5000 },
      );
    },
    [dispatchToast, toasterId],
  );
}
