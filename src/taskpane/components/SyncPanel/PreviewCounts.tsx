import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import { planCounts, type SyncPlan } from "../../../sync";
import { useLanguage } from "../../i18n";
import { SYNC_STRINGS } from "./syncStrings";

const useStyles = makeStyles({
  list: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, listStyle: "none", padding: 0, margin: 0 },
});

const COLORS = { inserts: "success", updates: "brand", unchanged: "informative", conflicts: "warning", rejected: "danger" } as const;

/** Counts of the plan: insert / update / unchanged / conflict / rejected. */
export function PreviewCounts(props: { plan: SyncPlan }) {
  const styles = useStyles();
  const strings = SYNC_STRINGS[useLanguage()];
  const counts = planCounts(props.plan);
  return (
    <ul className={styles.list} aria-label={strings.previewHeading}>
      {(Object.keys(COLORS) as (keyof typeof COLORS)[]).map((key) => (
        <li key={key}>
          <Badge appearance={key === "unchanged" ? "tint" : "filled"} color={COLORS[key]} data-testid={`count-${key}`}>
            {`${strings.counts[key]} ${counts[key]}`}
          </Badge>
        </li>
      ))}
    </ul>
  );
}
