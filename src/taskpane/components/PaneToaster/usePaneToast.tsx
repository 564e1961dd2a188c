import { Toast, ToastBody, ToastTitle, useToastController, type ToastIntent } from "@fluentui/react-components";
import { useCallback, useContext } from "react";
import { ToasterIdContext } from "./PaneToaster";

/** Shows a toast in the pane's toaster (see PaneToaster); does nothing without one. */
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
