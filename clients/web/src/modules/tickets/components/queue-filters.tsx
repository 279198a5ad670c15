import { useEffect, useState } from 'react';
import { useDebouncedValue } from '../../ui/hooks/use-debounced-value';
import { staffByTeam, staffName } from '../staff-names';
import { OPEN_WORK, STATUS_LABELS } from '../ticket-labels';
import { TICKET_PRIORITIES, TICKET_STATUSES, type StaffMember, type TicketFilter, type TicketPriority, type TicketStatus } from '../ticket-types';

const OPEN_WORK_VALUE = 'open-work';
const ANY = '';

/** Status, priority, assignee and free text; the text is applied once typing pauses. */
export function QueueFilters({ staff, myId, onChange }: { staff: StaffMember[]; myId: string; onChange: (filter: TicketFilter) => void }) {
  const [status, setStatus] = useState<string>(OPEN_WORK_VALUE);
  const [priority, setPriority] = useState<string>(ANY);
  const [assignee, setAssignee] = useState<string>(ANY);
  const [text, setText] = useState('');
  const settledText = useDebouncedValue(text.trim(), 300);

  useEffect(() => {
    onChange({
      ...(status === OPEN_WORK_VALUE ? { status: OPEN_WORK } : status ? { status: [status as TicketStatus] } : {}),
      ...(priority ? { priority: [priority as TicketPriority] } : {}),
      ...(assignee ? { assigneeId: assignee } : {}),
      ...(settledText ? { text: settledText } : {}),
    });
  }, [status, priority, assignee, settledText, onChange]);

  return (
    <form className="queue-filters" role="search" aria-label="Filter the queue" onSubmit={(event) => event.preventDefault()}>
      <label>
        Status
        <select value={status} onChange={(event) => setStatus(event.target.value)}>
          <option value={OPEN_WORK_VALUE}>Open work</option>
          <option value={ANY}>Any status</option>
          {TICKET_STATUSES.map((value) => (
            <option key={value} value={value}>
              {STATUS_LABELS[value]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Priority
        <select value={priority} onChange={(event) => setPriority(event.target.value)}>
          <option value={ANY}>Any priority</option>
          {TICKET_PRIORITIES.map((value) => (
            <option key={value} value={value}>
              {value.toLowerCase()}
            </option>
          ))}
        </select>
      </label>
      <label>
        Assignee
        <select value={assignee} onChange={(event) => setAssignee(event.target.value)}>
          <option value={ANY}>Anyone</option>
          <option value={myId}>Me</option>
          {staffByTeam(staff.filter((member) => member.id !== myId)).map(({ team, members }) => (
            <optgroup key={team} label={team}>
              {members.map((member) => (
                <option key={member.id} value={member.id}>
                  {staffName(member)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <label className="queue-search">
        Search
        <input type="search" value={text} placeholder="Subject or description" onChange={(event) => setText(event.target.value)} />
      </label>
    </form>
  );
}
