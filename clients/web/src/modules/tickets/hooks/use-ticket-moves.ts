import { useMutation } from '@apollo/client/react';
import { AddMessage, AssignTicket, ChangeTicketStatus } from '../ticket-operations';
import type { TicketStatus } from '../ticket-types';

/** Assign, escalate and resolve, following the workflow (a NEW ticket is opened before it is resolved). */
export function useTicketMoves(ticketId: string, status: TicketStatus, onChanged: () => void) {
  const [changeStatus, statusState] = useMutation(ChangeTicketStatus);
  const [assignTicket, assignState] = useMutation(AssignTicket);
  const [addNote, noteState] = useMutation(AddMessage);

  const moveTo = async (next: TicketStatus) => Boolean((await changeStatus({ variables: { id: ticketId, status: next } })).data?.changeTicketStatus);
  /** Escalates, then leaves the reason as an internal note: only once the move happened, so no note claims an escalation that failed. */
  const escalate = async (reason: string): Promise<boolean> => {
    if (!(await moveTo('ESCALATED'))) return false;
    await addNote({ variables: { ticketId, input: { body: `Escalated: ${reason}`, internal: true } } });
    onChanged();
    return true;
  };
  const resolve = async () => {
    if (status === 'NEW' && !(await moveTo('OPEN'))) return;
    if (await moveTo('RESOLVED')) onChanged();
  };
  const reopen = async () => {
    if (await moveTo('OPEN')) onChanged();
  };
  const assign = async (assigneeId: string | null) => {
    if ((await assignTicket({ variables: { id: ticketId, assigneeId } })).data?.assignTicket) onChanged();
  };
  return {
    escalate,
    resolve,
    reopen,
    assign,
    running: statusState.loading || assignState.loading || noteState.loading,
    error: statusState.error ?? assignState.error ?? noteState.error,
  };
}
