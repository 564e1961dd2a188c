import {
  Badge,
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { PROBLEM_KIND_LABELS, type TableProblem } from "../../../validation";
import { useHost } from "../../host/HostContext";
import type { ValidationReport } from "../../host/validation";
import { useLanguage, useStrings } from "../../i18n";
import { ErrorMessage } from "../ErrorMessage/ErrorMessage";
import { problemCounts } from "./problemCounts";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  counts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, margin: 0, padding: 0, listStyleType: "none" },
  problemButton: { textAlign: "start", height: "auto", padding: tokens.spacingVerticalXS, justifyContent: "flex-start", fontWeight: tokens.fontWeightRegular },
  idCell: { whiteSpace: "nowrap", verticalAlign: "top" },
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

  const problems = report?.problems ?? [];
  return (
    <section className={styles.stack} aria-labelledby="validation-heading">
      <Text as="h2" id="validation-heading" weight="semibold" size={500}>
        {strings.validation.heading}
      </Text>
      <Text as="p">{strings.validation.intro}</Text>
      <div>
        <Button appearance="primary" onClick={validate} disabled={running}>
          {strings.validation.run}
        </Button>
      </div>
      {running && <Spinner size="tiny" label={strings.validation.running} />}
      {error !== null && <ErrorMessage title={strings.validation.failed} error={error} onDismiss={() => setError(null)} />}
      {report && (
        <MessageBar intent={problems.length === 0 ? "success" : "warning"} layout="multiline">
          <MessageBarBody>
            {problems.length === 0 ? strings.validation.clean(report.rowCount) : strings.validation.summary(problems.length, report.rowCount)}
          </MessageBarBody>
        </MessageBar>
      )}
      {problems.length > 0 && (
        <>
          <Text as="h3" weight="semibold">
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
          <Text as="h3" weight="semibold">
            {strings.validation.listHeading}
          </Text>
          <Text as="p" size={200}>
            {strings.validation.listHint}
          </Text>
          {selectError !== null && (
            <ErrorMessage title={strings.validation.selectFailed} error={selectError} onDismiss={() => setSelectError(null)} />
          )}
          <Table size="small" aria-label={strings.validation.listHeading}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{strings.validation.columnId}</TableHeaderCell>
                <TableHeaderCell>{strings.validation.columnColumn}</TableHeaderCell>
                <TableHeaderCell>{strings.validation.columnProblem}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {problems.map((problem, index) => {
                const id = problem.id || `${strings.validation.noId} ${strings.validation.rowLabel(problem.rowIndex + 1)}`;
                return (
                  <TableRow key={`${problem.rowIndex}-${problem.column}-${problem.code}-${index}`} data-code={problem.code}>
                    <TableCell className={styles.idCell}>{id}</TableCell>
                    <TableCell className={styles.idCell}>{problem.columnLabel}</TableCell>
                    <TableCell>
                      <Button
                        appearance="transparent"
                        className={styles.problemButton}
                        aria-label={`${strings.validation.goTo(id, problem.columnLabel)}: ${problem.message[language]}`}
                        onClick={() => select(problem)}
                      >
                        {problem.message[language]}
                      </Button>
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </>
      )}
    </section>
  );
}
