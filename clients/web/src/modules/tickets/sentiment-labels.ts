import type { SentimentLabel } from './ticket-types';

/** The one sentiment vocabulary of the console: the queue and the ticket use the same words. */
export const SENTIMENT_LABELS: Readonly<Record<SentimentLabel, string>> = {
  POSITIVE: 'Positive',
  NEUTRAL: 'Neutral',
  NEGATIVE: 'Negative',
};
