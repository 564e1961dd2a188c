/** Press release → suggested commitments: the pure core (no React, no Office; lint-fenced). */
export { extractCommitments } from "./extract";
export { ExtractError, type ExtractResult, type ExtractOptions, type Suggestion, type SuggestedFields, type Span, type LocalizedMessage } from "./types";
export { MAX_TEXT_LENGTH } from "./input";
