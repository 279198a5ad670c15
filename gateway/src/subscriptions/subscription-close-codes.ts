/**
 * WebSocket close codes the subscription bridge uses on top of graphql-ws's own (4400 bad message,
 * 4408 no connection_init in time, 4409 duplicate subscription id, 4429 too many connection_init).
 * docs/subscriptions.md lists them for clients.
 */
export const SubscriptionCloseCode = {
  /** connection_init carried no valid credentials. Reconnecting with the same ones will not help. */
  Unauthorized: 4401,
  /** The caller may not run this operation (role rule, or a partner without a persisted subscription). */
  Forbidden: 4403,
  /** This principal already holds as many open sockets as allowed (SUBSCRIPTION_MAX_SOCKETS_PER_PRINCIPAL); close one first. */
  TooManyConnections: 4013,
  /** The client did not read events fast enough: its buffer filled. Reconnect and resume. */
  SlowConsumer: 4008,
} as const;
