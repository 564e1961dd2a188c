import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { formatKrw } from "../../../money";
import { kindLabel, type ProgressRecord } from "../../../progress/progressEntry";
import { serialToIso, type Language } from "../../../schema";
import { PROGRESS_STRINGS } from "./progressStrings";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: { display: "grid", gridTemplateColumns: "84px 1fr", columnGap: tokens.spacingHorizontalS, borderLeft: `2px solid ${tokens.colorBrandStroke1}`, paddingLeft: tokens.spacingHorizontalS },
  detail: { display: "flex", flexDirection: "column" },
});

function amountText(record: ProgressRecord, language: Language): string {
  const locale = language === "ko" ? "ko-KR" : "en-US";
  const parts: string[] = [];
  if (record.amount !== null && record.currency !== "" && record.currency !== "KRW") parts.push(`${record.amount.toLocaleString(locale)} ${record.currency}`);
  if (record.amountKrw !== null) parts.push(formatKrw(record.amountKrw));
  else if (record.amount !== null && record.currency === "KRW") parts.push(formatKrw(record.amount));
  return parts.join(" · ");
}

/** A commitment's progress records, oldest first: date, kind, amount, jobs and evidence. */
export function ProgressTimeline(props: { records: readonly ProgressRecord[]; language: Language }) {
  const styles = useStyles();
  const strings = PROGRESS_STRINGS[props.language];
  if (props.records.length === 0) return <Text size={200}>{strings.empty}</Text>;
  return (
    <ol className={styles.list} aria-label={strings.timeline}>
      {props.records.map((record) => {
        const money = amountText(record, props.language);
        const jobs = record.jobs !== null && record.jobs > 0 ? strings.jobsUnit(record.jobs) : "";
        return (
          <li key={record.progressId || `${record.date}-${record.evidence}`} className={styles.item}>
            <Text size={200} weight="semibold">
              {record.date === null ? strings.undated : serialToIso(record.date)}
            </Text>
            <div className={styles.detail}>
              <Text size={200}>{[kindLabel(record, props.language), money, jobs].filter((part) => part !== "").join(" · ")}</Text>
              {(record.evidence !== "" || record.notes !== "") && (
                <Text size={100}>{[record.evidence, record.notes].filter((part) => part !== "").join(" — ")}</Text>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
