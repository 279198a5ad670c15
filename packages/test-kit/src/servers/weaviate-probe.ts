import type { ServerProbe } from './server-probe.js';

export interface WeaviateServer {
  readonly url: string;
  readonly apiKey: string | undefined;
}

/** The Weaviate at WEAVIATE_URL (WEAVIATE_API_KEY), when it is set and reports ready. */
export async function probeWeaviate(): Promise<ServerProbe<WeaviateServer>> {
  const url = process.env['WEAVIATE_URL'];
  if (!url) return { skipReason: 'WEAVIATE_URL not set' };
  try {
    const response = await fetch(new URL('/v1/.well-known/ready', url), { signal: AbortSignal.timeout(1500) });
    if (!response.ok) return { skipReason: `Weaviate at ${url} is not ready (HTTP ${response.status})` };
    return { url, apiKey: process.env['WEAVIATE_API_KEY'] };
  } catch {
    return { skipReason: `Weaviate at ${url} did not answer` };
  }
}
