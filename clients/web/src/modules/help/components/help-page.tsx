import { CustomerConversation } from './customer-conversation';
import { MyRequests } from './my-requests';
import { ProblemForm } from './problem-form';

/** /help for customers; /help/tickets/:id follows one request. */
export function HelpPage({ ticketId }: { ticketId: string | undefined }) {
  return (
    <main className="help-page">
      {ticketId ? (
        <CustomerConversation ticketId={ticketId} />
      ) : (
        <>
          <h1>How can we help?</h1>
          <ProblemForm />
          <MyRequests />
        </>
      )}
    </main>
  );
}
