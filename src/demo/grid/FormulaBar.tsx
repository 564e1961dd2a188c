/**
 * Excel's name box and formula bar: the name box shows (and jumps to) an
 * address; the formula bar shows the active cell's formula or value and
 * writes what is typed when Enter is pressed.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { forwardRef, useEffect, useState, type KeyboardEvent } from "react";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    alignItems: "stretch",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: "1px solid #D4D4D4",
    backgroundColor: "#FFFFFF",
  },
  nameBox: {
    width: "96px",
    font: "13px 'Malgun Gothic', 'Apple SD Gothic Neo', NanumGothic, 'Segoe UI', sans-serif",
    padding: "2px 6px",
    border: "1px solid #C8C8C8",
    borderRadius: "2px",
  },
  fx: { alignSelf: "center", fontStyle: "italic", color: "#666666", fontFamily: "Cambria, Georgia, serif", userSelect: "none" },
  input: {
    flexGrow: 1,
    minWidth: 0,
    font: "13px 'Malgun Gothic', 'Apple SD Gothic Neo', NanumGothic, 'Segoe UI', sans-serif",
    padding: "2px 6px",
    border: "1px solid #C8C8C8",
    borderRadius: "2px",
  },
});

export interface FormulaBarProps {
  readonly address: string;
  /** The active cell's formula or value, as it would be typed. */
  readonly content: string;
  /** Text that replaces the content when editing starts by typing into the grid. */
  readonly draftSeed: { readonly text: string; readonly key: number } | null;
  readonly onNavigate: (address: string) => void;
  readonly onCommit: (text: string) => void;
  readonly onCancel: () => void;
}

export const FormulaBar = forwardRef<HTMLInputElement, FormulaBarProps>(function FormulaBar(props, inputRef) {
  const styles = useStyles();
  const [draft, setDraft] = useState<string | null>(null);
  const [nameDraft, setNameDraft] = useState<string | null>(null);

  // A new active cell starts with its own content.
  useEffect(() => {
    setDraft(null);
    setNameDraft(null);
  }, [props.address]);

  useEffect(() => {
    if (props.draftSeed) setDraft(props.draftSeed.text);
  }, [props.draftSeed]);

  const onInputKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") {
      event.preventDefault();
      const text = draft ?? props.content;
      setDraft(null);
      props.onCommit(text);
    } else if (event.key === "Escape") {
      event.preventDefault();
      setDraft(null);
      props.onCancel();
    }
  };

  const onNameKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter" && nameDraft !== null) {
      event.preventDefault();
      props.onNavigate(nameDraft.trim());
      setNameDraft(null);
    } else if (event.key === "Escape") {
      setNameDraft(null);
      props.onCancel();
    }
  };

  return (
    <div className={styles.bar}>
      <input
        className={styles.nameBox}
        aria-label="이름 상자 · Name box"
        data-testid="name-box"
        value={nameDraft ?? props.address}
        onChange={(event) => setNameDraft(event.target.value)}
        onKeyDown={onNameKey}
        onBlur={() => setNameDraft(null)}
      />
      <span className={styles.fx} aria-hidden>
        fx
      </span>
      <input
        ref={inputRef}
        className={styles.input}
        aria-label="수식 입력줄 · Formula bar"
        data-testid="formula-bar"
        value={draft ?? props.content}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={onInputKey}
      />
    </div>
  );
});
