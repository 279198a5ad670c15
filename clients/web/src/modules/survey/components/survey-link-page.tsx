import { useEffect, useState } from 'react';
import { SatisfactionForm } from '../../ui/components/satisfaction-form';
import { answerLinkedSurvey, readLinkedSurvey, type LinkedSurvey } from '../survey-link-api';

/** /survey?token=… — the CSAT survey from the link in a resolution message; works without signing in. */
export function SurveyLinkPage({ token }: { token: string }) {
  const [survey, setSurvey] = useState<LinkedSurvey>();
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    readLinkedSurvey(token).then(setSurvey, (error: Error) => setProblem(error.message));
  }, [token]);
  return (
    <main className="survey-page">
      <h1>How did we do?</h1>
      {problem ? <p role="alert">{problem}</p> : null}
      {survey ? (
        <>
          {survey.ticketNumber ? <p>About your request {survey.ticketNumber}.</p> : null}
          {survey.satisfaction.open ? (
            <SatisfactionForm
              score={survey.satisfaction.score}
              comment={survey.satisfaction.comment}
              changeableUntil={survey.satisfaction.changeableUntil}
              onAnswer={(score, comment, key) => answerLinkedSurvey(token, score, comment, key)}
            />
          ) : (
            <p>This survey is closed. Thank you.</p>
          )}
        </>
      ) : null}
    </main>
  );
}
