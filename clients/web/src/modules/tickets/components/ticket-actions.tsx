import { useState, type FormEvent } from 'react';
import { ErrorView } from '../../ui/components/error-view';
import type { useTicketMoves } from '../hooks/use-ticket-moves';
import { describePerson, staffByTeam, staffName } from '../staff-names';
import type { StaffMember, TicketDetail } from '../ticket-types';

const UNASSIGNED = '';

function EscalationForm({ moves, onDone }: { moves: ReturnType<typeof useTicketMoves>; onDone: () => void }) {
  const [reason, setReason] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() && (await moves.escalate(reason.trim()))) onDone();
  };
  return (
    <form className="escalation-form" aria-label="Escalate the ticket" onSubmit={(event) => void submit(event)}>
      <label>
        Why escalate? (an internal note for the specialist)
        <textarea rows={2} required value={reason} onChange={(event) => setReason(event.target.value)} autoFocus />
      </label>
      <button type="submit" className="primary" disabled={moves.running || !reason.trim()}>
        Escalate
      </button>
      <button type="button" onClick={onDone}>
        Cancel
      </button>
    </form>
  );
}

export function TicketActions({ ticket, moves, staff, myId }: { ticket: TicketDetail; moves: ReturnType<typeof useTicketMoves>; staff: StaffMember[]; myId: string }) {
  const [escalating, setEscalating] = useState(false);
  const closed = ticket.status === 'RESOLVED' || ticket.status === 'CLOSED';
  const meInDirectory = staff.some((member) => member.id === myId);
  const knownAssignee = ticket.assigneeId === null || ticket.assigneeId === myId || staff.some((member) => member.id === ticket.assigneeId);
  return (
    <div className="ticket-actions">
      <label>
        Assignee
        <select value={ticket.assigneeId ?? UNASSIGNED} disabled={moves.running} onChange={(event) => void moves.assign(event.target.value || null)}>
          <option value={UNASSIGNED}>Unassigned</option>
          {meInDirectory ? null : <option value={myId}>Me</option>}
          {knownAssignee ? null : <option value={ticket.assigneeId!}>{describePerson(ticket.assigneeId, staff, myId)}</option>}
          {staffByTeam(staff).map(({ team, members }) => (
            <optgroup key={team} label={team}>
              {members.map((member) => (
                <option key={member.id} value={member.id}>
                  {member.id === myId ? `${staffName(member)} (me)` : staffName(member)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      {ticket.assigneeId !== myId ? (
        <button type="button" disabled={moves.running} onClick={() => void moves.assign(myId)}>
          Assign to me
        </button>
      ) : null}
      {!closed && ticket.status !== 'ESCALATED' && !escalating ? (
        <button type="button" disabled={moves.running} onClick={() => setEscalating(true)} aria-keyshortcuts="e">
          Escalate…
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
      {escalating ? <EscalationForm moves={moves} onDone={() => setEscalating(false)} /> : null}
      {moves.error ? <ErrorView error={moves.error} title="That did not work" /> : null}
    </div>
  );
}
