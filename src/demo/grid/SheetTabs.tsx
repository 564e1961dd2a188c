/** The sheet tabs under the grid; choosing one activates that sheet. */
import { makeStyles, mergeClasses } from "@fluentui/react-components";

const useStyles = makeStyles({
  strip: {
    display: "flex",
    gap: "2px",
    padding: "0 8px",
    borderTop: "1px solid #C8C8C8",
    backgroundColor: "#F3F3F3",
    overflowX: "auto",
    minHeight: "30px",
  },
  tab: {
    border: "none",
    borderBottom: "3px solid transparent",
    background: "transparent",
    padding: "4px 14px",
    font: "13px 'Malgun Gothic', 'Apple SD Gothic Neo', NanumGothic, 'Segoe UI', sans-serif",
    color: "#333333",
    cursor: "pointer",
    whiteSpace: "nowrap",
    ":hover": { backgroundColor: "#E6E6E6" },
  },
  active: { backgroundColor: "#FFFFFF", color: "#0F6B3A", fontWeight: 600, borderBottom: "3px solid #217346" },
});

export interface SheetTabsProps {
  readonly sheets: readonly string[];
  readonly active: string;
  readonly onActivate: (sheet: string) => void;
}

export function SheetTabs({ sheets, active, onActivate }: SheetTabsProps) {
  const styles = useStyles();
  return (
    <div role="tablist" aria-label="시트 · Sheets" className={styles.strip}>
      {sheets.map((sheet) => (
        <button
          key={sheet}
          type="button"
          role="tab"
          aria-selected={sheet === active}
          className={mergeClasses(styles.tab, sheet === active && styles.active)}
          onClick={() => onActivate(sheet)}
        >
          {sheet}
        </button>
      ))}
    </div>
  );
}
