import type { SentimentAnalysis } from './sentiment-analysis.js';

// What the sentiment agent concludes: a leaf module (it imports no agent), so the agents and the pipeline that read it depend on no agent.

export type SentimentResult = SentimentAnalysis;
