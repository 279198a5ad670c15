import { skipToken, useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '../../ui/hooks/use-debounced-value';
import { SuggestArticles } from '../help-operations';

export const SUGGESTION_DELAY_MS = 350;
export const MIN_SUGGESTION_TEXT = 4;

/** Articles for what the customer is typing, asked for once typing pauses. */
export function useArticleSuggestions(problem: string) {
  const text = useDebouncedValue(problem.trim(), SUGGESTION_DELAY_MS);
  const skip = text.length < MIN_SUGGESTION_TEXT;
  const result = useQuery(SuggestArticles, skip ? skipToken : { variables: { text } });
  return { ...result, skipped: skip, pending: problem.trim() !== text };
}
