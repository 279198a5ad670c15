import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LocalEmbedder } from '../../src/search/adapters/local-embedder.js';

/** A request body as OpenAI's `POST /v1/embeddings` receives it. */
export interface EmbeddingsRequest {
  model: string;
  input: string | string[];
  dimensions?: number;
  encoding_format?: 'float' | 'base64';
}

export interface FakeOpenAiServer {
  /** Base URL to give the SDK, ending in /v1. */
  baseUrl: string;
  requests: EmbeddingsRequest[];
  /** The next `count` requests are answered 429 with OpenAI's rate-limit error body. */
  rateLimitNext(count: number): void;
  close(): Promise<void>;
}

/**
 * Local stand-in for OpenAI's embeddings endpoint speaking its wire format: bearer auth, JSON
 * request {model, input, dimensions?, encoding_format}, response {object:'list', data:[{object:
 * 'embedding', index, embedding}], model, usage}, and 429 with an `error` body and retry headers.
 * Vectors come from the local hashing embedder at the requested size, so they are deterministic.
 */
export async function startFakeOpenAiServer(apiKey: string): Promise<FakeOpenAiServer> {
  const requests: EmbeddingsRequest[] = [];
  let rateLimited = 0;
  const server: Server = createServer(async (req, res) => {
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'POST' || req.url !== '/v1/embeddings') return send(404, { error: { message: `Unknown request URL: ${req.method} ${req.url}`, type: 'invalid_request_error', param: null, code: 'unknown_url' } });
    if (req.headers.authorization !== `Bearer ${apiKey}`) return send(401, { error: { message: 'Incorrect API key provided.', type: 'invalid_request_error', param: null, code: 'invalid_api_key' } });
    const body = JSON.parse(await readBody(req)) as EmbeddingsRequest;
    requests.push(body);
    if (rateLimited > 0) {
      rateLimited -= 1;
      return send(
        429,
        { error: { message: `Rate limit reached for ${body.model} on requests per min (RPM): Limit 3000, Used 3000, Requested 1. Please try again in 20ms.`, type: 'requests', param: null, code: 'rate_limit_exceeded' } },
        { 'retry-after-ms': '20', 'x-ratelimit-remaining-requests': '0' },
      );
    }
    const inputs = typeof body.input === 'string' ? [body.input] : body.input;
    if (inputs.some((input) => input === '')) return send(400, { error: { message: "'$.input' is invalid.", type: 'invalid_request_error', param: null, code: null } });
    const embedder = new LocalEmbedder({ dimensions: body.dimensions ?? 1536 });
    const tokens = inputs.reduce((sum, input) => sum + Math.ceil(input.length / 4), 0);
    send(200, {
      object: 'list',
      data: inputs.map((input, index) => ({ object: 'embedding', index, embedding: Array.from(embedder.embedOne(input)) })),
      model: body.model,
      usage: { prompt_tokens: tokens, total_tokens: tokens },
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    rateLimitNext: (count) => (rateLimited = count),
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
