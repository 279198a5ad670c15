import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the fake received, for assertions on what left the process. */
export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
  /** Raw body text: assert on this to prove a value never reached the vendor. */
  readonly rawBody: string;
  readonly body: unknown;
}

/** How the fake answers one request; the vendor-specific fakes turn it into their wire format. */
export type FakeReply =
  | {
      readonly kind: 'stream';
      readonly deltas: readonly string[];
      /** Hold the stream after the first delta until `releaseHeldStreams()` (proves incremental delivery). */
      readonly holdAfterFirstDelta?: boolean;
      /** Delay between events, ms. Default: 0. */
      readonly delayMs?: number;
      /** Delay before the response starts, ms (a slow vendor: nothing at all arrives meanwhile). Default: 0. */
      readonly startDelayMs?: number;
    }
  | {
      /** Streams `deltas`, then an error event inside the open stream. */
      readonly kind: 'stream-then-error';
      readonly deltas: readonly string[];
      readonly errorType: string;
    }
  | {
      readonly kind: 'error';
      readonly status: number;
      readonly errorType: string;
      readonly message?: string;
      readonly retryAfterSeconds?: number;
    }
  /** Accepts the request and never answers (a timeout). */
  | { readonly kind: 'hang' };

export interface WireWriter {
  /** Called before the first delta. */
  start(res: ServerResponse, request: RecordedRequest): void;
  delta(res: ServerResponse, text: string): void;
  /** Ends a successful stream (stop reason, usage, terminator). */
  finish(res: ServerResponse, outputText: string): void;
  /** An error event inside an already-open stream. */
  streamError(res: ServerResponse, errorType: string): void;
  /** A non-2xx response with the vendor's error body. */
  errorResponse(res: ServerResponse, reply: Extract<FakeReply, { kind: 'error' }>): void;
}

export interface FakeVendorServer {
  /** Base URL to give the SDK. */
  readonly url: string;
  readonly requests: readonly RecordedRequest[];
  /** Replies for the next requests, in order; when none is queued, `answerWith`'s choice, else the default reply, answers. */
  enqueue(...replies: FakeReply[]): void;
  /** Chooses the reply from the request itself when nothing is queued (undefined: the default reply), for tests whose call order is not fixed. */
  answerWith(decide: ((request: RecordedRequest) => FakeReply | undefined) | undefined): void;
  releaseHeldStreams(): void;
  close(): Promise<void>;
}

const DEFAULT_REPLY: FakeReply = { kind: 'stream', deltas: ['Hello', ' from', ' the fake.'] };

/** An HTTP server on 127.0.0.1 (ephemeral port) that plays queued replies through a vendor's `WireWriter`. */
export async function startFakeVendorServer(wire: WireWriter, basePath: string): Promise<FakeVendorServer> {
  const requests: RecordedRequest[] = [];
  const queue: FakeReply[] = [];
  let decide: ((request: RecordedRequest) => FakeReply | undefined) | undefined;
  let releaseHeld: () => void = () => undefined;
  let held = new Promise<void>((resolve) => (releaseHeld = resolve));
  // Delays end early on close(), so a slow reply never keeps the test process alive.
  const delays = new Set<() => void>();
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const end = () => {
        clearTimeout(timer);
        delays.delete(end);
        resolve();
      };
      const timer = setTimeout(end, ms);
      delays.add(end);
    });

  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const rawBody = Buffer.concat(chunks).toString('utf8');
    const recorded: RecordedRequest = {
      method: req.method ?? '',
      path: req.url ?? '',
      headers: req.headers,
      rawBody,
      body: rawBody ? JSON.parse(rawBody) : undefined,
    };
    requests.push(recorded);
    const reply = queue.shift() ?? decide?.(recorded) ?? DEFAULT_REPLY;
    switch (reply.kind) {
      case 'hang':
        return;
      case 'error':
        wire.errorResponse(res, reply);
        return;
      case 'stream':
      case 'stream-then-error': {
        if (reply.kind === 'stream' && reply.startDelayMs) await pause(reply.startDelayMs);
        wire.start(res, recorded);
        let index = 0;
        for (const delta of reply.deltas) {
          wire.delta(res, delta);
          if (reply.kind === 'stream' && reply.holdAfterFirstDelta && index === 0) await held;
          if (reply.kind === 'stream' && reply.delayMs) await pause(reply.delayMs);
          index++;
        }
        if (reply.kind === 'stream-then-error') wire.streamError(res, reply.errorType);
        else wire.finish(res, reply.deltas.join(''));
        return;
      }
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    requests,
    enqueue: (...replies) => queue.push(...replies),
    answerWith: (chooser) => {
      decide = chooser;
    },
    releaseHeldStreams: () => {
      releaseHeld();
      held = new Promise<void>((resolve) => (releaseHeld = resolve));
    },
    close: async () => {
      releaseHeld();
      for (const end of [...delays]) end();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export function writeJsonError(res: ServerResponse, status: number, body: unknown, retryAfterSeconds?: number): void {
  res.writeHead(status, {
    'content-type': 'application/json',
    ...(retryAfterSeconds === undefined ? {} : { 'retry-after': String(retryAfterSeconds) }),
  });
  res.end(JSON.stringify(body));
}
