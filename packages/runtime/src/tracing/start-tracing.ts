import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { Resource } from '@opentelemetry/resources';
import { BatchSpanProcessor, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';

export interface TracingOptions {
  /** `service.name` of every span this process exports (`gateway`, `tickets`, `platform` for `npm start`). */
  readonly serviceName: string;
  /** OTLP/HTTP collector base URL (`OTEL_EXPORTER_OTLP_ENDPOINT`); spans go to `<endpoint>/v1/traces`. */
  readonly endpoint?: string | undefined;
  /** Extra processors (a test's in-memory exporter). */
  readonly spanProcessors?: readonly SpanProcessor[];
}

export interface Tracing {
  /** Flushes spans still buffered and stops exporting. */
  shutdown(): Promise<void>;
}

/**
 * Registers the process-wide tracer provider with W3C trace-context propagation and async-local
 * context. Nothing is registered (every span is a no-op, no header is added) when there is neither
 * an endpoint nor a processor: tracing costs nothing unless asked for.
 */
export function startTracing(options: TracingOptions): Tracing | undefined {
  const processors: SpanProcessor[] = [...(options.spanProcessors ?? [])];
  if (options.endpoint) {
    processors.push(new BatchSpanProcessor(new OTLPTraceExporter({ url: `${options.endpoint.replace(/\/$/, '')}/v1/traces` })));
  }
  if (processors.length === 0) return undefined;
  const provider = new NodeTracerProvider({ resource: new Resource({ [ATTR_SERVICE_NAME]: options.serviceName }), spanProcessors: processors });
  provider.register();
  return { shutdown: () => provider.shutdown() };
}
