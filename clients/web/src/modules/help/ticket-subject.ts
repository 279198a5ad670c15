const MAX_SUBJECT_LENGTH = 80;

/** A subject for a ticket opened from what the customer typed: their first sentence or line, shortened on a word. */
export function ticketSubjectFrom(problem: string): string {
  const first = problem.trim().split(/\n|(?<=[.!?])\s/)[0]?.trim() ?? '';
  if (first.length <= MAX_SUBJECT_LENGTH) return first || 'Help request';
  const cut = first.slice(0, MAX_SUBJECT_LENGTH - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${lastSpace > 40 ? cut.slice(0, lastSpace) : cut}…`;
}
