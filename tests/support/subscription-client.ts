import { createClient, type Client } from 'graphql-ws';
import { WebSocket } from 'ws';

export interface LiveResult {
  readonly data?: any;
  readonly errors?: readonly { message: string; path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** A graphql-ws client on the gateway's URL, recording how its socket was closed. */
export interface SubscriptionClient {
  readonly client: Client;
  /** Resolves with the close code of the socket (4401, 4403, 4008…). */
  readonly closed: Promise<number>;
  subscribe(query: string, variables?: Record<string, unknown>, extensions?: Record<string, unknown>): LiveSubscription;
  dispose(): Promise<void>;
}

/** One subscription's results as they arrive. */
export interface LiveSubscription {
  readonly results: LiveResult[];
  /** The `error` message of a refused operation, if any. */
  error: unknown;
  completed: boolean;
  /** Waits until at least `count` results arrived (or fails after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<LiveResult[]>;
  unsubscribe(): void;
}

export function connectSubscriptions(httpUrl: string, connectionParams: Record<string, unknown>): SubscriptionClient {
  let onClosed: (code: number) => void = () => {};
  const closed = new Promise<number>((resolve) => {
    onClosed = resolve;
  });
  const client = createClient({
    url: httpUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams,
    retryAttempts: 0,
    lazy: false,
    on: { closed: (event) => onClosed((event as { code: number }).code) },
    onNonLazyError: () => {},
  });
  return {
    client,
    closed,
    subscribe(query, variables = {}, extensions) {
      const live: LiveSubscription = {
        results: [],
        error: undefined,
        completed: false,
        async waitFor(count, timeoutMs = 5000) {
          const deadline = Date.now() + timeoutMs;
          while (live.results.length < count) {
            if (Date.now() > deadline) throw new Error(`waited for ${count} results, got ${live.results.length}: ${JSON.stringify(live.results)} ${JSON.stringify(live.error)}`);
            await new Promise((resolve) => setTimeout(resolve, 10));
          }
          return live.results;
        },
        unsubscribe: () => {},
      };
      live.unsubscribe = client.subscribe(
        { query, variables, ...(extensions ? { extensions } : {}) },
        {
          next: (value) => void live.results.push(value as LiveResult),
          error: (error) => {
            live.error = error;
          },
          complete: () => {
            live.completed = true;
          },
        },
      );
      return live;
    },
    dispose: () => client.dispose() as Promise<void>,
  };
}

/** Polls until `check` holds (or fails after `timeoutMs`). */
export async function eventually(check: () => boolean | Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
