/**
 * The sheet the officer is looking at, kept current: read on mount, then again
 * whenever a worksheet is activated or the selection moves (which is how typing
 * into the period cell ends). Freeze and rename act on this, never on a sheet read
 * once when the tab opened (issue 11, item 6).
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { Language } from "../../../schema";
import { useHost } from "../../host/HostContext";
import type { ActiveSheetState } from "../../host/reportFreeze";

export function useActiveSheet(language: Language) {
  const host = useHost();
  const [sheet, setSheet] = useState<ActiveSheetState | null>(null);
  const [error, setError] = useState<unknown>(null);
  // Reads may overlap when events come quickly; only the latest one's answer is kept.
  const latest = useRef(0);

  const refresh = useCallback(async () => {
    const ticket = ++latest.current;
    try {
      const state = await host.report.activeSheet(language);
      if (ticket === latest.current) {
        setSheet(state);
        setError(null);
      }
    } catch (caught) {
      if (ticket === latest.current) setError(caught);
    }
  }, [host, language]);

  useEffect(() => {
    void refresh();
    return host.report.onActiveSheetChanged(
      () => void refresh(),
      (caught) => setError(caught),
    );
  }, [host, refresh]);

  return { sheet, error, refresh };
}
