import type { StaffMember } from './ticket-types';

/** How a teammate is called in the console: their name, else their email; never a raw id. */
export function staffName(member: StaffMember): string {
  return member.name ?? member.email ?? 'Unnamed teammate';
}

/** Teammates grouped by team for the assignee list (a person in two teams appears in both); people in no team last. */
export function staffByTeam(staff: readonly StaffMember[]): { team: string; members: StaffMember[] }[] {
  const groups = new Map<string, StaffMember[]>();
  for (const member of [...staff].sort((a, b) => staffName(a).localeCompare(staffName(b)))) {
    const teams = member.teams.length > 0 ? member.teams.map((team) => team.name) : ['No team'];
    for (const team of teams) groups.set(team, [...(groups.get(team) ?? []), member]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === 'No team' ? 1 : b === 'No team' ? -1 : a.localeCompare(b)))
    .map(([team, members]) => ({ team, members }));
}

/** Who a history entry or an assignee id names, in words. */
export function describePerson(id: string | null, staff: readonly StaffMember[], myId: string): string {
  if (id === null) return 'nobody';
  if (id === myId) return 'me';
  const member = staff.find((candidate) => candidate.id === id || candidate.email === id);
  if (member) return staffName(member);
  // Token subjects of people outside the directory are emails or service names: readable as they are, but not uuids.
  return /^[0-9a-f]{8}-[0-9a-f]{4}-/iu.test(id) ? 'a former teammate' : id;
}
