import type { ModelPrice } from '../cost-accounting.js';

/** What every paid-vendor adapter (Anthropic, OpenAI) is configured with. */
export interface VendorProviderOptions {
  readonly apiKey: string;
  /** API root; tests and proxies point it elsewhere. Default: the vendor SDK's own. */
  readonly baseURL?: string;
  /** Model id; each adapter documents its default. */
  readonly model?: string;
  /** Longest silence (before the first event and between events) before TIMEOUT. Default: 30 000 ms. */
  readonly timeoutMs?: number;
  /** Price table for cost accounting. Default: `DEFAULT_MODEL_PRICES`. */
  readonly prices?: Readonly<Record<string, ModelPrice>>;
}
