import { skipToken, useMutation, useSubscription } from '@apollo/client/react';
import { useState } from 'react';
import { joinChunks } from '../../live/join-chunks';
import { LIVE_UPDATES } from '../../live/live-updates';
import { PlaygroundTryChunks, TryAiConfig } from '../playground-operations';
import type { TriedDraft, TryChunk } from '../playground-types';

export interface TryRequest {
  readonly kind: string;
  readonly content: string;
  readonly text: string;
  readonly customerName: string;
}

export interface StreamedTry {
  /** The draft so far: grows chunk by chunk while it is written, then the whole reply. */
  readonly text: string;
  /** Written, graded and complete (scores, citations, latency). */
  readonly draft: TriedDraft | undefined;
  readonly loading: boolean;
  readonly error: { message: string } | undefined;
  start(request: TryRequest): void;
}

/**
 * "Try it" with the draft shown as it is written: a fresh stream id per try, subscribed to
 * (`playgroundTryChunks`) while the mutation runs. The gateway replays what was written before the
 * subscription reached it, so the two need no ordering. With polling instead of subscriptions the
 * draft arrives whole.
 */
export function useStreamedTry(): StreamedTry {
  const subscribed = LIVE_UPDATES === 'subscriptions';
  const [tryIt, tried] = useMutation(TryAiConfig);
  const [stream, setStream] = useState<{ id: string; chunks: TryChunk[] }>();

  useSubscription(
    PlaygroundTryChunks,
    stream
      ? {
          variables: { streamId: stream.id },
          fetchPolicy: 'no-cache',
          ignoreResults: true,
          onData: ({ data }) => {
            const chunk = data.data?.playgroundTryChunks;
            if (chunk) setStream((previous) => (previous?.id === stream.id ? { ...previous, chunks: [...previous.chunks, chunk] } : previous));
          },
        }
      : skipToken,
  );

  const start = (request: TryRequest) => {
    const streamId = subscribed ? crypto.randomUUID() : undefined;
    setStream(streamId ? { id: streamId, chunks: [] } : undefined);
    void tryIt({ variables: { ...request, streamId: streamId ?? null } }).catch(() => undefined);
  };

  const draft = tried.loading ? undefined : (tried.data?.tryAiConfig ?? undefined);
  return {
    text: draft?.reply ?? (stream ? joinChunks(stream.chunks) : ''),
    draft,
    loading: tried.loading,
    error: tried.error,
    start,
  };
}
