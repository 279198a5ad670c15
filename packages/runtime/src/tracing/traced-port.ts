import { SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { platformTracer, SERVICE_ATTRIBUTE } from './trace-context.js';

/**
 * A port (a store, typically) whose asynchronous methods each record a `<name>.<method>` client span,
 * only inside a trace: a request's or a job's store calls show, background polling does not start
 * traces of its own. Only the method's name is recorded, never its arguments. Synchronous methods
 * and properties pass through unchanged.
 */
export function tracedPort<TPort extends object>(name: string, service: string, port: TPort): TPort {
  return new Proxy(port, {
    get(target, property, receiver) {
      const member: unknown = Reflect.get(target, property, receiver);
      if (typeof member !== 'function' || typeof property !== 'string') return member;
      return (...args: unknown[]) => {
        if (!trace.getActiveSpan()) return member.apply(target, args);
        const span = platformTracer().startSpan(`${name}.${property}`, { kind: SpanKind.CLIENT, attributes: { [SERVICE_ATTRIBUTE]: service, 'db.operation.name': property } });
        const result: unknown = member.apply(target, args);
        if (!(result instanceof Promise)) {
          span.end();
          return result;
        }
        return result.then(
          (value) => {
            span.end();
            return value;
          },
          (error: unknown) => {
            span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.name : 'error' });
            span.end();
            throw error;
          },
        );
      };
    },
  });
}
