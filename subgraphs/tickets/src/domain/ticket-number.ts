const PREFIX = 'SUP-';

export function formatTicketNumber(number: number): string {
  return `${PREFIX}${number}`;
}
