import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** The form's labels for the fields the server names in `extensions.field`. */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  content: 'Name',
  category: 'Category',
  language: 'Language',
  minCsat: 'Minimum CSAT',
  resolvedFrom: 'Resolved from',
  resolvedTo: 'Resolved to',
  priority: 'Priority',
  status: 'Status',
  limit: 'At most',
};

/**
 * A dataset build's error as a lead reads it: the form field it is about, or what to do when
 * nothing matched, instead of the API's `field: problem` wording.
 */
export function datasetProblem(error: { message: string }, nothingMatched: string): string {
  if (!CombinedGraphQLErrors.is(error)) return error.message;
  const [first] = error.errors;
  if (!first) return error.message;
  const code = first.extensions?.['code'];
  const field = first.extensions?.['field'];
  if (code === 'FORBIDDEN') return 'Only leads and admins can build datasets.';
  if (code !== 'BAD_USER_INPUT' || typeof field !== 'string') return first.message;
  if (field === 'filter') return nothingMatched;
  const problem = first.message.startsWith(`${field}: `) ? first.message.slice(field.length + 2) : first.message;
  return `${FIELD_LABELS[field] ?? field}: ${problem}`;
}
