import { DEFAULT_FRAMING, type FramingTable } from './draft-framing.js';
import { REPLY_DRAFT_INSTRUCTIONS, REPLY_DRAFT_PROMPT_VERSION } from './reply-draft-prompt.js';

/**
 * Everything a support lead may change about how a reply reads: the system prompt given to a
 * provider and the framing (greeting, acknowledgement, closing, sign-off) per language. The
 * playground (feedback subgraph) keeps numbered versions of it; the agents draft with the version
 * their label points at. `version` is written into the agent's version and the response-cache
 * namespace so every draft stays attributable to the template that wrote it.
 */
export interface ReplyTemplate {
  readonly version: string;
  readonly instructions: string;
  readonly languages: FramingTable;
}

/** The template built into the code: what drafts use when no playground version is labelled. */
export const DEFAULT_REPLY_TEMPLATE: ReplyTemplate = {
  version: `builtin.${REPLY_DRAFT_PROMPT_VERSION}`,
  instructions: REPLY_DRAFT_INSTRUCTIONS,
  languages: DEFAULT_FRAMING,
};
