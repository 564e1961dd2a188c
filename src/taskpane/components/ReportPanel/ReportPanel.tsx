import { Button, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { Language } from "../../../schema";
import type { LedgerProblem, TableProblem } from "../../../validation";
import { useHost } from "../../host/HostContext";
import { ReportExistsError, type ReportContext, type ReportResult } from "../../host/report";
import type { ReportCheck } from "../../host/reportCheck";
import { useLanguage } from "../../i18n";
import { ErrorMessage } from "../ErrorMessage/ErrorMessage";
import { ActiveSheetActions } from "./ActiveSheetActions";
import { QuarterPicker } from "./QuarterPicker";
import { quarterOptions } from "./quarterOptions";
import { ReplaceDialog } from "./ReplaceDialog";
import { ReportLanguagePicker } from "./ReportLanguagePicker";
import { ReportProblems } from "./ReportProblems";
import { REPORT_STRINGS } from "./reportStrings";
import { BUILT_IN, TemplatePicker } from "./TemplatePicker";
import { useActiveSheet } from "./useActiveSheet";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

type Action = "generate" | "freeze";

/**
 * The report tab: quarter, language and template, then Generate, which validates the
 * table first and lists what will break the report before writing anything. Freeze
 * and rename act on the sheet the officer is looking at, tracked live.
 */
export function ReportPanel(props: { now?: () => Date }) {
  const host = useHost();
  const paneLanguage = useLanguage();
  const strings = REPORT_STRINGS[paneLanguage];
  const styles = useStyles();
  const [context, setContext] = useState<ReportContext | null>(null);
  const [contextError, setContextError] = useState<unknown>(null);
  const [quarter, setQuarter] = useState<string | null>(null);
  const [language, setLanguage] = useState<Language>(paneLanguage);
  const [template, setTemplate] = useState(BUILT_IN);
  const [periodCell, setPeriodCell] = useState("");
  const [busy, setBusy] = useState<false | "checking" | "working">(false);
  const [generated, setGenerated] = useState<ReportResult | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [check, setCheck] = useState<{ result: ReportCheck; decided: boolean } | null>(null);
  const [confirming, setConfirming] = useState<{ action: Action; sheetName: string } | null>(null);
  // Read in the report's language: the frozen copy's suffix ((값) / (values)) follows it.
  const { sheet: activeSheet, refresh: refreshActiveSheet, error: activeSheetError } = useActiveSheet(language);
  const now = props.now;

  const load = useCallback(async () => {
    try {
      const loaded = await host.report.context();
      setContext(loaded);
      setPeriodCell(loaded.activeSheetPeriodCell ?? loaded.activeCell);
      setContextError(null);
    } catch (caught) {
      setContextError(caught);
    }
  }, [host]);

  useEffect(() => {
    void load();
  }, [load]);

  const { options, defaultValue, reason } = useMemo(
    () => quarterOptions(now ? now() : new Date(), context?.quartersWithData ?? []),
    [context, now],
  );
  const chosenQuarter = quarter ?? defaultValue;

  const act = async (action: Action, replaceExisting: boolean) => {
    setBusy("working");
    setError(null);
    setNotice(null);
    try {
      if (action === "freeze") {
        const frozen = await host.report.freeze({ sheetName: activeSheet?.name ?? "", language, replaceExisting });
        setNotice(strings.frozen(frozen.sheetName));
      } else {
        setGenerated(
          template === BUILT_IN
            ? await host.report.generate({ quarter: chosenQuarter, language, replaceExisting })
            : await host.report.generateFromTemplate({ templateSheetId: template, quarter: chosenQuarter, replaceExisting }),
        );
      }
      // The workbook changed (new sheet, new active sheet): refresh what the pickers offer.
      await Promise.all([load(), refreshActiveSheet()]);
    } catch (caught) {
      if (caught instanceof ReportExistsError && !replaceExisting) setConfirming({ action, sheetName: caught.sheetName });
      else setError(caught);
    } finally {
      setBusy(false);
    }
  };

  /** Generate: validate first; problems that break the report are listed before anything is written. */
  const generate = async () => {
    setBusy("checking");
    setError(null);
    setNotice(null);
    setGenerated(null);
    let result: ReportCheck;
    try {
      result = await host.report.check();
    } catch (caught) {
      setError(caught);
      setBusy(false);
      return;
    }
    if (result.problems.length > 0 || (result.progressOrphans?.length ?? 0) > 0 || (result.progressLedger?.length ?? 0) > 0) {
      setCheck({ result, decided: false });
      setBusy(false);
      return;
    }
    setCheck(null);
    await act("generate", false);
  };

  const goOn = () => {
    setCheck((current) => (current ? { ...current, decided: true } : null));
    void act("generate", false);
  };

  const selectProblem = async (problem: TableProblem) => {
    try {
      await host.selection.selectCell(problem.rowIndex, problem.column);
    } catch (caught) {
      setError(caught);
    }
  };

  const selectLedgerProblem = async (problem: LedgerProblem) => {
    try {
      await host.selection.selectProgressCell(problem.progressRow, problem.column);
    } catch (caught) {
      setError(caught);
    }
  };

  const rename = async () => {
    if (!activeSheet) return;
    setBusy("working");
    setError(null);
    setNotice(null);
    try {
      const renamed = await host.report.renameToShownQuarter(activeSheet.name, language);
      setNotice(strings.renamed(renamed.sheetName));
      await Promise.all([load(), refreshActiveSheet()]);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const mark = async () => {
    setBusy("working");
    setError(null);
    setNotice(null);
    try {
      const marked = await host.report.markTemplate(periodCell);
      await load();
      setTemplate(marked.sheetId);
      setNotice(strings.marked(marked.sheetName, marked.periodCell));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.stack} aria-labelledby="report-heading">
      <Text as="h2" id="report-heading" weight="semibold" size={500}>
        {strings.heading}
      </Text>
      <Text as="p">{strings.intro}</Text>
      {!context && !contextError && <Spinner size="tiny" label={strings.loading} />}
      {contextError !== null && (
        <>
          <ErrorMessage title={strings.contextFailed} error={contextError} />
          <Button onClick={load}>{strings.retry}</Button>
        </>
      )}
      {context && (
        <>
          <QuarterPicker options={options} value={chosenQuarter} onChange={setQuarter} hint={strings.quarterHint[reason](defaultValue)} strings={strings} />
          <ReportLanguagePicker value={language} onChange={setLanguage} strings={strings} />
          <TemplatePicker
            templates={context.templates}
            value={template}
            onChange={setTemplate}
            activeSheet={activeSheet?.name ?? context.activeSheet}
            periodCell={periodCell}
            onPeriodCellChange={setPeriodCell}
            onMark={mark}
            busy={busy !== false}
            strings={strings}
          />
          <div className={styles.actions}>
            <Button appearance="primary" onClick={generate} disabled={busy !== false}>
              {strings.generate}
            </Button>
            {busy !== false && <Spinner size="tiny" label={busy === "checking" ? strings.checking : strings.generating} />}
          </div>
        </>
      )}
      {check && (
        <ReportProblems
          check={check.result}
          language={paneLanguage}
          strings={strings}
          onContinue={check.decided ? null : goOn}
          onCancel={check.decided ? null : () => setCheck({ ...check, decided: true })}
          onSelect={selectProblem}
          onSelectLedger={selectLedgerProblem}
        />
      )}
      {generated && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{generated.replaced ? strings.regenerated(generated.sheetName) : strings.generated(generated.sheetName)}</MessageBarBody>
        </MessageBar>
      )}
      {generated?.notApplied && generated.notApplied.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {strings.notApplied}
            <ul className={styles.list}>
              {generated.notApplied.map((item) => (
                <li key={`${item.step}-${item.what.en}`}>
                  {item.what[paneLanguage]}: {item.reason}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {notice && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {context && activeSheet && (
        <ActiveSheetActions
          sheet={activeSheet}
          language={paneLanguage}
          busy={busy !== false}
          strings={strings}
          onFreeze={() => act("freeze", false)}
          onRename={rename}
        />
      )}
      {activeSheetError !== null && <ErrorMessage title={strings.contextFailed} error={activeSheetError} />}
      {error !== null && <ErrorMessage title={strings.failed} error={error} onDismiss={() => setError(null)} />}
      <ReplaceDialog
        sheetName={confirming?.sheetName ?? null}
        strings={strings}
        onCancel={() => setConfirming(null)}
        onConfirm={() => {
          const pending = confirming;
          setConfirming(null);
          if (pending) void act(pending.action, true);
        }}
      />
    </section>
  );
}
