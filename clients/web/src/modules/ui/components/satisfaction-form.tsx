import { useState, type FormEvent } from 'react';

const FACES = ['Very unhappy', 'Unhappy', 'Neutral', 'Happy', 'Very happy'] as const;

/** A key per answer: a retried request (double click, flaky network) is counted once. */
export function newIdempotencyKey(): string {
  return `csat-${crypto.randomUUID()}`;
}

/**
 * The one-question survey: 1–5 and an optional comment. Shared by the help page (signed in) and the
 * page a signed link opens (not signed in); `onAnswer` sends it the way each of them can.
 */
export function SatisfactionForm({
  score,
  comment,
  changeableUntil,
  onAnswer,
}: {
  score: number | null;
  comment: string | null;
  changeableUntil: string | null;
  onAnswer: (score: number, comment: string | null, idempotencyKey: string) => Promise<unknown>;
}) {
  const [chosen, setChosen] = useState<number | null>(score);
  const [text, setText] = useState(comment ?? '');
  const [state, setState] = useState<'idle' | 'sending' | 'saved' | 'failed'>(score === null ? 'idle' : 'saved');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (chosen === null) return;
    setState('sending');
    try {
      await onAnswer(chosen, text.trim() || null, newIdempotencyKey());
      setState('saved');
    } catch {
      setState('failed');
    }
  };

  return (
    <form className="satisfaction-form" aria-label="Rate our help" onSubmit={(event) => void submit(event)}>
      <fieldset>
        <legend>How satisfied are you with how we handled this?</legend>
        <div className="satisfaction-scale">
          {FACES.map((label, index) => (
            <label key={label} className={chosen === index + 1 ? 'chosen' : undefined}>
              <input type="radio" name="score" value={index + 1} checked={chosen === index + 1} onChange={() => setChosen(index + 1)} />
              {index + 1} <span>{label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label htmlFor="satisfaction-comment">Anything to add? (optional)</label>
      <textarea id="satisfaction-comment" rows={3} maxLength={2000} value={text} onChange={(event) => setText(event.target.value)} />
      <button type="submit" className="primary" disabled={chosen === null || state === 'sending'}>
        {state === 'saved' ? 'Update my answer' : 'Send'}
      </button>
      <p aria-live="polite">
        {state === 'saved' ? 'Thank you for your answer.' : state === 'failed' ? 'Your answer was not saved; try again.' : null}
        {changeableUntil ? ` You can change it until ${new Date(changeableUntil).toLocaleDateString()}.` : null}
      </p>
    </form>
  );
}
