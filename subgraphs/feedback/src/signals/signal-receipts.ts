import { ClientErrors } from '@support-graph/runtime';
import type { FeedbackStore } from '../store/feedback-store.js';

/** Idempotency keys are chosen by clients: long enough to be unique, short enough to index. */
const KEY = /^[A-Za-z0-9._:-]{8,128}$/u;

/**
 * Makes a signal mutation idempotent: the first request with a key does the work and keeps its
 * result (JSON: ids and numbers, never customer text); a retry with the same key gets that result
 * back without doing the work again.
 */
export class SignalReceipts {
  constructor(private readonly store: FeedbackStore) {}

  async once<T>(key: string, work: () => Promise<T>): Promise<T> {
    checkIdempotencyKey(key.slice(key.indexOf(':') + 1));
    const kept = await this.store.findReceipt(key);
    if (kept) return JSON.parse(kept.result) as T;
    const result = await work();
    await this.store.addReceipt({ key, kind: key.slice(0, key.indexOf(':')), result: JSON.stringify(result), createdAt: new Date() });
    return result;
  }
}

/** Rejects a client's idempotency key that could not be a unique, indexable id. */
export function checkIdempotencyKey(name: string): void {
  if (!KEY.test(name)) throw ClientErrors.badInput('idempotencyKey', 'must be 8–128 letters, digits, dots, dashes, colons or underscores');
}
