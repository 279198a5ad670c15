import { z } from 'zod';

/** Data retention (subgraphs/tickets/src/retention, docs/routing.md). */
export const retentionSettings = {
  /** Closed tickets lose their text (subject, description, messages; in every store) this many days after they were resolved. Fractions allowed. */
  RETENTION_TEXT_DAYS: z.coerce.number().positive().default(90),
  /** How often the retention job is queued (through the durable job queue, once per period across replicas); 0: only when an admin runs it. */
  RETENTION_RUN_EVERY_HOURS: z.coerce.number().nonnegative().default(24),
};
