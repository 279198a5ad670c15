import { allowedMoves, canMove } from '../src/domain/status-workflow.js';
import { TicketStatus } from '../src/domain/ticket-enums.js';

describe('status workflow', () => {
  it('follows the main line NEW → OPEN → PENDING_CUSTOMER ↔ OPEN → ESCALATED → RESOLVED → CLOSED', () => {
    const line = ['NEW', 'OPEN', 'PENDING_CUSTOMER', 'OPEN', 'ESCALATED', 'RESOLVED', 'CLOSED'] as const;
    for (let index = 1; index < line.length; index += 1) expect(canMove(line[index - 1]!, line[index]!)).toBe(true);
  });

  it('reopens from RESOLVED, never leaves CLOSED, never returns to NEW, never stays in place', () => {
    expect(canMove('RESOLVED', 'OPEN')).toBe(true);
    expect(allowedMoves('CLOSED')).toEqual([]);
    for (const status of Object.values(TicketStatus)) {
      expect(canMove(status, 'NEW')).toBe(false);
      expect(canMove(status, status)).toBe(false);
    }
    expect(canMove('NEW', 'CLOSED')).toBe(false);
    expect(canMove('NEW', 'RESOLVED')).toBe(false);
  });
});
