import { skipToken, useQuery, useSubscription } from '@apollo/client/react';
import { useState } from 'react';
import { joinChunks } from '../../live/join-chunks';
import { LIVE_UPDATES, POLL_INTERVAL_MS } from '../../live/live-updates';
import { ReplyStream, type ReplyChunk } from '../../live/live-operations';
import { replyDraftOf, withoutPassageMarkers } from '../reply-draft-result';
import { ReplyDraftRun } from '../ticket-operations';
import type { DraftCitation } from '../ticket-types';

export interface ReplyDraftState {
  /** The text so far: streamed chunk by chunk with subscriptions, whole when the run finishes when polling. */
  readonly text: string;
  readonly citations: DraftCitation[];
  /** Whether the drafter found articles to ground the text in; null when the API does not say. */
  readonly grounded: boolean | null;
  readonly done: boolean;
  readonly error: { message: string } | undefined;
}

/** How often a run followed over a subscription is re-read anyway, until it is stored as finished. */
const SAFETY_POLL_INTERVAL_MS = 2000;

/** Follows a reply-drafting run until it finishes (see LIVE_UPDATES for how). */
export function useReplyDraft(runId: string | undefined): ReplyDraftState {
  const subscribed = LIVE_UPDATES === 'subscriptions';
  const [streamed, setStreamed] = useState<{ runId: string; chunks: ReplyChunk[] }>();
  const [finishedRunId, setFinishedRunId] = useState<string>();
  const following = runId !== undefined && finishedRunId !== runId;
  // With subscriptions the stream carries the text, and a slow poll is only the safety net: the last
  // chunk can arrive before the run is stored as finished, and a refetch then would still say RUNNING.
  const run = useQuery(ReplyDraftRun, runId ? { variables: { id: runId }, pollInterval: following ? (subscribed ? SAFETY_POLL_INTERVAL_MS : POLL_INTERVAL_MS) : 0 } : skipToken);
  const agentRun = run.data?.agentRun;
  const finished = agentRun?.status === 'SUCCEEDED' || agentRun?.status === 'FAILED';
  if (finished && runId && finishedRunId !== runId) setFinishedRunId(runId);

  useSubscription(
    ReplyStream,
    subscribed && runId && following
      ? {
          variables: { runId },
          fetchPolicy: 'no-cache',
          ignoreResults: true,
          onData: ({ data }) => {
            const chunk = data.data?.replyStream;
            if (!chunk) return;
            setStreamed((previous) => ({ runId, chunks: [...(previous?.runId === runId ? previous.chunks : []), chunk] }));
            if (chunk.done) void run.refetch();
          },
        }
      : skipToken,
  );

  const failure = agentRun?.status === 'FAILED' ? new Error(agentRun.error ?? 'The draft failed.') : run.error;
  const result = agentRun ? replyDraftOf(agentRun) : null;
  return {
    text: withoutPassageMarkers(result?.text ?? (streamed && streamed.runId === runId ? joinChunks(streamed.chunks) : '')),
    citations: result?.citations ?? [],
    grounded: result?.grounded ?? null,
    done: finished,
    error: failure,
  };
}
