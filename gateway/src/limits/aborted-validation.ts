import type { GraphQLFormattedError } from 'graphql';

/** Stable code for a document too large or repetitive for validation to finish. */
export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

/**
 * graphql-js stops validating a pathological document (a field repeated a thousand times, say) with
 * the bare message "Validation aborted." — which tells a client nothing. It becomes a refusal with
 * its own code, like the other operation limits.
 */
export function explainAbortedValidation(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!/Validation aborted\.$/.test(formatted.message)) return formatted;
  return {
    message: 'The operation is too large or repetitive to validate: remove repeated selections',
    extensions: { code: QUERY_TOO_COMPLEX },
  };
}
