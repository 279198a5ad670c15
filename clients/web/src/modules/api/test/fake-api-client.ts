import { ApolloLink, type ApolloClient } from '@apollo/client';
import { Observable } from 'rxjs';
import { createApiClient } from '../api-client';

export interface RecordedRequest {
  readonly operation: string;
  readonly variables: Record<string, unknown>;
}

/** The console's client answering by operation name (an answer may throw), recording every request, for component tests. */
export function fakeApiClient(answers: Record<string, (variables: Record<string, unknown>) => unknown>): { client: ApolloClient; requests: RecordedRequest[] } {
  const requests: RecordedRequest[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        const name = operation.operationName ?? 'anonymous';
        requests.push({ operation: name, variables: operation.variables });
        const answer = answers[name];
        try {
          if (!answer) throw new Error(`no fake answer for ${name}`);
          observer.next({ data: answer(operation.variables) as Record<string, unknown> });
          observer.complete();
        } catch (error) {
          observer.error(error);
        }
      }),
  );
  return { client: createApiClient(link), requests };
}
