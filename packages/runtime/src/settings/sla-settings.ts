import { z } from 'zod';

/** SLA warnings and breaches (subgraphs/tickets/src/sla, docs/routing.md). */
export const slaSettings = {
  /** The assigned agent is warned this long before an SLA deadline passes. */
  SLA_WARNING_BEFORE_SECONDS: z.coerce.number().int().positive().default(900),
  /** How often running tickets' SLA deadlines are checked for warnings and breaches. */
  SLA_CHECK_INTERVAL_SECONDS: z.coerce.number().positive().default(30),
};
