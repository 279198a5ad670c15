import type { IncomingMessage, ServerResponse } from 'node:http';
import { BodyTooLargeError, createPeerClient, PeerRequestError, readBody, serviceIdentity, type Logger } from '@support-graph/runtime';

/** Where the feedback subgraph answers, and the key the gateway signs its own `service` identity with. */
export interface SurveyLinkTarget {
  readonly url: () => string;
  readonly signingKey: Buffer;
}

const SURVEY = 'query GatewaySurveyByLink($token: String!) { surveyByLink(token: $token) { ticketNumber satisfaction { score comment open changeableUntil } } }';
const ANSWER = `mutation GatewayAnswerSurveyByLink($token: String!, $score: Int!, $comment: String, $key: String!) {
  answerSurveyByLink(token: $token, score: $score, comment: $comment, idempotencyKey: $key) { score comment open changeableUntil }
}`;
const MAX_BODY = 16_384;

function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}

interface SurveyLinkRequest {
  readonly token?: unknown;
  readonly score?: unknown;
  readonly comment?: unknown;
  readonly idempotencyKey?: unknown;
}

/**
 * `POST /survey-link`: the CSAT survey page a customer opens from a signed link, without signing
 * in. `{ token }` reads the survey, `{ token, score, comment?, idempotencyKey }` answers it. The
 * gateway forwards to the feedback subgraph's internal fields as `service`; the link is the only
 * permission, and it opens that one ticket's survey and nothing else.
 */
export function createSurveyLinkEndpoint(target: SurveyLinkTarget, logger: Logger) {
  const client = createPeerClient({ peer: 'feedback', url: target.url, signingKey: target.signingKey, identity: serviceIdentity('gateway', 'Survey link') });
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (request.method !== 'POST') return json(response, 405, { error: { code: 'METHOD_NOT_ALLOWED', message: 'POST a JSON body' } });
    let body: SurveyLinkRequest;
    try {
      body = JSON.parse(await readBody(request, MAX_BODY)) as SurveyLinkRequest;
    } catch (error) {
      if (error instanceof BodyTooLargeError) return json(response, 413, { error: { code: 'PAYLOAD_TOO_LARGE', message: 'The request is too large' } });
      return json(response, 400, { error: { code: 'BAD_USER_INPUT', message: 'The body must be JSON' } });
    }
    if (typeof body.token !== 'string' || body.token.length > 1_000) return json(response, 400, { error: { code: 'BAD_USER_INPUT', message: 'token is required' } });
    try {
      if (body.score === undefined) {
        const data = await client.request<{ surveyByLink: unknown }>(SURVEY, { token: body.token });
        if (!data.surveyByLink) return json(response, 404, { error: { code: 'NOT_FOUND', message: 'This survey link is not valid or has expired' } });
        return json(response, 200, { survey: data.surveyByLink });
      }
      const data = await client.request<{ answerSurveyByLink: unknown }>(ANSWER, {
        token: body.token,
        score: body.score,
        comment: typeof body.comment === 'string' ? body.comment : null,
        key: body.idempotencyKey,
      });
      return json(response, 200, { answer: data.answerSurveyByLink });
    } catch (error) {
      if (error instanceof PeerRequestError && error.failure === 'GRAPHQL_ERROR') {
        const code = String(error.codes[0] ?? 'BAD_USER_INPUT');
        // The feedback subgraph's own message for a bad score, a closed survey or an invalid link; never internals.
        const message = code === 'INTERNAL_SERVER_ERROR' ? 'Internal server error' : error.message.replace(/^feedback: answered: /u, '');
        return json(response, code === 'INTERNAL_SERVER_ERROR' ? 500 : 400, { error: { code, message } });
      }
      logger.warn({ err: error }, 'survey link request failed');
      return json(response, 503, { error: { code: 'SERVICE_UNAVAILABLE', message: 'The survey is not available right now; try again' } });
    }
  };
}
