import { Toaster } from "@fluentui/react-components";

/** Where the pane's toasts appear (a chunk of its own: see PaneToaster). */
export default function PaneToasterView(props: { toasterId: string }) {
  return <Toaster toasterId={props.toasterId} position="top-end" pauseOnHover pauseOnWindowBlur />;
}
