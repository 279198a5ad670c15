import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { KNOWLEDGE_SOURCES, RESPONDERS, type KnowledgeSource, type Responder } from '../evaluation/run-setup.js';

export const EvaluationResponder = Object.fromEntries(RESPONDERS.map((responder) => [responder, responder])) as { [R in Responder]: R };
registerEnumType(EvaluationResponder, {
  name: 'EvaluationResponder',
  description: 'Who drafts a run’s replies',
  valuesConfig: {
    EMBEDDED: { description: 'The embedded local grounded responder: no key, no cost, deterministic (what the promotion gate compares)' },
    CONFIGURED_LLM: { description: 'The LLM the platform is configured with (ANTHROPIC_* / OPENAI_*)' },
  },
});

export const EvaluationKnowledge = Object.fromEntries(KNOWLEDGE_SOURCES.map((source) => [source, source])) as { [K in KnowledgeSource]: K };
registerEnumType(EvaluationKnowledge, {
  name: 'EvaluationKnowledge',
  description: 'Where a run’s drafts retrieve articles from',
  valuesConfig: {
    COMMITTED: { description: 'The committed evaluation articles (support_agents/eval): the same whatever the live base holds (what the promotion gate compares)' },
    LIVE: { description: 'The knowledge subgraph as it is now (published articles)' },
  },
});

@ObjectType('PlaygroundCapabilities', { description: 'What evaluation runs can use in this deployment' })
export class PlaygroundCapabilitiesType {
  @Field(() => Boolean, { description: 'An LLM key is configured: runs may draft with it, and the LLM rubric grader grades' }) llmConfigured!: boolean;
  @Field(() => String, { nullable: true, description: 'The configured model, e.g. anthropic/claude-sonnet-4-6' }) model!: string | null;
}

@ObjectType('UngradedNote', { description: 'Why a grader that should have judged an item could not' })
export class UngradedNoteType {
  @Field(() => String) grader!: string;
  @Field(() => String) note!: string;
}

@ObjectType('DraftedByModel', { description: 'How many items of a run a model drafted' })
export class DraftedByModelType {
  @Field(() => String, { description: 'local, or provider/model' }) model!: string;
  @Field(() => Int) items!: number;
}

@ObjectType('AiConfigKind', { description: 'A configurable piece of AI behaviour the playground versions' })
export class AiConfigKindType {
  @Field(() => String, { description: 'e.g. reply-template, triage-rules' }) kind!: string;
  @Field(() => String) title!: string;
  @Field(() => Boolean, { description: 'Whether versions of it can be run on a dataset' }) evaluated!: boolean;
  @Field(() => Boolean, { description: 'Whether a run on the gate dataset decides its promotion to production (otherwise only admins move production)' }) gated!: boolean;
  @Field(() => Boolean, { description: 'Whether the agents follow it, so an admin can split it between two labels (A/B experiment)' }) experiments!: boolean;
}

@ObjectType('AiConfigVersion', { description: 'One immutable, numbered version of a configuration document' })
export class AiConfigVersionType {
  @Field(() => String) kind!: string;
  @Field(() => Int) number!: number;
  @Field(() => String, { description: 'The YAML document' }) content!: string;
  @Field(() => String) author!: string;
  @Field(() => String) message!: string;
  @Field(() => String, { description: 'Unified diff against the version before it (empty for version 1)' }) diff!: string;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType('AiConfigLabel', { description: 'A label and the version it points at' })
export class AiConfigLabelType {
  @Field(() => String) kind!: string;
  @Field(() => String) label!: string;
  @Field(() => Int) version!: number;
  @Field(() => Boolean, { description: 'Moves need a passing promotion gate (or are rollbacks); only admins override' }) protected!: boolean;
  @Field(() => String) movedBy!: string;
  @Field(() => Date) movedAt!: Date;
}

@ObjectType('AiConfigLabelMove')
export class AiConfigLabelMoveType {
  @Field(() => Int, { nullable: true }) from!: number | null;
  @Field(() => Int) to!: number;
  @Field(() => String) movedBy!: string;
  @Field(() => Date) movedAt!: Date;
  @Field(() => String, { nullable: true, description: 'Set when an admin moved a protected label past a failing gate' }) overrideReason!: string | null;
}

@ObjectType('GateComparison')
export class GateComparisonType {
  @Field(() => String) grader!: string;
  @Field(() => Float, { nullable: true }) candidate!: number | null;
  @Field(() => Float, { nullable: true, description: 'The current version’s mean on the gate dataset' }) baseline!: number | null;
  @Field(() => Boolean) worse!: boolean;
}

@ObjectType('PromotionGate')
export class PromotionGateType {
  @Field(() => Boolean) passed!: boolean;
  @Field(() => [GateComparisonType]) comparisons!: GateComparisonType[];
}

@ObjectType('AiConfigLabelMoveResult')
export class LabelMoveResultType {
  @Field(() => AiConfigLabelType) label!: AiConfigLabelType;
  @Field(() => PromotionGateType, { nullable: true, description: 'The gate’s comparison when the move needed one' }) gate!: PromotionGateType | null;
}

@ObjectType('PlaygroundDataset', { description: 'A versioned dataset (PII redacted on the way in)' })
export class PlaygroundDatasetType {
  @Field(() => String) name!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { description: 'upload, history, queue or seed' }) source!: string;
  @Field(() => Int) itemCount!: number;
  @Field(() => String) createdBy!: string;
  @Field(() => Date) createdAt!: Date;
}

@InputType('HistoryDatasetFilter', { description: 'Which resolved tickets a dataset is built from; every condition is optional' })
export class HistoryDatasetFilterInput {
  @Field(() => String, { nullable: true, description: 'The triage category' }) category?: string | null;
  @Field(() => String, { nullable: true, description: 'Two-letter language code of the detected language' }) language?: string | null;
  @Field(() => Int, { nullable: true, description: 'Only tickets the customer rated at least this (1–5) in the CSAT survey' }) minCsat?: number | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD (UTC, inclusive): resolved on or after' }) resolvedFrom?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD (UTC, inclusive): resolved on or before' }) resolvedTo?: string | null;
  @Field(() => Int, { defaultValue: 200, description: 'At most this many tickets (1–2000), the most recently opened first' }) limit!: number;
}

@InputType('QueueDatasetFilter', { description: 'Which waiting tickets (not resolved or closed) a dataset is captured from; every condition is optional' })
export class QueueDatasetFilterInput {
  @Field(() => String, { nullable: true, description: 'The triage category (the ticket’s own when it was never triaged)' }) category?: string | null;
  @Field(() => String, { nullable: true, description: 'Two-letter language code of the detected language' }) language?: string | null;
  @Field(() => [String], { nullable: true, description: 'Any of these priorities: LOW, NORMAL, HIGH, URGENT' }) priority?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'Any of these statuses: NEW, OPEN, PENDING_CUSTOMER, ESCALATED (all of them when absent)' }) status?: string[] | null;
  @Field(() => Int, { defaultValue: 100, description: 'At most this many tickets (1–1000), the most recently opened first' }) limit!: number;
}

@ObjectType('EvaluationGrader', { description: 'A grader, with what it can and cannot judge' })
export class EvaluationGraderType {
  @Field(() => String) name!: string;
  @Field(() => String) judges!: string;
  @Field(() => String) cannotJudge!: string;
}

@ObjectType('GraderScore')
export class GraderScoreType {
  @Field(() => String) grader!: string;
  @Field(() => Float, { description: '0 (worst) to 1 (best)' }) score!: number;
  @Field(() => String, { description: 'What the grader found' }) note!: string;
}

@ObjectType('GraderMean')
export class GraderMeanType {
  @Field(() => String) grader!: string;
  @Field(() => Float) mean!: number;
  @Field(() => Int, { description: 'Items it could judge' }) items!: number;
}

@ObjectType('EvaluationItem')
export class EvaluationItemType {
  @Field(() => String) itemId!: string;
  @Field(() => String) reply!: string;
  @Field(() => [String]) citedArticles!: string[];
  @Field(() => String) language!: string;
  @Field(() => Boolean) grounded!: boolean;
  @Field(() => String, { nullable: true }) category!: string | null;
  @Field(() => [String], { nullable: true }) missing!: string[] | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether the escalation agent handed it to a person (null: it did not run)' }) escalated!: boolean | null;
  @Field(() => [GraderScoreType]) scores!: GraderScoreType[];
  @Field(() => [UngradedNoteType], { description: 'Graders that could not judge this item, and why (e.g. the LLM rubric’s answer was not valid JSON)' })
  ungraded!: UngradedNoteType[];
  @Field(() => Float, { description: 'Drafting cost, USD' }) costUsd!: number;
  @Field(() => Float) latencyMs!: number;
  @Field(() => String, { nullable: true, description: 'Who drafted it (local, or provider/model); another than the run’s model means the vendor failed and the chain fell back' })
  model!: string | null;
  @Field(() => Float, { nullable: true, description: 'Cost of grading it with the LLM rubric, USD' }) gradingCostUsd!: number | null;
}

@ObjectType('EvaluationRun', { description: 'A version run over a dataset, graded per item and in aggregate' })
export class EvaluationRunType {
  @Field(() => ID) id!: string;
  @Field(() => String) kind!: string;
  @Field(() => Int) version!: number;
  @Field(() => String) dataset!: string;
  @Field(() => Int) datasetVersion!: number;
  @Field(() => EvaluationResponder) responder!: Responder;
  @Field(() => EvaluationKnowledge) knowledge!: KnowledgeSource;
  @Field(() => String, { description: 'The model that was to draft: local, or provider/model' }) model!: string;
  @Field(() => [DraftedByModelType], { description: 'Items per model that actually drafted them' }) draftedBy!: DraftedByModelType[];
  @Field(() => Int, { nullable: true, description: 'The llm-rubric version that graded; null when no LLM was configured' }) rubricVersion!: number | null;
  @Field(() => Int) itemCount!: number;
  @Field(() => [GraderMeanType]) graders!: GraderMeanType[];
  @Field(() => Float, { description: 'Drafting cost, USD (tokens × the model’s list price; 0 for the embedded responder)' }) costUsd!: number;
  @Field(() => Float) latencyMeanMs!: number;
  @Field(() => Float) latencyP95Ms!: number;
  @Field(() => Float, { description: 'Cost of the LLM rubric’s calls, USD (0 when it did not grade)' }) gradingCostUsd!: number;
  @Field(() => Float, { nullable: true, description: 'Mean time of one LLM rubric call' }) gradingLatencyMeanMs!: number | null;
  @Field(() => Int, { description: 'Items the LLM rubric could not grade (see each item’s ungraded notes)' }) ungradedItems!: number;
  @Field(() => [EvaluationItemType], { description: 'Empty in lists; read one run for its items' }) items!: EvaluationItemType[];
  @Field(() => String) createdBy!: string;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType('EvaluationItemPair', { description: 'One dataset item in two runs, side by side' })
export class EvaluationItemPairType {
  @Field(() => String) itemId!: string;
  @Field(() => EvaluationItemType, { nullable: true }) left!: EvaluationItemType | null;
  @Field(() => EvaluationItemType, { nullable: true }) right!: EvaluationItemType | null;
}

@ObjectType('PlaygroundDraft', { description: 'A reply drafted with a version (or an unsaved edit) for one ticket text' })
export class PlaygroundDraftType {
  @Field(() => String) reply!: string;
  @Field(() => [String]) citedArticles!: string[];
  @Field(() => String) language!: string;
  @Field(() => Boolean) grounded!: boolean;
  @Field(() => [GraderScoreType], { description: 'Graders that need no expectation: faithfulness and tone' }) scores!: GraderScoreType[];
  @Field(() => Float) latencyMs!: number;
}
