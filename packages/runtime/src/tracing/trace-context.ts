import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Attributes, type Span } from '@opentelemetry/api';

/** Every span of the platform comes from this tracer; without `startTracing` it is a no-op. */
export function platformTracer() {
  return trace.getTracer('support-graph');
}

/** Names the service a span belongs to, also when several run in one process (`npm start`). */
export const SERVICE_ATTRIBUTE = 'support_graph.service';

export interface SpanOptions {
  readonly attributes?: Attributes;
  readonly kind?: SpanKind;
}

/**
 * Runs `work` in a child span of the active context, ending it when `work` settles and marking it
 * failed when it throws (the error's class only: messages may quote customer text).
 */
export async function inSpan<T>(name: string, options: SpanOptions, work: (span: Span) => Promise<T>): Promise<T> {
  return platformTracer().startActiveSpan(name, { kind: options.kind ?? SpanKind.INTERNAL, ...(options.attributes ? { attributes: options.attributes } : {}) }, async (span) => {
    try {
      return await work(span);
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.name : 'error' });
      throw error;
    } finally {
      span.end();
    }
  });
}

/**
 * A child span of the active context for work that cannot run inside one callback, such as a stream
 * consumed piece by piece: `within` runs each piece in the span's context; the caller ends the span.
 */
export function openSpan(name: string, options: SpanOptions): { readonly span: Span; within<T>(work: () => T): T } {
  const span = platformTracer().startSpan(name, { kind: options.kind ?? SpanKind.INTERNAL, ...(options.attributes ? { attributes: options.attributes } : {}) });
  const spanContext = trace.setSpan(context.active(), span);
  return { span, within: (work) => context.with(spanContext, work) };
}

/** The W3C `traceparent` of the active span, to carry across a queue or a stream; undefined when tracing is off. */
export function currentTraceparent(): string | undefined {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier['traceparent'];
}

/** Runs `work` as a continuation of the trace a `traceparent` names (queued job, stream event); as is without one. */
export function withTraceparent<T>(traceparent: string | undefined, work: () => T): T {
  if (!traceparent) return work();
  return context.with(propagation.extract(ROOT_CONTEXT, { traceparent }), work);
}

/** Adds `traceparent` (and `tracestate`) of the active span to outgoing HTTP headers. */
export function injectTraceHeaders(headers: { set(name: string, value: string): void }): void {
  propagation.inject(context.active(), headers, { set: (carrier, key, value) => carrier.set(key, value) });
}

/** Runs `work` in the context the incoming headers carry (a request from the gateway or a peer). */
export function withIncomingTrace<T>(headers: { get(name: string): string | undefined | null }, work: () => T): T {
  const incoming = propagation.extract(ROOT_CONTEXT, headers, {
    get: (carrier, key) => carrier.get(key) ?? undefined,
    keys: () => ['traceparent', 'tracestate'],
  });
  return context.with(incoming, work);
}

export { SpanKind, SpanStatusCode, type Span };
