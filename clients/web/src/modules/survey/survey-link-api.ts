/** The survey a signed link opens, as the gateway's `POST /survey-link` returns it. */
export interface LinkedSurvey {
  readonly ticketNumber: string | null;
  readonly satisfaction: { score: number | null; comment: string | null; open: boolean; changeableUntil: string | null };
}

async function post<T>(body: Record<string, unknown>): Promise<T> {
  const response = await fetch('/survey-link', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = (await response.json()) as T & { error?: { message: string } };
  if (!response.ok || json.error) throw new Error(json.error?.message ?? 'The survey is not available');
  return json;
}

/** Reads the survey behind a link (no sign-in: the link is the permission). */
export async function readLinkedSurvey(token: string): Promise<LinkedSurvey> {
  return (await post<{ survey: LinkedSurvey }>({ token })).survey;
}

export async function answerLinkedSurvey(token: string, score: number, comment: string | null, idempotencyKey: string): Promise<void> {
  await post({ token, score, comment, idempotencyKey });
}
