/** Sync's pure core: decoding, parsing, mapping, planning, fingerprints, write chunking and the record format. */
export { decodeBytes, DecodeError, isGuess, SOURCE_ENCODINGS, type DecodedText, type SourceEncoding, type DecodeBasis } from "./decode";
export { parseDelimited, detectDelimiter, normaliseLineEndings, DelimitedParseError, type DelimitedTable, type Delimiter } from "./parseDelimited";
export {
  autoMap,
  checkMapping,
  matchImportHeader,
  importHeaderMatch,
  isRowCounterHeader,
  sourceHeaders,
  withChoice,
  MappingError,
  IMPORT_ALIASES,
  ROW_COUNTER_HEADERS,
  type ColumnMapping,
  type MappingProposal,
  type MappingCheck,
  type HeaderMatch,
} from "./mapping";
export {
  findMapping,
  carryOver,
  remember,
  sourceIdentityOf,
  identityForSource,
  mappingsToJson,
  mappingsFromJson,
  MAX_REMEMBERED_MAPPINGS,
  type RememberedMapping,
  type MappingMatch,
} from "./mappingMemory";
export {
  planSync,
  resolveConflicts,
  planCounts,
  planIsEmpty,
  SYNCED_KEYS,
  SYNCED_KEYS_COMPUTED_REALIZED,
  PROGRESS_SYNCED_KEYS,
  syncedKeysOf,
  REJECTING_CODES,
  type SyncPlan,
  type PlanOptions,
  type PlannedInsert,
  type PlannedUpdate,
  type PlannedUnchanged,
  type PlannedConflict,
  type RejectedRow,
  type RejectReason,
  type FieldDiff,
  type ConflictChoice,
  type ConflictChoices,
  type PlanCounts,
  type UnchangedReason,
  type IgnoredColumn,
} from "./planSync";
export { rejectedToCsv, rejectedTable, unprotectRows, type RejectedTable } from "./rejectedCsv";
export { neutraliseText, neutraliseCell, needsNeutralising, toCellInput, wouldBeCoerced } from "./neutralise";
export { fingerprint, fnv1a64, canonicalJson } from "./fingerprint";
export { EMPTY_SYNC_STATE, type SyncState, type RowRecord } from "./syncState";
export {
  buildWritePlan,
  MAX_CHUNK_BYTES,
  UnresolvedConflictsError,
  type SyncWritePlan,
  type WriteChunk,
  type RangeWrite,
  type UndoUpdate,
  type CellInput,
  rowCheckBytes,
} from "./writePlan";
export {
  SYNC_STATE_NAMESPACE,
  PROGRESS_SYNC_STATE_NAMESPACE,
  stateNamespace,
  MAX_PART_BYTES,
  recordTuple,
  tupleRecord,
  type RecordTuple,
  partToXml,
  xmlToPart,
  partBytes,
  mergeState,
  compactParts,
  SyncStateError,
  undoSummary,
  type UndoSummary,
  type StatePart,
  type BasePart,
  type DeltaPart,
  type StoredPart,
  type MergedState,
} from "./stateParts";
export { applyInMemory, storedValue, type InMemoryWorkbook } from "./applyInMemory";
export { carriedOverFromProgress } from "./carriedOver";
export { jsonBytes, utf8Length } from "../payload/jsonBytes";
export { syncColumnSpec, syncColumnLabel, isCommitmentKey, type SyncKey, type SyncRow, type SyncFields } from "./syncKey";
export { COMMITMENTS_VOCABULARY, exactNames, type MappingVocabulary } from "./mapping";
export { COMMITMENTS_TABLE, type SyncTable } from "./plan/syncTable";
export { progressSyncTable, PROGRESS_VOCABULARY } from "./plan/progressTable";
export { commitmentIndex, type CommitmentIndex } from "../progress/commitmentCheck";
