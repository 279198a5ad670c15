import type { EventHandler } from './event-bus.js';

/**
 * Wraps a handler so an event delivered twice (the outbox guarantees at-least-once) is handled
 * once. Remembers the last `capacity` ids: enough to cover redelivery after a relay restart.
 */
export function deduplicating(handler: EventHandler, capacity = 10_000): EventHandler {
  const seen = new Set<string>();
  return async (event) => {
    if (seen.has(event.id)) return;
    seen.add(event.id);
    if (seen.size > capacity) {
      const oldest = seen.values().next().value;
      if (oldest !== undefined) seen.delete(oldest);
    }
    await handler(event);
  };
}
