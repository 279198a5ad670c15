import { ClientErrors } from '@support-graph/runtime';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

/** A "try it" stream id is a UUID the client chose (so it can subscribe before it sends the mutation); lower-cased. */
export function checkedStreamId(streamId: string): string {
  if (!UUID.test(streamId)) throw ClientErrors.badInput('streamId', 'a UUID');
  return streamId.toLowerCase();
}
