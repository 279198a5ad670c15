import type { ExecutionResult, GraphQLError } from 'graphql';
import type { WebSocket } from 'ws';

/**
 * Serialises each distinct `next` payload once, however many sockets it goes to. Subscribers in
 * one sharing scope get the very same result object per event (payload-resolver.ts); graphql-ws
 * would JSON-encode it again for each of them. Instead, `onNext` hands graphql-ws a stand-in whose
 * `toJSON` leaves the payload's JSON (computed once per result) for the socket's `send` and encodes
 * as a marker string; the socket's `send` puts the JSON back in place of the marker. graphql-ws
 * builds the message and calls `send` in the same synchronous step, so the hand-off cannot be
 * crossed by another message. A frame without the marker is sent untouched.
 */
const MARKER = '__sgSharedPayload__';
const QUOTED_MARKER_END = `"${MARKER}"}`;

export class SharedPayloads {
  private readonly standIns = new WeakMap<ExecutionResult, object>();
  private handoff: string | undefined;

  /** The `onNext` return value for this result: encodes to the result's JSON, computed once. */
  standIn(result: ExecutionResult): object {
    let standIn = this.standIns.get(result);
    if (!standIn) {
      const { errors, ...withoutErrors } = result;
      // Exactly what graphql-ws would send: errors in their JSON form, omitted when there are none.
      const json = JSON.stringify({ ...withoutErrors, ...(errors ? { errors: errors.map((error) => (error as GraphQLError).toJSON?.() ?? error) } : {}) });
      standIn = {
        toJSON: () => {
          this.handoff = json;
          return MARKER;
        },
      };
      this.standIns.set(result, standIn);
    }
    return standIn;
  }

  /** Makes a socket's `send` put the handed-off payload JSON in place of the marker. */
  attach(socket: WebSocket): void {
    const send = socket.send.bind(socket) as (data: unknown, ...rest: unknown[]) => void;
    (socket as unknown as { send: (data: unknown, ...rest: unknown[]) => void }).send = (data, ...rest) => {
      const json = this.handoff;
      if (json !== undefined) {
        this.handoff = undefined;
        if (typeof data === 'string' && data.endsWith(QUOTED_MARKER_END)) data = `${data.slice(0, data.length - QUOTED_MARKER_END.length)}${json}}`;
      }
      send(data, ...rest);
    };
  }
}
