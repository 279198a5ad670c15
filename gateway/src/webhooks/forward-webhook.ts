import type { IncomingMessage, ServerResponse } from 'node:http';
import { BodyTooLargeError, readBody, type Logger, type SubgraphDescriptor } from '@support-graph/runtime';

/** Headers a vendor's delivery needs on the far side (its signature and event naming); nothing else is passed on. */
const FORWARDED_HEADERS = ['content-type', 'x-hub-signature', 'x-atlassian-webhook-identifier', 'x-atlassian-webhook-retry'];

export interface WebhookForwarding {
  readonly subgraphs: readonly SubgraphDescriptor[];
  /** A subgraph's GraphQL URL; the webhook path replaces `/graphql`. */
  readonly subgraphUrl: (name: string) => string;
  readonly maxBodyBytes: number;
  readonly logger: Logger;
}

/**
 * Public webhook paths (descriptors' `webhookPaths`) forwarded to the owning subgraph. The gateway
 * does not authenticate them: a vendor signs its deliveries and the subgraph verifies the signature.
 * Returns false when the path is not a webhook path.
 */
export function createWebhookForwarder(options: WebhookForwarding) {
  const owners = new Map(options.subgraphs.flatMap((descriptor) => (descriptor.webhookPaths ?? []).map((path) => [path, descriptor.name] as const)));
  return (request: IncomingMessage, response: ServerResponse, path: string): boolean => {
    const owner = owners.get(path);
    if (!owner) return false;
    void (async () => {
      try {
        const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await readBody(request, options.maxBodyBytes);
        const headers = Object.fromEntries(FORWARDED_HEADERS.flatMap((name) => (typeof request.headers[name] === 'string' ? [[name, request.headers[name] as string]] : [])));
        const upstream = await fetch(options.subgraphUrl(owner).replace(/\/graphql$/, path), { method: request.method ?? 'POST', headers, body, signal: AbortSignal.timeout(10_000) });
        response.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' });
        response.end(await upstream.text());
      } catch (error) {
        const tooLarge = error instanceof BodyTooLargeError;
        if (!tooLarge) options.logger.warn({ err: error, path }, 'webhook not forwarded');
        // 5xx makes the vendor deliver again later; the polling fallback covers the rest.
        if (!response.headersSent) response.writeHead(tooLarge ? 413 : 503, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ error: tooLarge ? 'too large' : 'unavailable' }));
      }
    })();
    return true;
  };
}
