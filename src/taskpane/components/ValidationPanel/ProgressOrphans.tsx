/**
 * Progress records whose Commitment ID is in no Commitments row (schema 2). They are not
 * problems of a Commitments row, so they get their own list under the table's problems; each
 * one makes COMMIT.REALIZED (and the report's progress block) #VALUE! until it is fixed.
 */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Language } from "../../../schema";
import type { OrphanProgress } from "../../../validation";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  where: { fontWeight: tokens.fontWeightSemibold },
});

const MAX_LISTED = 100;

const STRINGS = {
  ko: {
    heading: (n: number) => `이행실적 표: 없는 관리번호를 가리키는 실적 ${n}건`,
    hint: "이 실적은 어느 약정에도 이어지지 않아 COMMIT.REALIZED와 보고서의 실적 블록이 #VALUE!가 됩니다. 관리번호를 고치거나 행을 지우세요.",
    where: (progressId: string, commitmentId: string) => `${progressId || "(실적번호 없음)"} · 관리번호 ${commitmentId}`,
    more: (shown: number, total: number) => `처음 ${shown}건만 보여 줍니다 (모두 ${total}건).`,
  },
  en: {
    heading: (n: number) => `Progress table: ${n} record${n === 1 ? "" : "s"} for a Commitment ID that no row has`,
    hint: "These records belong to no commitment, so COMMIT.REALIZED and the report's progress block show #VALUE!. Fix the Commitment ID or delete the row.",
    where: (progressId: string, commitmentId: string) => `${progressId || "(no Progress ID)"} · Commitment ID ${commitmentId}`,
    more: (shown: number, total: number) => `Showing the first ${shown} of ${total}.`,
  },
} as const;

export function ProgressOrphans(props: { orphans: readonly OrphanProgress[]; language: Language }) {
  const styles = useStyles();
  const strings = STRINGS[props.language];
  if (props.orphans.length === 0) return null;
  return (
    <section aria-labelledby="progress-orphans-heading" data-testid="progress-orphans">
      <Text as="h3" weight="semibold" id="progress-orphans-heading">
        {strings.heading(props.orphans.length)}
      </Text>
      <Text as="p" size={200}>
        {strings.hint}
      </Text>
      <ol className={styles.list} aria-labelledby="progress-orphans-heading">
        {props.orphans.slice(0, MAX_LISTED).map((orphan) => (
          <li key={orphan.progressRow}>
            <span className={styles.where}>{strings.where(orphan.progressId, orphan.commitmentId)}</span> {orphan.message[props.language]}
          </li>
        ))}
      </ol>
      {props.orphans.length > MAX_LISTED && (
        <Text as="p" size={200}>
          {strings.more(MAX_LISTED, props.orphans.length)}
        </Text>
      )}
    </section>
  );
}
