import { GraphQLJSON } from 'graphql-scalars';
import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { AgentRunStatus, SentimentLabel, TicketPriority, TriageModelState } from './enums.js';

@ObjectType('Article')
@Directive('@key(fields: "id", resolvable: false)')
export class ArticleReferenceType {
  @Field(() => ID) id!: string;
}

@ObjectType('DraftCitation', { description: 'A help-centre passage a reply draft is based on, shown as a link' })
export class DraftCitationType {
  @Field(() => ArticleReferenceType, { description: 'The cited article (title, externalId… come from the knowledge subgraph)' })
  article!: ArticleReferenceType;
  @Field(() => String, { description: 'The cited chunk of the article' }) chunkId!: string;
  @Field(() => String, { description: 'The passage sentence the reply draws on most' }) quote!: string;
}

@ObjectType('ReplyDraft', { description: 'A reply drafted by the reply-drafting agent, as the customer would read it' })
export class ReplyDraftType {
  @Field(() => String, { description: 'Greeting, answer and closing; no ids and no source list (citations are separate)' }) text!: string;
  @Field(() => String, { description: 'BCP 47 language the reply is written in' }) language!: string;
  @Field(() => Boolean, { description: 'Answered from passages that match the question and support every sentence; false for a holding reply' })
  grounded!: boolean;
  @Field(() => Float, { description: '0–1: how well the cited passages match the question' }) confidence!: number;
  @Field(() => [DraftCitationType]) citations!: DraftCitationType[];
}

@ObjectType('AgentRunExperiment', { description: 'The playground A/B experiment a run was made in: which arm, and the version that arm used' })
export class AgentRunExperimentType {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'The playground kind split, e.g. reply-template' }) kind!: string;
  @Field(() => String, { description: 'control or candidate' }) arm!: string;
  @Field(() => String, { description: 'The label the arm follows' }) label!: string;
  @Field(() => Int, { description: 'The version of the kind the run used' }) version!: number;
}

@ObjectType('AgentRun', { description: 'One execution of one support agent on one ticket' })
@Directive('@key(fields: "id")')
export class AgentRunType {
  @Field(() => ID) id!: string;
  @Field(() => ID) ticketId!: string;
  @Field(() => String, { description: 'Registry name, e.g. triage, reply-drafting' }) agent!: string;
  @Field(() => String) agentVersion!: string;
  @Field(() => AgentRunStatus) status!: AgentRunStatus;
  @Field(() => GraphQLJSON, { description: 'What the agent saw, summarised (ticket number, counts, text hash): never the customer’s words' })
  input!: unknown;
  @Field(() => GraphQLJSON, { nullable: true, description: 'The agent’s result once it succeeded' }) output!: unknown;
  @Field(() => ReplyDraftType, { nullable: true, description: 'The typed reply of a succeeded reply-drafting run; null for other agents' })
  draft!: ReplyDraftType | null;
  @Field(() => Float, { nullable: true, description: '0–1' }) confidence!: number | null;
  @Field(() => String, { nullable: true, description: 'Which part decided, e.g. triage stage rules, cache, ml, llm, escalated' })
  stage!: string | null;
  @Field(() => Float, { nullable: true, description: 'USD; 0 for local work, null when the price is unknown' }) costUsd!: number | null;
  @Field(() => Int) inputTokens!: number;
  @Field(() => Int) outputTokens!: number;
  @Field(() => Float, { nullable: true }) latencyMs!: number | null;
  @Field(() => String, { nullable: true, description: 'provider/model, or local' }) model!: string | null;
  @Field(() => String, { nullable: true }) error!: string | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
  @Field(() => AgentRunExperimentType, { nullable: true, description: 'Set when the run was made in an A/B experiment on a kind that changes this agent' })
  experiment!: AgentRunExperimentType | null;
}

@ObjectType('TicketTriage', { description: 'Category and routing of a ticket, by the triage cascade or a person' })
export class TicketTriageType {
  @Field(() => String, { nullable: true, description: 'Null when the cascade escalated without deciding' }) category!: string | null;
  @Field(() => TicketPriority) priority!: TicketPriority;
  @Field(() => String) team!: string;
  @Field(() => String, { description: 'rules, cache, ml, llm, escalated, or human (an override)' }) decidedBy!: string;
  @Field(() => Float) confidence!: number;
  @Field(() => Boolean, { description: 'No stage was sure enough' }) escalated!: boolean;
  @Field(() => Boolean, { description: 'A person confirmed the decision' }) accepted!: boolean;
  @Field(() => Boolean, { description: 'A person corrected it; the fields show the correction' }) overridden!: boolean;
  @Field(() => ID, { nullable: true, description: 'The triage run behind it' }) runId!: string | null;
}

@ObjectType('TicketSentiment')
export class TicketSentimentType {
  @Field(() => SentimentLabel) label!: SentimentLabel;
  @Field(() => Float, { description: '-1 (very negative) … 1' }) score!: number;
  @Field(() => Float, { description: '0–1' }) frustration!: number;
  @Field(() => Float, { description: '0–1' }) urgency!: number;
  @Field(() => [String]) cues!: string[];
}

@ObjectType('MissingInformationItem')
export class MissingInformationItemType {
  @Field(() => String, { description: 'e.g. order_number' }) key!: string;
  @Field(() => String) label!: string;
  @Field(() => String, { description: 'The question put to the customer, in their language' }) question!: string;
}

@ObjectType('MissingInformation', { description: 'What the ticket still lacks for its category' })
export class MissingInformationType {
  @Field(() => Boolean) complete!: boolean;
  @Field(() => [MissingInformationItemType]) missing!: MissingInformationItemType[];
  @Field(() => String, { nullable: true, description: 'The message that asks the customer for it' }) askMessage!: string | null;
}

@ObjectType('TicketEscalation', { description: 'Whether a person should take over, and what they need to know' })
export class TicketEscalationType {
  @Field(() => Boolean) escalate!: boolean;
  @Field(() => Float, { description: '0–1: combined strength of the signals' }) score!: number;
  @Field(() => [String]) reasons!: string[];
  @Field(() => String) handoffSummary!: string;
}

@ObjectType('TicketLanguage')
export class TicketLanguageType {
  @Field(() => String, { description: 'BCP 47 tag; und when it cannot be told' }) code!: string;
  @Field(() => Float) confidence!: number;
}

@ObjectType('TriageModelStatus')
export class TriageModelStatusType {
  @Field(() => TriageModelState) state!: TriageModelState;
  @Field(() => Date, { nullable: true }) trainedAt!: Date | null;
  @Field(() => Int, { nullable: true }) examples!: number | null;
  @Field(() => String, { nullable: true }) lastError!: string | null;
  @Field(() => Int, { nullable: true, description: 'The serving version (triageModelVersions)' }) version!: number | null;
}

@ObjectType('Ticket')
@Directive('@key(fields: "id")')
export class TicketType {
  @Field(() => ID) id!: string;
}

@ObjectType('TriageCategory', { description: 'A category triage can decide, with its display name and owning team (support_agents/rules/taxonomy.yaml)' })
export class TriageCategoryType {
  @Field(() => ID, { description: 'The label triage decides, e.g. card_arrival' }) id!: string;
  @Field(() => String, { description: 'Display name, e.g. Card arrival' }) name!: string;
  @Field(() => String, { description: 'Key of the team that owns it' }) team!: string;
  @Field(() => String, { description: 'Display name of that team' }) teamName!: string;
}
