import { pino, type Logger } from 'pino';

export type { Logger } from 'pino';

/**
 * Structured JSON logs. Fields that can carry personal data are redacted by path so that a
 * careless `log.info({ input })` cannot write an email or a message body to a log line.
 */
export function createLogger(name: string, level: string = 'info'): Logger {
  return pino({
    name,
    level,
    redact: {
      paths: ['*.email', '*.name', '*.body', '*.description', 'authorization', '*.authorization', '*.password'],
      censor: '[REDACTED]',
    },
  });
}
