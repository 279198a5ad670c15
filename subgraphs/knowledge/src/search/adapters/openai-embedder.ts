import OpenAI from 'openai';
import type { Embedder } from '../embedder.js';
import { normalised } from '../unit-vector.js';

export interface OpenAiEmbedderOptions {
  apiKey: string;
  /** Another OpenAI-compatible endpoint (Azure gateway, proxy, test server). Default: the SDK's, https://api.openai.com/v1. */
  baseUrl?: string;
  /** Default text-embedding-3-small. */
  model?: string;
  /** Vector size; text-embedding-3 models shorten natively. Default 1536 (the model's full size). */
  dimensions?: number;
  /** Inputs per request; OpenAI accepts up to 2048. Default 256, which keeps a request well under the token limit at our chunk size. */
  batchSize?: number;
  /** Retries on 429 and 5xx, honouring Retry-After (the SDK's backoff). Default 3. */
  maxRetries?: number;
  /** Per-request timeout in milliseconds. Default 30000. */
  timeoutMs?: number;
}

/**
 * Production embedder: OpenAI's embeddings endpoint through the official SDK, in batches, in
 * input order. Rate-limit (429) and server errors are retried by the SDK; when retries run out
 * the SDK's APIError (status, code) propagates to the caller.
 */
export class OpenAiEmbedder implements Embedder {
  readonly modelId: string;
  readonly dimensions: number;
  private readonly client: OpenAI;
  private readonly model: string;
  private readonly batchSize: number;

  constructor(options: OpenAiEmbedderOptions) {
    this.model = options.model ?? 'text-embedding-3-small';
    this.dimensions = options.dimensions ?? 1536;
    this.batchSize = options.batchSize ?? 256;
    this.modelId = `openai-${this.model}-${this.dimensions}`;
    this.client = new OpenAI({
      apiKey: options.apiKey,
      baseURL: options.baseUrl,
      maxRetries: options.maxRetries ?? 3,
      timeout: options.timeoutMs ?? 30_000,
    });
  }

  async embed(texts: readonly string[]): Promise<Float32Array[]> {
    const vectors: Float32Array[] = [];
    for (let start = 0; start < texts.length; start += this.batchSize) {
      vectors.push(...(await this.embedBatch(texts.slice(start, start + this.batchSize))));
    }
    return vectors;
  }

  private async embedBatch(texts: readonly string[]): Promise<Float32Array[]> {
    const response = await this.client.embeddings.create({
      model: this.model,
      // OpenAI rejects empty strings; a blank chunk embeds as a single space.
      input: texts.map((text) => (text.trim() === '' ? ' ' : text)),
      dimensions: this.dimensions,
      encoding_format: 'float',
    });
    const vectors = new Array<Float32Array>(texts.length);
    for (const item of response.data) {
      if (item.embedding.length !== this.dimensions) {
        throw new Error(`${this.model} returned ${item.embedding.length} dimensions, expected ${this.dimensions}`);
      }
      vectors[item.index] = normalised(Float32Array.from(item.embedding));
    }
    if (vectors.some((vector) => vector === undefined) || response.data.length !== texts.length) {
      throw new Error(`${this.model} returned ${response.data.length} embeddings for ${texts.length} inputs`);
    }
    return vectors;
  }
}
