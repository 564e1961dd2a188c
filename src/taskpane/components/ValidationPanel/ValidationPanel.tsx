import {
  Badge,
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { PROBLEM_KIND_LABELS, type LedgerProblem, type TableProblem } from "../../../validation";
import { useHost } from "../../host/HostContext";
import type { ValidationReport } from "../../host/validation";
import { useLanguage, useStrings } from "../../i18n";
import { ErrorMessage } from "../ErrorMessage/ErrorMessage";
import { ProblemButton } from "../ProblemButton/ProblemButton";
import { LedgerProblems } from "./LedgerProblems";
import { ProgressOrphans } from "./ProgressOrphans";
import { problemCounts } from "./problemCounts";

/** A pane listing 10,000 buttons would crawl; the counts above still cover every problem. */
const MAX_LISTED = 500;

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  counts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, margin: 0, padding: 0, listStyleType: "none" },
  flush: { margin: 0, display: "block" },
  problems: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

/** Checks the whole table in one read and lists every problem; clicking one selects its cell. */
export function ValidationPanel() {
  const host = useHost();
  const language = useLanguage();
  const strings = useStrings();
  const styles = useStyles();
  const [report, setReport] = useState<ValidationReport | null>(null);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [selectError, setSelectError] = useState<unknown>(null);

  const validate = async () => {
    setRunning(true);
    setError(null);
    setSelectError(null);
    try {
      setReport(await host.validation.validate());
    } catch (caught) {
      setError(caught);
    } finally {
      setRunning(false);
    }
  };

  const select = async (problem: TableProblem) => {
    setSelectError(null);
    try {
      await host.selection.selectCell(problem.rowIndex, problem.column);
    } catch (caught) {
      setSelectError(caught);
    }
  };

  const selectInLedger = async (problem: LedgerProblem) => {
    setSelectError(null);
    try {
      await host.selection.selectProgressCell(problem.progressRow, problem.column);
    } catch (caught) {
      setSelectError(caught);
    }
  };

  const problems = report?.problems ?? [];
  const ledger = report?.progressLedger ?? [];
  return (
    <section className={styles.stack} aria-labelledby="validation-heading">
      <Text className={styles.flush} as="h2" id="validation-heading" weight="semibold" size={500}>
        {strings.validation.heading}
      </Text>
      <Text className={styles.flush} as="p">{strings.validation.intro}</Text>
      <div>
        <Button appearance="primary" onClick={validate} disabled={running}>
          {strings.validation.run}
        </Button>
      </div>
      {running && <Spinner size="tiny" label={strings.validation.running} />}
      {error !== null && <ErrorMessage title={strings.validation.failed} error={error} onDismiss={() => setError(null)} />}
      {report && (
        <MessageBar intent={problems.length === 0 && (report.progressOrphans?.length ?? 0) === 0 && ledger.length === 0 ? "success" : "warning"} layout="multiline">
          <MessageBarBody>
            {problems.length > 0
              ? strings.validation.summary(problems.length, report.rowCount)
              : ledger.length + (report.progressOrphans?.length ?? 0) > 0
                ? strings.validation.ledgerOnly(report.rowCount, ledger.length + (report.progressOrphans?.length ?? 0))
                : strings.validation.clean(report.rowCount)}
          </MessageBarBody>
        </MessageBar>
      )}
      {problems.length > 0 && (
        <>
          <Text className={styles.flush} as="h3" weight="semibold">
            {strings.validation.countsHeading}
          </Text>
          <ul className={styles.counts} aria-label={strings.validation.countsHeading}>
            {problemCounts(problems).map(({ code, count }) => (
              <li key={code}>
                <Badge appearance="tint" color="warning" data-code={code}>
                  {PROBLEM_KIND_LABELS[code][language]}: {count}
                </Badge>
              </li>
            ))}
          </ul>
          <Text className={styles.flush} as="h3" weight="semibold">
            {strings.validation.listHeading}
          </Text>
          <Text className={styles.flush} as="p" size={200}>
            {strings.validation.listHint}
          </Text>
          {selectError !== null && (
            <ErrorMessage title={strings.validation.selectFailed} error={selectError} onDismiss={() => setSelectError(null)} />
          )}
          <ol className={styles.problems} aria-label={strings.validation.listHeading}>
            {problems.slice(0, MAX_LISTED).map((problem, index) => {
              // Rows are named by the number Excel shows at the left of the sheet.
              const where = strings.validation.rowLabel((report?.firstSheetRow ?? 2) + problem.rowIndex);
              const id = problem.id || strings.validation.noId;
              return (
                <li key={`${problem.rowIndex}-${problem.column}-${problem.code}-${index}`} data-code={problem.code}>
                  <ProblemButton where={`${id} · ${problem.columnLabel} · ${where}`} message={problem.message[language]} onClick={() => void select(problem)} />
                </li>
              );
            })}
          </ol>
          {problems.length > MAX_LISTED && (
            <Text className={styles.flush} as="p" size={200}>
              {strings.validation.showingFirst(MAX_LISTED, problems.length)}
            </Text>
          )}
        </>
      )}
      {report && <ProgressOrphans orphans={report.progressOrphans ?? []} language={language} />}
      {selectError !== null && problems.length === 0 && (
        <ErrorMessage title={strings.validation.selectFailed} error={selectError} onDismiss={() => setSelectError(null)} />
      )}
      <LedgerProblems problems={ledger} language={language} onSelect={(problem) => void selectInLedger(problem)} />
    </section>
  );
}
