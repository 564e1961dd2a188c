import { Button, Divider, MessageBar, MessageBarActions, MessageBarBody, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  COMMITMENTS_VOCABULARY,
  PROGRESS_VOCABULARY,
  autoMap,
  carryOver,
  checkMapping,
  identityForSource,
  planSync,
  resolveConflicts,
  sourceHeaders,
  syncColumnLabel,
  type ColumnMapping,
  type ConflictChoice,
  type MappingMatch,
  type SourceEncoding,
  type SyncPlan,
} from "../../../sync";
import { useHost } from "../../host/HostContext";
import type { CurrentSnapshot, SyncProgress, SyncResult } from "../../host/sync";
import { planContext } from "../../host/syncRead";
import type { SyncTarget } from "../../host/syncTarget";
import { useLanguage } from "../../i18n";
import { ErrorMessage } from "../ErrorMessage/ErrorMessage";
import { ApplyProgress } from "./ApplyProgress";
import { ChangeList } from "./ChangeList";
import { ConflictList } from "./ConflictList";
import { EncodingChoice } from "./EncodingChoice";
import { IgnoredColumns } from "./IgnoredColumns";
import { MappingTable } from "./MappingTable";
import { PreviewCounts } from "./PreviewCounts";
import { RejectedList } from "./RejectedList";
import { resultMessage } from "./resultMessage";
import { SourcePicker } from "./SourcePicker";
import { TargetChoice } from "./TargetChoice";
import { SYNC_STRINGS } from "./syncStrings";
import { sourceFromFile, type SyncSource } from "./syncSource";
import { UndoSection } from "./UndoSection";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

/** Conflict choices by row ID (a Map: IDs are data, and "constructor" must not read as decided). */
const NO_CHOICES: ReadonlyMap<string, ConflictChoice> = new Map();

type Planned = { plan: SyncPlan; error: null } | { plan: null; error: unknown };

const vocabularyOf = (target: SyncTarget) => (target === "progress" ? PROGRESS_VOCABULARY : COMMITMENTS_VOCABULARY);

/**
 * The sync tab: pick a source → map columns → preview (counts, diffs, conflicts,
 * rejected rows) → apply with progress and cancel → result; undo the last sync.
 * Planning is pure and runs here on every mapping change; only reading and
 * applying go through the host.
 */
export function SyncPanel() {
  const styles = useStyles();
  const language = useLanguage();
  const strings = SYNC_STRINGS[language];
  const host = useHost();
  const [target, setTarget] = useState<SyncTarget>("commitments");
  /** Schema 2 has a Progress ledger to sync into; learnt once, on opening the tab. */
  const [progressAvailable, setProgressAvailable] = useState(false);
  const [source, setSource] = useState<SyncSource | null>(null);
  const [snapshot, setSnapshot] = useState<CurrentSnapshot | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  /** A mapping remembered for the same (applied) or a similar (offered) header set. */
  const [remembered, setRemembered] = useState<{ match: MappingMatch; applied: boolean } | null>(null);
  const [rowCounters, setRowCounters] = useState<readonly string[]>([]);
  const [choices, setChoices] = useState<ReadonlyMap<string, ConflictChoice>>(NO_CHOICES);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<SyncProgress | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const [result, setResult] = useState<SyncResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const abort = useRef<AbortController | null>(null);
  const [applied, setApplied] = useState(0);

  const headers = useMemo(() => (source ? sourceHeaders(source.rows[0] ?? [], language) : []), [source, language]);
  const vocabulary = vocabularyOf(target);

  useEffect(() => {
    let current = true;
    host.settings
      .schemaVersion()
      .then((version) => current && setProgressAvailable(version !== null && version >= 2))
      .catch(() => current && setProgressAvailable(false));
    return () => {
      current = false;
    };
  }, [host]);

  /**
   * Reads the table and records for a source, and proposes a mapping: the one
   * remembered for the same header set is applied; one for a similar set is offered.
   */
  const preview = useCallback(
    async (next: SyncSource, keepMapping: ColumnMapping | null, into: SyncTarget = target) => {
      setBusy(true);
      setError(null);
      try {
        const nextHeaders = sourceHeaders(next.rows[0] ?? [], language);
        const [current, match] = await Promise.all([host.sync.readCurrent(into), keepMapping ? Promise.resolve(null) : host.syncMappings.find(nextHeaders)]);
        setSnapshot(current);
        setSource(next);
        if (keepMapping) setMapping(keepMapping);
        else {
          const exact = match?.exact ?? false;
          const proposal = autoMap(nextHeaders, match && exact ? carryOver(nextHeaders, match.remembered) : null, vocabularyOf(into));
          setMapping(proposal.mapping);
          setRowCounters(proposal.rowCounters);
          setRemembered(match ? { match, applied: exact } : null);
        }
        setChoices(NO_CHOICES);
      } catch (failure) {
        setError(failure);
      } finally {
        setBusy(false);
      }
    },
    [host, language, target],
  );

  /** Another target table: the same source is read against it and mapped afresh (the columns differ). */
  const chooseTarget = (next: SyncTarget) => {
    setTarget(next);
    setResult(null);
    setApplied((n) => n + 1);
    if (source) void preview(source, null, next);
  };

  /** Reads the same file again with the encoding the officer chose. */
  const chooseEncoding = (encoding: SourceEncoding) => {
    if (!source?.bytes) return;
    try {
      void preview(sourceFromFile(source.name, source.bytes, encoding), null);
    } catch (failure) {
      setError(failure);
    }
  };

  const applyRemembered = () => {
    if (!remembered) return;
    const proposal = autoMap(headers, carryOver(headers, remembered.match.remembered), vocabulary);
    setMapping(proposal.mapping);
    setRowCounters(proposal.rowCounters);
    setRemembered({ ...remembered, applied: true });
  };

  // Next month's export of the same department (the same header set) is the same source.
  const identity = source ? identityForSource(source.name, remembered?.match ?? null) : "";

  const planned: Planned | null = useMemo(() => {
    // A snapshot of the other table (the officer just switched) waits for its own read.
    if (!source || !snapshot || !mapping || (snapshot.target ?? "commitments") !== target) return null;
    try {
      const plan = planSync(snapshot.values, source.rows, {
        ...planContext(snapshot),
        sourceName: source.name,
        sourceIdentity: identity,
        mapping,
        sourceRowNumbers: source.lineOf ?? undefined,
      });
      return { plan, error: null };
    } catch (failure) {
      return { plan: null, error: failure };
    }
  }, [source, snapshot, mapping, identity, target]);

  const missingRequired = useMemo(() => {
    if (!mapping) return [];
    try {
      return checkMapping(headers, mapping, vocabulary).missingRequired;
    } catch {
      return [];
    }
  }, [headers, mapping, vocabulary]);

  const plan = planned?.plan ?? null;
  const resolved = useMemo(() => (plan ? resolveConflicts(plan, choices) : null), [plan, choices]);
  const rowsToWrite = resolved ? resolved.inserts.length + resolved.updates.length : 0;

  const apply = async () => {
    if (!source || !snapshot || !resolved || !mapping) return;
    const controller = new AbortController();
    abort.current = controller;
    setBusy(true);
    setCancelling(false);
    setProgress(null);
    setResult(null);
    setError(null);
    try {
      await host.syncMappings.remember({ headers, mapping, sourceName: source.name, identity });
      const outcome = await host.sync.apply(snapshot, resolved, { signal: controller.signal, onProgress: setProgress });
      setResult(outcome);
      setApplied((n) => n + 1);
      // Show what is left (nothing, after a completed sync) and refresh the undo state.
      const current = await host.sync.readCurrent(target);
      setSnapshot(current);
      setChoices(NO_CHOICES);
    } catch (failure) {
      setError(failure);
    } finally {
      abort.current = null;
      setBusy(false);
      setProgress(null);
    }
  };

  const shownResult = result ? resultMessage(result, language) : null;

  return (
    <div className={styles.root}>
      <Text as="h2" block size={500} weight="semibold">
        {strings.heading}
      </Text>
      <Text as="p" block>{strings.intro}</Text>
      <TargetChoice target={target} progressAvailable={progressAvailable} disabled={busy} onChange={chooseTarget} />
      <SourcePicker busy={busy} onLoaded={(next) => void preview(next, null)} onError={setError} />
      {busy && !progress && !abort.current && <Spinner size="tiny" label={strings.reading} />}
      {source && (
        <Text as="p" role="status">
          {strings.loaded(source.name, Math.max(0, source.rows.length - 1), source.decoded ? strings.encodings[source.decoded.encoding] : null)}
        </Text>
      )}
      {source?.decoded && <EncodingChoice decoded={source.decoded} rows={source.rows} disabled={busy} onChoose={chooseEncoding} />}
      {error !== null && <ErrorMessage title={strings.failed} error={error} onDismiss={() => setError(null)} />}
      {source && mapping && remembered && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {remembered.applied
              ? strings.mappingRemembered(remembered.match.remembered.sourceName)
              : strings.mappingOffer(remembered.match.remembered.sourceName, remembered.match.shared, remembered.match.union)}
          </MessageBarBody>
          {!remembered.applied && (
            <MessageBarActions>
              <Button size="small" disabled={busy} onClick={applyRemembered}>
                {strings.mappingOfferApply}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {source && mapping && rowCounters.length > 0 && (
        <Text as="p" block size={200}>
          {strings.rowCounters(rowCounters.join(", "))}
        </Text>
      )}
      {source && mapping && (
        <MappingTable headers={headers} mapping={mapping} columns={vocabulary.columns}
          columnHeading={target === "progress" ? strings.targetColumnProgress : strings.targetColumn}
          disabled={busy} onChange={(next) => setMapping(next)} />
      )}
      {missingRequired.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{strings.missingRequired(missingRequired.map((key) => syncColumnLabel(key, language)).join(", "))}</MessageBarBody>
        </MessageBar>
      )}
      {planned?.error !== null && planned?.error !== undefined && <ErrorMessage title={strings.failed} error={planned.error} />}
      {plan && resolved && (
        <section aria-label={strings.previewHeading}>
          <Divider />
          <Text as="h3" block weight="semibold">
            {strings.previewHeading}
          </Text>
          <PreviewCounts plan={plan} />
          <IgnoredColumns columns={plan.ignoredColumns} />
          {plan.blankRowsSkipped > 0 && <Text as="p" block>{strings.blankSkipped(plan.blankRowsSkipped)}</Text>}
          {plan.conflicts.length > 0 && <ConflictList conflicts={plan.conflicts} choices={choices} onChoose={setChoices} disabled={busy} />}
          <ChangeList plan={resolved} />
          {plan.rejected.length > 0 && <RejectedList plan={plan} />}
          <div className={styles.actions}>
            <Button appearance="primary" disabled={busy || resolved.conflicts.length > 0} onClick={() => void apply()}>
              {rowsToWrite > 0 ? strings.apply(rowsToWrite) : strings.applyNothing}
            </Button>
            <Button disabled={busy} onClick={() => source && void preview(source, mapping)}>
              {strings.refresh}
            </Button>
          </div>
        </section>
      )}
      {progress !== null || (busy && abort.current) ? (
        <ApplyProgress
          progress={progress}
          cancelling={cancelling}
          onCancel={() => {
            setCancelling(true);
            abort.current?.abort();
          }}
        />
      ) : null}
      {shownResult && (
        <MessageBar intent={shownResult.intent} layout="multiline" role="status">
          <MessageBarBody>{shownResult.text}</MessageBarBody>
        </MessageBar>
      )}
      <Divider />
      <UndoSection
        target={target}
        refreshKey={applied}
        busy={busy}
        onBusy={setBusy}
        onDone={() => {
          setResult(null);
          if (source) host.sync.readCurrent(target).then(setSnapshot).catch(setError);
        }}
      />
    </div>
  );
}
