import { SatisfactionForm } from '../../ui/components/satisfaction-form';
import type { Satisfaction } from '../help-types';

/** The CSAT survey on a resolved request of the help page. */
export function SatisfactionSurvey({
  satisfaction,
  onAnswer,
}: {
  satisfaction: Satisfaction;
  onAnswer: (score: number, comment: string | null, idempotencyKey: string) => Promise<unknown>;
}) {
  if (!satisfaction.open) return <p className="satisfaction-closed">You rated our help {satisfaction.score} out of 5. Thank you.</p>;
  return <SatisfactionForm score={satisfaction.score} comment={satisfaction.comment} changeableUntil={satisfaction.changeableUntil} onAnswer={onAnswer} />;
}
