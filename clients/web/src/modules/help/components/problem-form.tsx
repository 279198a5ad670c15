import { useState, type FormEvent } from 'react';
import { useArticleSuggestions } from '../hooks/use-article-suggestions';
import { ArticleSuggestions } from './article-suggestions';
import { ConfirmRequestForm } from './confirm-request-form';

/** The customer describes the problem, sees articles as they type, and can still ask for help (after checking the request). */
export function ProblemForm() {
  const [problem, setProblem] = useState('');
  const [confirming, setConfirming] = useState(false);
  const suggestions = useArticleSuggestions(problem);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (problem.trim()) setConfirming(true);
  };

  if (confirming) return <ConfirmRequestForm problem={problem} onBack={() => setConfirming(false)} />;
  return (
    <form className="problem-form" onSubmit={submit} aria-label="Describe your problem">
      <label htmlFor="problem">What can we help you with?</label>
      <textarea id="problem" rows={5} value={problem} placeholder="e.g. My card was declined at checkout" onChange={(event) => setProblem(event.target.value)} />
      <ArticleSuggestions suggestions={suggestions} />
      <button type="submit" className="primary" disabled={!problem.trim()}>
        Still need help? Contact support
      </button>
    </form>
  );
}
