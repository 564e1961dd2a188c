import { Button, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Language } from "../../../schema";
import type { LedgerProblem, TableProblem } from "../../../validation";
import type { ReportCheck } from "../../host/reportCheck";
import type { ReportStrings } from "./reportStrings";

/** A pane listing thousands of buttons would crawl; the Validate tab lists every problem. */
const MAX_LISTED = 50;

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  item: { width: "100%", height: "auto", justifyContent: "flex-start", textAlign: "start", fontWeight: tokens.fontWeightRegular },
  where: { fontWeight: tokens.fontWeightSemibold },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** The problems that will break the report, shown before anything is written; each one selects its cell. */
export function ReportProblems(props: {
  check: ReportCheck;
  language: Language;
  strings: ReportStrings;
  /** Null once the officer went on: the list stays, the choice is gone. */
  onContinue: (() => void) | null;
  onCancel: (() => void) | null;
  onSelect: (problem: TableProblem) => void;
  /** Selects a Progress table cell (a ledger row's own problem). */
  onSelectLedger: (problem: LedgerProblem) => void;
}) {
  const styles = useStyles();
  const { check, strings } = props;
  const orphans = check.progressOrphans ?? [];
  const ledger = check.progressLedger ?? [];
  return (
    <section className={styles.stack} aria-labelledby="report-problems-title" data-testid="report-problems">
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle id="report-problems-title">{strings.problemsTitle(check.problems.length + orphans.length + ledger.length)}</MessageBarTitle>
          {strings.problemsBody}
        </MessageBarBody>
      </MessageBar>
      <ol className={styles.list} aria-labelledby="report-problems-title">
        {check.problems.slice(0, MAX_LISTED).map((problem, index) => (
          <li key={`${problem.rowIndex}-${problem.column}-${problem.code}-${index}`}>
            <Button appearance="subtle" className={styles.item} onClick={() => props.onSelect(problem)}>
              <span>
                <span className={styles.where}>{strings.problemWhere(check.firstSheetRow + problem.rowIndex, problem.id, problem.columnLabel)}</span>{" "}
                {problem.message[props.language]}
              </span>
            </Button>
          </li>
        ))}
        {orphans.slice(0, MAX_LISTED).map((orphan) => (
          <li key={`progress-${orphan.progressRow}`}>
            <Text>
              <span className={styles.where}>{strings.orphanWhere(orphan.progressId, orphan.commitmentId)}</span> {orphan.message[props.language]}
            </Text>
          </li>
        ))}
        {ledger.slice(0, MAX_LISTED).map((problem, index) => (
          <li key={`ledger-${problem.progressRow}-${problem.column}-${index}`}>
            <Button appearance="subtle" className={styles.item} onClick={() => props.onSelectLedger(problem)}>
              <span>
                <span className={styles.where}>{strings.ledgerWhere(problem.progressId, problem.columnLabel, problem.progressRow + 1)}</span>{" "}
                {problem.message[props.language]}
              </span>
            </Button>
          </li>
        ))}
      </ol>
      {ledger.length > MAX_LISTED && <Text size={200}>{strings.moreProblems(MAX_LISTED, ledger.length)}</Text>}
      {orphans.length > MAX_LISTED && <Text size={200}>{strings.moreProblems(MAX_LISTED, orphans.length)}</Text>}
      {check.problems.length > MAX_LISTED && <Text size={200}>{strings.moreProblems(MAX_LISTED, check.problems.length)}</Text>}
      {props.onContinue && props.onCancel && (
        <div className={styles.actions}>
          <Button onClick={props.onContinue}>{strings.goOn}</Button>
          <Button appearance="primary" onClick={props.onCancel}>
            {strings.fixFirst}
          </Button>
        </div>
      )}
    </section>
  );
}
