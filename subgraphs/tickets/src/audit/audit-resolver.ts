import { ClientErrors, type AuditEntry } from '@support-graph/runtime';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { TicketsContext } from '../tickets-context.js';
import { AuditLogPageType, type AuditEntryType } from './audit-types.js';

const MAX_PAGE = 200;

function present(entry: AuditEntry): AuditEntryType {
  return {
    sequence: entry.sequence,
    time: entry.time,
    service: entry.service,
    actorSubject: entry.actor.subject,
    actorRole: entry.actor.role,
    action: entry.action,
    targetType: entry.target.type,
    targetId: entry.target.id,
    details: JSON.stringify(entry.details),
    previousHash: entry.previousHash,
    hash: entry.hash,
  };
}

@Resolver()
export class AuditLogResolver {
  @Query(() => AuditLogPageType, { nullable: true, description: "Admin: a service's audit chain, oldest first (tickets, agents…)" })
  async auditLog(
    @Arg('service', () => String) service: string,
    @Ctx() context: TicketsContext,
    @Arg('first', () => Int, { defaultValue: 50 }) first = 50,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<AuditLogPageType> {
    if (context.identity.role !== 'admin') throw ClientErrors.forbidden();
    if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) throw ClientErrors.badInput('first', `must be between 1 and ${MAX_PAGE}`);
    if (after != null && !/^\d{1,15}$/.test(after)) throw ClientErrors.badInput('after', 'is not a valid cursor');
    if (!/^[a-z][a-z0-9-]{0,39}$/.test(service)) throw ClientErrors.badInput('service', 'is not a service name');
    const page = await context.audit.chains.list(service, first, after ? Number(after) : 0);
    const entries = page.entries.map(present);
    return { entries, hasNextPage: page.hasNextPage, endCursor: entries.at(-1) ? String(entries.at(-1)!.sequence) : null };
  }
}
