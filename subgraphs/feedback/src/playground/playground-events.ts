/**
 * The playground's event contract (dependency-free): a label moved, so agents reading that label
 * re-read the version it points at. Carries ids and numbers only, never document text.
 */
export const PLAYGROUND_LABEL_MOVED = 'playground.label_moved';

export interface PlaygroundLabelMovedPayload {
  readonly kind: string;
  readonly label: string;
  readonly from: number | null;
  readonly to: number;
}

/**
 * One piece of a streamed "try it" draft (`tryAiConfig` with a `streamId`). The text is a draft
 * written for a lead's test input, delivered only to the identity that started it (`owner`, a user
 * id), like the agents' reply chunks; it is not stored anywhere but the gateway's short-lived chunk log.
 */
export const PLAYGROUND_TRY_CHUNK = 'playground.try_chunk';

export interface PlaygroundTryChunkPayload {
  readonly streamId: string;
  /** The subject of the identity that started the try: the only one the chunks are delivered to. */
  readonly owner: string;
  /** 0, 1, 2… without gaps. */
  readonly seq: number;
  readonly delta: string;
  /** The last chunk (empty delta): the draft is complete and graded. */
  readonly done: boolean;
}
