import { ClientErrors } from '@support-graph/runtime';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { FeedbackContext } from '../../feedback-context.js';
import { AI_CONFIG_KINDS, type AiConfigKind } from '../configs/ai-config-kinds.js';
import type { DraftedItem } from '../evaluation/draft-item.js';
import { EVALUATED_KINDS, isRunnableKind } from '../evaluation/evaluated-config.js';
import { EXPERIMENT_KINDS } from '../experiments/ai-config-experiments.js';
import { faithfulnessGrader } from '../evaluation/graders/faithfulness-grader.js';
import { toneGrader } from '../evaluation/graders/tone-grader.js';
import {
  AiConfigKindType,
  AiConfigLabelMoveType,
  AiConfigLabelType,
  AiConfigVersionType,
  EvaluationGraderType,
  EvaluationItemPairType,
  EvaluationKnowledge,
  EvaluationResponder,
  EvaluationRunType,
  HistoryDatasetFilterInput,
  LabelMoveResultType,
  PlaygroundCapabilitiesType,
  PlaygroundDatasetType,
  PlaygroundDraftType,
  PromotionGateType,
  QueueDatasetFilterInput,
} from './playground-object-types.js';
import type { KnowledgeSource, Responder } from '../evaluation/run-setup.js';
import type { TicketPriority, WaitingStatus } from '../datasets/queue/queue-filter.js';
import { checkedStreamId } from './try-stream-id.js';
import { presentDataset, presentGate, presentItem, presentLabel, presentMove, presentRun, presentVersion } from './playground-presenters.js';

const MAX_DOCUMENT = 200_000;
const MAX_UPLOAD = 5_000_000;

function checkedLength(field: string, text: string, max: number): string {
  if (text.length > max) throw ClientErrors.badInput(field, `at most ${max} characters`);
  return text;
}

/** The playground: versions and labels of AI behaviour, datasets, evaluation runs (issue 15). */
@Resolver()
export class PlaygroundResolver {
  @Query(() => [AiConfigKindType], { description: 'The configurable pieces of AI behaviour' })
  aiConfigKinds(): AiConfigKindType[] {
    return Object.entries(AI_CONFIG_KINDS).map(([kind, title]) => ({
      kind,
      title,
      evaluated: isRunnableKind(kind as AiConfigKind),
      gated: Object.hasOwn(EVALUATED_KINDS, kind),
      experiments: (EXPERIMENT_KINDS as readonly string[]).includes(kind),
    }));
  }

  @Query(() => [AiConfigVersionType], { description: 'Every version of a kind, newest first' })
  async aiConfigVersions(@Arg('kind', () => String) kind: string, @Ctx() context: FeedbackContext): Promise<AiConfigVersionType[]> {
    return (await context.playground.versions(kind)).map(presentVersion);
  }

  @Query(() => AiConfigVersionType)
  async aiConfigVersion(@Arg('kind', () => String) kind: string, @Arg('number', () => Int) number: number, @Ctx() context: FeedbackContext): Promise<AiConfigVersionType> {
    return presentVersion(await context.playground.version(kind, number));
  }

  @Query(() => [AiConfigLabelType])
  async aiConfigLabels(@Arg('kind', () => String) kind: string, @Ctx() context: FeedbackContext): Promise<AiConfigLabelType[]> {
    return (await context.playground.labels(kind)).map(presentLabel);
  }

  @Query(() => [AiConfigLabelMoveType], { description: 'Moves of a label, newest first' })
  async aiConfigLabelHistory(@Arg('kind', () => String) kind: string, @Arg('label', () => String) label: string, @Ctx() context: FeedbackContext): Promise<AiConfigLabelMoveType[]> {
    return (await context.playground.labelMoves(kind, label)).map(presentMove);
  }

  @Query(() => AiConfigVersionType, { nullable: true, description: 'The version a label points at: what the agents read' })
  async aiConfigLabelled(@Arg('kind', () => String) kind: string, @Arg('label', () => String) label: string, @Ctx() context: FeedbackContext): Promise<AiConfigVersionType | null> {
    const version = await context.playground.labelled(kind, label);
    return version ? presentVersion(version) : null;
  }

  @Query(() => String, { description: 'A unified diff of an edited document against the newest version, before saving' })
  aiConfigDiffPreview(@Arg('kind', () => String) kind: string, @Arg('content', () => String) content: string, @Ctx() context: FeedbackContext): Promise<string> {
    return context.playground.previewDiff(kind, checkedLength('content', content, MAX_DOCUMENT));
  }

  @Mutation(() => AiConfigVersionType, { description: 'Saves the next version of a kind (validated; the diff is kept)' })
  async saveAiConfigVersion(
    @Arg('kind', () => String) kind: string,
    @Arg('content', () => String) content: string,
    @Arg('message', () => String) message: string,
    @Ctx() context: FeedbackContext,
  ): Promise<AiConfigVersionType> {
    return presentVersion(await context.playground.saveVersion(context.identity, kind, checkedLength('content', content, MAX_DOCUMENT), message));
  }

  @Mutation(() => LabelMoveResultType, { description: 'Points a label at a version; protected labels go through the promotion gate' })
  async moveAiConfigLabel(
    @Arg('kind', () => String) kind: string,
    @Arg('label', () => String) label: string,
    @Arg('version', () => Int) version: number,
    @Ctx() context: FeedbackContext,
    @Arg('overrideReason', () => String, { nullable: true, description: 'Admins only: moves a protected label past a failing gate' }) overrideReason?: string | null,
  ): Promise<LabelMoveResultType> {
    const moved = await context.playground.moveLabel(context.identity, kind, label, version, overrideReason ?? undefined);
    return { label: presentLabel(moved.pointer), gate: moved.gate ? presentGate(moved.gate) : null };
  }

  @Query(() => PromotionGateType, { description: 'Whether a version would pass the promotion gate into production now (runs production on the gate dataset when it has no run there)' })
  async promotionGate(@Arg('kind', () => String) kind: string, @Arg('version', () => Int) version: number, @Ctx() context: FeedbackContext): Promise<PromotionGateType> {
    return presentGate(await context.playground.checkGate(context.identity, kind, version));
  }

  @Mutation(() => LabelMoveResultType, { description: 'Moves a label back to where it pointed before its last move' })
  async rollBackAiConfigLabel(@Arg('kind', () => String) kind: string, @Arg('label', () => String) label: string, @Ctx() context: FeedbackContext): Promise<LabelMoveResultType> {
    const moved = await context.playground.rollBack(context.identity, kind, label);
    return { label: presentLabel(moved.pointer), gate: moved.gate ? presentGate(moved.gate) : null };
  }

  @Query(() => [PlaygroundDatasetType], { description: 'The newest version of every dataset' })
  async playgroundDatasets(@Ctx() context: FeedbackContext): Promise<PlaygroundDatasetType[]> {
    return (await context.playground.datasets()).map(presentDataset);
  }

  @Mutation(() => PlaygroundDatasetType, { description: 'Uploads a CSV (header row) or JSONL dataset; an existing name gets its next version' })
  async uploadPlaygroundDataset(
    @Arg('name', () => String) name: string,
    @Arg('format', () => String, { description: 'csv or jsonl' }) format: string,
    @Arg('content', () => String) content: string,
    @Ctx() context: FeedbackContext,
  ): Promise<PlaygroundDatasetType> {
    if (format !== 'csv' && format !== 'jsonl') throw ClientErrors.badInput('format', 'csv or jsonl');
    return presentDataset(await context.playground.uploadDataset(context.identity, name, format, checkedLength('content', content, MAX_UPLOAD)));
  }

  @Mutation(() => PlaygroundDatasetType, {
    description: 'Builds the next version of a dataset from resolved tickets (PII masked; the sent reply is the reference, the triage category the expected one)',
  })
  async buildPlaygroundDatasetFromHistory(
    @Arg('name', () => String) name: string,
    @Arg('filter', () => HistoryDatasetFilterInput) filter: HistoryDatasetFilterInput,
    @Ctx() context: FeedbackContext,
  ): Promise<PlaygroundDatasetType> {
    const built = await context.playground.buildDatasetFromHistory(context.identity, name, {
      ...(filter.category != null ? { category: filter.category } : {}),
      ...(filter.language != null ? { language: filter.language } : {}),
      ...(filter.minCsat != null ? { minCsat: filter.minCsat } : {}),
      ...(filter.resolvedFrom != null ? { resolvedFrom: filter.resolvedFrom } : {}),
      ...(filter.resolvedTo != null ? { resolvedTo: filter.resolvedTo } : {}),
      limit: filter.limit,
    });
    return presentDataset(built);
  }

  @Mutation(() => PlaygroundDatasetType, {
    description: 'Captures the next version of a dataset from the tickets waiting now (PII masked; no reference answer, the triage category expected when known)',
  })
  async capturePlaygroundDatasetFromQueue(
    @Arg('name', () => String) name: string,
    @Arg('filter', () => QueueDatasetFilterInput) filter: QueueDatasetFilterInput,
    @Ctx() context: FeedbackContext,
  ): Promise<PlaygroundDatasetType> {
    // Statuses and priorities are checked by the service (BAD_USER_INPUT naming the field), so the casts only name the type.
    const captured = await context.playground.captureDatasetFromQueue(context.identity, name, {
      ...(filter.category != null ? { category: filter.category } : {}),
      ...(filter.language != null ? { language: filter.language } : {}),
      ...(filter.priority != null ? { priority: filter.priority as TicketPriority[] } : {}),
      ...(filter.status != null ? { status: filter.status as WaitingStatus[] } : {}),
      limit: filter.limit,
    });
    return presentDataset(captured);
  }

  @Query(() => [EvaluationGraderType], { description: 'The graders a run uses now, with what each can and cannot judge' })
  evaluationGraders(@Ctx() context: FeedbackContext): EvaluationGraderType[] {
    return context.playground.graders();
  }

  @Query(() => PlaygroundCapabilitiesType, { description: 'Whether an LLM is configured for runs and the rubric grader, and which' })
  playgroundCapabilities(@Ctx() context: FeedbackContext): PlaygroundCapabilitiesType {
    return context.playground.capabilities();
  }

  @Mutation(() => EvaluationRunType, { description: 'Runs a version over a dataset through the platform’s agents and grades every item' })
  async runEvaluation(
    @Arg('kind', () => String) kind: string,
    @Arg('version', () => Int) version: number,
    @Arg('dataset', () => String) dataset: string,
    @Ctx() context: FeedbackContext,
    @Arg('datasetVersion', () => Int, { nullable: true }) datasetVersion?: number | null,
    @Arg('responder', () => EvaluationResponder, { defaultValue: 'EMBEDDED', description: 'CONFIGURED_LLM needs an LLM key in the configuration' })
    responder: Responder = 'EMBEDDED',
    @Arg('knowledge', () => EvaluationKnowledge, { defaultValue: 'COMMITTED', description: 'LIVE retrieves from the knowledge subgraph as it is now' })
    knowledge: KnowledgeSource = 'COMMITTED',
  ): Promise<EvaluationRunType> {
    return presentRun(await context.playground.startRun(context.identity, kind, version, dataset, datasetVersion ?? undefined, { responder, knowledge }));
  }

  @Query(() => [EvaluationRunType], { description: 'Runs, newest first (without items)' })
  async evaluationRuns(
    @Ctx() context: FeedbackContext,
    @Arg('kind', () => String, { nullable: true }) kind?: string | null,
    @Arg('dataset', () => String, { nullable: true }) dataset?: string | null,
    @Arg('first', () => Int, { defaultValue: 20 }) first = 20,
  ): Promise<EvaluationRunType[]> {
    return (await context.playground.runs({ ...(kind ? { kind } : {}), ...(dataset ? { dataset } : {}) }, first)).map(presentRun);
  }

  @Query(() => EvaluationRunType, { nullable: true })
  async evaluationRun(@Arg('id', () => ID) id: string, @Ctx() context: FeedbackContext): Promise<EvaluationRunType | null> {
    const run = await context.playground.run(id);
    return run ? presentRun(run) : null;
  }

  @Query(() => [EvaluationItemPairType], { description: 'Two runs side by side, item by item' })
  async compareEvaluationRuns(@Arg('left', () => ID) left: string, @Arg('right', () => ID) right: string, @Ctx() context: FeedbackContext): Promise<EvaluationItemPairType[]> {
    return (await context.playground.compareRuns(left, right)).map((pair) => ({
      itemId: pair.itemId,
      left: pair.left ? presentItem(pair.left) : null,
      right: pair.right ? presentItem(pair.right) : null,
    }));
  }

  @Mutation(() => PlaygroundDraftType, {
    description: 'Drafts a reply to one ticket text with a saved version or an unsaved edit; with a streamId the draft also streams on playgroundTryChunks(streamId) as it is written',
  })
  async tryAiConfig(
    @Arg('kind', () => String) kind: string,
    @Arg('text', () => String) text: string,
    @Ctx() context: FeedbackContext,
    @Arg('version', () => Int, { nullable: true }) version?: number | null,
    @Arg('content', () => String, { nullable: true }) content?: string | null,
    @Arg('customerName', () => String, { nullable: true }) customerName?: string | null,
    @Arg('streamId', () => ID, { nullable: true, description: 'A UUID the client chose and subscribed to with playgroundTryChunks first' }) streamId?: string | null,
  ): Promise<PlaygroundDraftType> {
    if (text.trim() === '') throw ClientErrors.badInput('text', 'must not be empty');
    const item = { id: 'try', text: checkedLength('text', text, 20_000), ...(customerName?.trim() ? { customerName: customerName.trim() } : {}) };
    const chunks = streamId != null ? context.playground.tryStream(context.identity, checkedStreamId(streamId)) : undefined;
    let drafted: DraftedItem;
    try {
      drafted = await context.playground.tryDraft(
        kind,
        { ...(version != null ? { version } : {}), ...(content != null ? { content: checkedLength('content', content, MAX_DOCUMENT) } : {}) },
        item,
        chunks ? (delta) => chunks.delta(delta) : undefined,
      );
    } finally {
      // Also after an error (an invalid document): the subscriber's stream ends instead of waiting.
      await chunks?.done();
    }
    const scores = [faithfulnessGrader, toneGrader].flatMap((grader) => {
      const score = grader.grade(item, drafted.output) as { score: number; note: string } | undefined;
      return score ? [{ grader: grader.name, ...score }] : [];
    });
    return {
      reply: drafted.output.reply,
      citedArticles: [...drafted.output.citedArticles],
      language: drafted.output.language,
      grounded: drafted.output.grounded,
      scores,
      latencyMs: Math.round(drafted.latencyMs),
    };
  }
}
