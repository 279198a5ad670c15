import { Agent, request } from 'node:http';

export interface LoadResult {
  readonly requests: number;
  readonly errors: number;
  readonly requests_per_s: number;
  readonly p50_ms: number;
  readonly p95_ms: number;
  readonly p99_ms: number;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Throughput and latency percentiles of one phase that started at `started` (performance.now()). */
function summarise(latencies: number[], errors: number, started: number): LoadResult {
  const elapsedS = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    requests_per_s: round(latencies.length / elapsedS),
    p50_ms: round(percentile(latencies, 50)),
    p95_ms: round(percentile(latencies, 95)),
    p99_ms: round(percentile(latencies, 99)),
  };
}

/** One POST over a kept-alive socket; resolves with the status and body. */
function post(agent: Agent, url: URL, headers: Record<string, string>, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { agent, method: 'POST', hostname: url.hostname, port: url.port, path: url.pathname, headers: { ...headers, 'content-length': Buffer.byteLength(body) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * Open-loop load at a fixed arrival rate: a request is due every 1000/rate ms whether or not
 * earlier ones have answered (at most `concurrency` in flight; a due request that finds no free
 * slot waits, and its latency counts from when it was due, so a slow server cannot hide its
 * queueing). This is how "N requests/s with p95 < X ms" is measured.
 */
export async function runOpenLoad(options: {
  url: string;
  headers: Record<string, string>;
  concurrency: number;
  ratePerSecond: number;
  durationMs: number;
  body: (client: number, sequence: number) => string;
}): Promise<LoadResult & { offered_per_s: number }> {
  const url = new URL(options.url);
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
  const latencies: number[] = [];
  let errors = 0;
  const intervalMs = 1000 / options.ratePerSecond;
  const total = Math.floor((options.durationMs / 1000) * options.ratePerSecond);
  const started = performance.now();
  const slots = Array.from({ length: options.concurrency }, () => Promise.resolve());
  const inFlight: Promise<void>[] = [];
  for (let sequence = 0; sequence < total; sequence += 1) {
    const due = started + sequence * intervalMs;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const slot = sequence % options.concurrency;
    const request = (slots[slot] ?? Promise.resolve()).then(async () => {
      try {
        const response = await post(agent, url, options.headers, options.body(slot, sequence));
        if (response.status !== 200 || response.body.includes('"errors"')) errors += 1;
      } catch {
        errors += 1;
      }
      latencies.push(performance.now() - due);
    });
    slots[slot] = request;
    inFlight.push(request);
  }
  await Promise.all(inFlight);
  agent.destroy();
  return { offered_per_s: options.ratePerSecond, ...summarise(latencies, errors, started) };
}

/**
 * Closed-loop load: `concurrency` clients each send their next request as soon as the previous one
 * answers, for `durationMs`. A response with a non-200 status or GraphQL errors counts as an error.
 */
export async function runLoad(options: {
  url: string;
  headers: Record<string, string>;
  concurrency: number;
  durationMs: number;
  body: (client: number, sequence: number) => string;
  /** Called with each successful response body (raw text: parsing every response would make the client the bottleneck). */
  onBody?: (body: string) => void;
}): Promise<LoadResult> {
  const url = new URL(options.url);
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + options.durationMs;
  await Promise.all(
    Array.from({ length: options.concurrency }, async (_, client) => {
      for (let sequence = 0; performance.now() < deadline; sequence += 1) {
        const sent = performance.now();
        try {
          const response = await post(agent, url, options.headers, options.body(client, sequence));
          if (response.status !== 200 || response.body.includes('"errors"')) errors += 1;
          else options.onBody?.(response.body);
        } catch {
          errors += 1;
        }
        latencies.push(performance.now() - sent);
      }
    }),
  );
  agent.destroy();
  return summarise(latencies, errors, started);
}
