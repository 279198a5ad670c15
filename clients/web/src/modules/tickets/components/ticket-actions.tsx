import { ErrorView } from '../../ui/components/error-view';
import type { useTicketMoves } from '../hooks/use-ticket-moves';
import type { StaffMember, TicketDetail } from '../ticket-types';

const UNASSIGNED = '';

export function TicketActions({ ticket, moves, staff, myId }: { ticket: TicketDetail; moves: ReturnType<typeof useTicketMoves>; staff: StaffMember[]; myId: string }) {
  const closed = ticket.status === 'RESOLVED' || ticket.status === 'CLOSED';
  const owners = staff.some((member) => member.id === myId) ? staff : [...staff, { id: myId, name: `Me (${myId})`, email: null, role: 'agent', active: true }];
  const knownAssignee = ticket.assigneeId === null || owners.some((member) => member.id === ticket.assigneeId);
  return (
    <div className="ticket-actions">
      <label>
        Assignee
        <select value={ticket.assigneeId ?? UNASSIGNED} disabled={moves.running} onChange={(event) => void moves.assign(event.target.value || null)}>
          <option value={UNASSIGNED}>Unassigned</option>
          {knownAssignee ? null : <option value={ticket.assigneeId!}>{ticket.assigneeId}</option>}
          {owners.map((member) => (
            <option key={member.id} value={member.id}>
              {member.id === myId ? `Me (${member.name ?? member.email ?? member.id})` : (member.name ?? member.email ?? member.id)}
            </option>
          ))}
        </select>
      </label>
      {ticket.assigneeId !== myId ? (
        <button type="button" disabled={moves.running} onClick={() => void moves.assign(myId)}>
          Assign to me
        </button>
      ) : null}
      {!closed && ticket.status !== 'ESCALATED' ? (
        <button type="button" disabled={moves.running} onClick={() => void moves.escalate()} aria-keyshortcuts="e">
          Escalate
        </button>
      ) : null}
      {!closed ? (
        <button type="button" disabled={moves.running} onClick={() => void moves.resolve()}>
          Resolve
        </button>
      ) : (
        <button type="button" disabled={moves.running} onClick={() => void moves.reopen()}>
          Reopen
        </button>
      )}
      {moves.error ? <ErrorView error={moves.error} title="That did not work" /> : null}
    </div>
  );
}
