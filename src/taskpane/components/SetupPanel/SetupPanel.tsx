import { Button, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import { SCHEMA_VERSION, columnLabel } from "../../../schema/columns";
import { useHost } from "../../host/HostContext";
import type { SetupResult, WorkbookInspection } from "../../host/setup";
import { useLanguage, useStrings } from "../../i18n";
import { ErrorMessage } from "../ErrorMessage/ErrorMessage";
import { describeInspection } from "./describeInspection";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  // Fluent's Text is inline by default: without display block, sentences run together.
  flush: { margin: 0, display: "block" },
});

/** Creates or upgrades the Commitments and FxRates tables, after saying what it will do. */
export function SetupPanel() {
  const host = useHost();
  const language = useLanguage();
  const strings = useStrings();
  const styles = useStyles();
  const [inspection, setInspection] = useState<WorkbookInspection | null>(null);
  const [checking, setChecking] = useState(true);
  const [working, setWorking] = useState(false);
  const [result, setResult] = useState<SetupResult | null>(null);
  const [error, setError] = useState<unknown>(null);

  const inspect = useCallback(async () => {
    setChecking(true);
    try {
      setInspection(await host.setup.inspect(language));
      setError(null);
    } catch (caught) {
      setError(caught);
    } finally {
      setChecking(false);
    }
  }, [host, language]);

  useEffect(() => {
    void inspect();
  }, [inspect]);

  const runSetup = async () => {
    setWorking(true);
    setError(null);
    setResult(null);
    try {
      setResult(await host.setup.run(language));
      setInspection(await host.setup.inspect(language));
    } catch (caught) {
      setError(caught);
    } finally {
      setWorking(false);
    }
  };

  const lines = inspection ? describeInspection(inspection, strings, language) : [];
  const plan = inspection?.plan ?? null;
  return (
    <section className={styles.stack} aria-labelledby="setup-heading">
      <Text className={styles.flush} as="h2" id="setup-heading" weight="semibold" size={500}>
        {strings.setup.heading}
      </Text>
      <Text className={styles.flush} as="p">{strings.setup.intro}</Text>
      {checking && !inspection ? (
        <Spinner size="tiny" label={strings.setup.checking} />
      ) : (
        <div aria-live="polite">
          {lines.map((line) => (
            <Text className={styles.flush} as="p" key={line}>
              {line}
            </Text>
          ))}
        </div>
      )}
      {inspection?.planError && <ErrorMessage title={strings.setup.failed} error={inspection.planError} />}
      <div className={styles.actions}>
        {plan && plan.kind !== "unchanged" && (
          <Button appearance="primary" onClick={runSetup} disabled={working || checking}>
            {plan.kind === "create" ? strings.setup.create : strings.setup.upgrade}
          </Button>
        )}
        <Button onClick={inspect} disabled={working || checking}>
          {strings.setup.recheck}
        </Button>
        {working && <Spinner size="tiny" label={strings.setup.working} />}
      </div>
      {result && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <ul className={styles.list}>
              {result.kind === "unchanged" && <li>{strings.setup.unchanged}</li>}
              {result.kind === "create" && <li>{strings.setup.created(result.sheetName)}</li>}
              {result.kind === "upgrade" && result.addedColumns.length > 0 && (
                <li>{strings.setup.added(result.addedColumns.map((key) => columnLabel(key, result.language)).join(", "))}</li>
              )}
              {result.kind === "upgrade" && result.addedColumns.length === 0 && !result.fxSheetName && <li>{strings.setup.versionRecorded(SCHEMA_VERSION)}</li>}
              {result.fxSheetName && <li>{strings.setup.fxCreated(result.fxSheetName)}</li>}
              {result.fxSeedAsOf && <li>{strings.setup.fxReminder(result.fxSeedAsOf)}</li>}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {error !== null && <ErrorMessage title={strings.setup.failed} error={error} onDismiss={() => setError(null)} />}
    </section>
  );
}
