import { Button, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { Language } from "../../../schema";
import { useHost } from "../../host/HostContext";
import { ReportExistsError, type ReportContext, type ReportResult } from "../../host/report";
import { useLanguage } from "../../i18n";
import { ErrorMessage } from "../ErrorMessage/ErrorMessage";
import { QuarterPicker } from "./QuarterPicker";
import { quarterOptions } from "./quarterOptions";
import { ReplaceDialog } from "./ReplaceDialog";
import { ReportLanguagePicker } from "./ReportLanguagePicker";
import { REPORT_STRINGS } from "./reportStrings";
import { BUILT_IN, TemplatePicker } from "./TemplatePicker";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
});

type Action = "generate" | "freeze";

/** The report tab: quarter, language and template, then Generate; Freeze makes a values-only copy to share. */
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
  const [busy, setBusy] = useState(false);
  const [generated, setGenerated] = useState<ReportResult | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [confirming, setConfirming] = useState<{ action: Action; sheetName: string } | null>(null);
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

  const { options, defaultValue } = useMemo(
    () => quarterOptions(now ? now() : new Date(), context?.quartersWithData ?? []),
    [context, now],
  );
  const chosenQuarter = quarter ?? defaultValue;
  // Freeze acts on the report made in this session, else on the sheet the officer is looking at.
  const freezeTarget = generated?.sheetName ?? context?.activeSheet ?? null;

  const run = async (action: Action, replaceExisting: boolean) => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      if (action === "freeze") {
        const frozen = await host.report.freeze({ sheetName: freezeTarget ?? "", language, replaceExisting });
        setNotice(strings.frozen(frozen.sheetName));
      } else {
        setGenerated(
          template === BUILT_IN
            ? await host.report.generate({ quarter: chosenQuarter, language, replaceExisting })
            : await host.report.generateFromTemplate({ templateSheetId: template, quarter: chosenQuarter, replaceExisting }),
        );
      }
      // The workbook changed (new sheet, new active sheet): refresh what the pickers offer.
      await load();
    } catch (caught) {
      if (caught instanceof ReportExistsError && !replaceExisting) setConfirming({ action, sheetName: caught.sheetName });
      else setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const mark = async () => {
    setBusy(true);
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
          <QuarterPicker options={options} value={chosenQuarter} onChange={setQuarter} strings={strings} />
          <ReportLanguagePicker value={language} onChange={setLanguage} strings={strings} />
          <TemplatePicker
            templates={context.templates}
            value={template}
            onChange={setTemplate}
            activeSheet={context.activeSheet}
            periodCell={periodCell}
            onPeriodCellChange={setPeriodCell}
            onMark={mark}
            busy={busy}
            strings={strings}
          />
          <div className={styles.actions}>
            <Button appearance="primary" onClick={() => run("generate", false)} disabled={busy}>
              {strings.generate}
            </Button>
            {freezeTarget && (
              <Button onClick={() => run("freeze", false)} disabled={busy} title={strings.freezeHint}>
                {strings.freeze(freezeTarget)}
              </Button>
            )}
            {busy && <Spinner size="tiny" label={strings.generating} />}
          </div>
        </>
      )}
      {generated && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{generated.replaced ? strings.regenerated(generated.sheetName) : strings.generated(generated.sheetName)}</MessageBarBody>
        </MessageBar>
      )}
      {notice && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {error !== null && <ErrorMessage title={strings.failed} error={error} onDismiss={() => setError(null)} />}
      <ReplaceDialog
        sheetName={confirming?.sheetName ?? null}
        strings={strings}
        onCancel={() => setConfirming(null)}
        onConfirm={() => {
          const pending = confirming;
          setConfirming(null);
          if (pending) void run(pending.action, true);
        }}
      />
    </section>
  );
}
