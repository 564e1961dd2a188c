import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Span } from "../../../extract";
import { evidenceSnippet } from "./evidenceSnippet";

const useStyles = makeStyles({
  quote: {
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
  },
  mark: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
});

/**
 * The release text a suggestion stands on, with the selected field's evidence marked. Rendered
 * as React text nodes and one <mark>: the pasted text is never HTML.
 */
export function EvidenceView(props: { text: string; sentence: Span; evidence: Span | null; label: string; emptyNote: string | null }) {
  const styles = useStyles();
  const snippet = evidenceSnippet(props.text, props.sentence, props.evidence);
  return (
    <figure style={{ margin: 0 }}>
      <figcaption>
        <Text size={200} weight="semibold">
          {props.label}
        </Text>
      </figcaption>
      <blockquote className={styles.quote} aria-live="polite">
        {snippet.before}
        {snippet.marked !== null && <mark className={styles.mark}>{snippet.marked}</mark>}
        {snippet.after}
      </blockquote>
      {props.emptyNote && (
        <Text size={200} italic>
          {props.emptyNote}
        </Text>
      )}
    </figure>
  );
}
