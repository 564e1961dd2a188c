/**
 * Problems of the Progress ledger's own rows (schema 2): unreadable cells, blank or repeated
 * Progress IDs, foreign amounts without a rate. They are not problems of a Commitments row, so
 * they get their own list; clicking one selects its cell in the Progress table.
 */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Language } from "../../../schema";
import type { LedgerProblem } from "../../../validation";
import { ProblemButton } from "../ProblemButton/ProblemButton";

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

const MAX_LISTED = 200;

const STRINGS = {
  ko: {
    heading: (n: number) => `이행실적 표의 문제 ${n}건`,
    hint: "항목을 누르면 이행실적 표의 그 셀로 이동합니다. 행 번호는 이행실적 표 안에서 센 번호입니다.",
    where: (progressId: string, column: string, row: number) => `${progressId || "(실적번호 없음)"} · ${column} · 이행실적 표 ${row}번째 행`,
    more: (shown: number, total: number) => `처음 ${shown}건만 보여 줍니다 (모두 ${total}건).`,
  },
  en: {
    heading: (n: number) => `Progress table: ${n} problem${n === 1 ? "" : "s"}`,
    hint: "Click one to select its cell in the Progress table. Row numbers count the Progress table's rows.",
    where: (progressId: string, column: string, row: number) => `${progressId || "(no Progress ID)"} · ${column} · Progress table row ${row}`,
    more: (shown: number, total: number) => `Showing the first ${shown} of ${total}.`,
  },
} as const;

export function LedgerProblems(props: { problems: readonly LedgerProblem[]; language: Language; onSelect: (problem: LedgerProblem) => void }) {
  const styles = useStyles();
  const strings = STRINGS[props.language];
  if (props.problems.length === 0) return null;
  return (
    <section aria-labelledby="ledger-problems-heading" data-testid="ledger-problems">
      <Text as="h3" weight="semibold" id="ledger-problems-heading">
        {strings.heading(props.problems.length)}
      </Text>
      <Text as="p" size={200}>
        {strings.hint}
      </Text>
      <ol className={styles.list} aria-labelledby="ledger-problems-heading">
        {props.problems.slice(0, MAX_LISTED).map((problem, index) => (
          <li key={`${problem.progressRow}-${problem.column}-${problem.code}-${index}`} data-code={problem.code}>
            <ProblemButton
              where={strings.where(problem.progressId, problem.columnLabel, problem.progressRow + 1)}
              message={problem.message[props.language]}
              onClick={() => props.onSelect(problem)}
            />
          </li>
        ))}
      </ol>
      {props.problems.length > MAX_LISTED && (
        <Text as="p" size={200}>
          {strings.more(MAX_LISTED, props.problems.length)}
        </Text>
      )}
    </section>
  );
}
