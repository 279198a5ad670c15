// Triage cascade: rules → similarity cache → classic ML → LLM → escalate (DESIGN.md §5).
export * from './triage/triage-types.js';
export * from './triage/triage-cascade.js';
export * from './triage/triage-thresholds.js';
export * from './triage/triage-rules.js';
export * from './taxonomy/triage-taxonomy.js';
export * from './triage/rules-stage.js';
export * from './triage/similarity-cache.js';
export * from './triage/similarity-cache-stage.js';
export * from './triage/ml-stage.js';
export * from './triage/llm-stage.js';
export * from './triage/llm-triage-classifier.js';
export * from './triage/llm-triage-stage.js';
export * from './triage/triage-model.js';
export * from './text/sparse-vector.js';
export * from './text/tfidf-vectorizer.js';

// LLM providers behind one port: Anthropic, OpenAI, local grounded responder.
export * from './llm/llm-provider.js';
export * from './llm/llm-error.js';
export * from './llm/llm-config.js';
export * from './llm/create-llm-provider.js';
export * from './llm/model-choice.js';
export * from './llm/model-settings-provider.js';
export * from './llm/provider-fallback-chain.js';
export * from './llm/guarded-provider.js';
export * from './llm/circuit-breaker.js';
export * from './llm/rate-limiter.js';
export * from './llm/concurrency-limiter.js';
export * from './llm/response-cache.js';
export * from './llm/caching-provider.js';
export * from './llm/cost-accounting.js';
export * from './llm/adapters/anthropic-provider.js';
export * from './llm/adapters/openai-provider.js';
export * from './llm/adapters/local-grounded-responder.js';
export * from './agents/support-agent.js';

// Support agents as plugins behind `SupportAgent`, built by one registry (issue 5).
export * from './agents/agent-registry.js';
export * from './agents/earlier-results.js';
export * from './agents/agent-reads.js';
export * from './agents/agent-order.js';
export * from './agents/language/language-result.js';
export * from './agents/triage/triage-result.js';
export * from './agents/sentiment/sentiment-result.js';
export * from './agents/missing-information/missing-information-result.js';
export * from './agents/knowledge-suggestion/knowledge-suggestion-result.js';
export * from './agents/reply-drafting/reply-draft-result.js';
export * from './agents/escalation/escalation-result.js';
export * from './agents/triage/triage-agent.js';
export * from './agents/sentiment/sentiment-agent.js';
export * from './agents/missing-information/missing-information-agent.js';
export * from './agents/missing-information/missing-information-rules.js';
export * from './agents/knowledge-suggestion/knowledge-suggestion-agent.js';
export * from './agents/reply-drafting/reply-drafting-agent.js';
export * from './agents/reply-drafting/auto-reply-policy.js';
export * from './agents/reply-drafting/reply-template.js';
export * from './agents/reply-drafting/reply-template-document.js';
export { DEFAULT_FRAMING, type FramingPhrases, type FramingTable } from './agents/reply-drafting/draft-framing.js';
export * from './agents/escalation/escalation-agent.js';
export * from './agents/escalation/escalation-phrases.js';
export * from './agents/escalation/escalation-signals.js';
export * from './agents/escalation/escalation-signals-document.js';
export * from './agents/thresholds-document.js';
export * from './agents/agent-configuration.js';
export * from './agents/language/language-agent.js';
export { readBanking77 as readLabelledCsv } from './eval/labelled-datasets.js';
export { evaluateTriage, type TriageEvaluation } from './eval/evaluate-triage.js';
export { accuracy, macroF1 } from './eval/classification-metrics.js';

// Offline evaluation pieces the playground's runs reuse (feedback subgraph, `npm run ai:test`).
export * from './eval/eval-knowledge.js';
export * from './eval/eval-agent-context.js';
// Grounding measures the playground's faithfulness and completeness graders share with the drafting agent.
export { supportedShare } from './agents/reply-drafting/draft-grounding.js';
export { contentTerms } from './llm/adapters/passage-sentence-selection.js';
