import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { navigate } from '../../../app/navigation';
import { ErrorView } from '../../ui/components/error-view';
import { useArticleSuggestions } from '../hooks/use-article-suggestions';
import { OpenTicket } from '../help-operations';
import { ticketSubjectFrom } from '../ticket-subject';
import { ArticleSuggestions } from './article-suggestions';

/** The customer describes the problem, sees articles as they type, and can still ask for help. */
export function ProblemForm() {
  const [problem, setProblem] = useState('');
  const suggestions = useArticleSuggestions(problem);
  const [openTicket, openState] = useMutation(OpenTicket);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const description = problem.trim();
    if (!description) return;
    const { data } = await openTicket({ variables: { input: { subject: ticketSubjectFrom(description), description, channel: 'WEB' } } });
    if (data?.createTicket) navigate(`/help/tickets/${data.createTicket.id}`);
  };

  return (
    <form className="problem-form" onSubmit={(event) => void submit(event)} aria-label="Describe your problem">
      <label htmlFor="problem">What can we help you with?</label>
      <textarea id="problem" rows={5} value={problem} placeholder="e.g. My card was declined at checkout" onChange={(event) => setProblem(event.target.value)} />
      <ArticleSuggestions suggestions={suggestions} />
      {openState.error ? <ErrorView error={openState.error} title="Your request was not sent" /> : null}
      <button type="submit" className="primary" disabled={openState.loading || !problem.trim()}>
        Still need help? Contact support
      </button>
    </form>
  );
}
