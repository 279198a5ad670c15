import { pino, stdSerializers, type Logger } from 'pino';
import { redactPii } from './pii-redaction.js';

export type { Logger } from 'pino';

/**
 * Errors are free text: a validation message can quote an input, a vendor error a prompt. Their
 * message and stack go through `redactPii` before they reach a log line.
 */
function redactedError(error: Error): Record<string, unknown> {
  const serialized = stdSerializers.err(error) as unknown as Record<string, unknown>;
  for (const key of ['message', 'stack'] as const) {
    if (typeof serialized[key] === 'string') serialized[key] = redactPii(serialized[key]);
  }
  return serialized;
}

/**
 * Structured JSON logs. Fields that can carry personal data are redacted by path so that a
 * careless `log.info({ input })` cannot write an email or a message body to a log line, and free
 * text in errors (`err`) and in the log message itself has personal data replaced by placeholders.
 */
export function createLogger(name: string, level: string = 'info'): Logger {
  return pino({
    name,
    level,
    redact: {
      paths: ['*.email', '*.name', '*.body', '*.description', 'authorization', '*.authorization', '*.password'],
      censor: '[REDACTED]',
    },
    serializers: { err: redactedError },
    hooks: {
      // The message string is free text too (interpolated values included).
      logMethod(args, method) {
        method.apply(this, args.map((arg) => (typeof arg === 'string' ? redactPii(arg) : arg)) as Parameters<typeof method>);
      },
    },
  });
}
