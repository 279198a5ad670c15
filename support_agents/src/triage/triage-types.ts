import type { SparseVector } from '../text/sparse-vector.js';

export type TicketPriority = 'low' | 'normal' | 'high' | 'urgent';

/** The text of a ticket as triage sees it. */
export interface TriageTicket {
  subject?: string;
  body: string;
}

/** What a stage proposes. Only rules may set priority or team; the other stages name a category. */
export interface TriageProposal {
  category: string;
  priority?: TicketPriority;
  team?: string;
}

/** What triage settled on: the category, and the priority and team routed from the rules file. */
export interface TriageDecision {
  category: string;
  priority: TicketPriority;
  team: string;
}

export type TriageStageName = 'rules' | 'cache' | 'ml' | 'llm';

/** One stage's answer: a proposal (if it has one), how sure it is in [0, 1], and why. */
export interface StageResult {
  stage: TriageStageName;
  proposal?: TriageProposal;
  confidence: number;
  trace: string;
}

/** A ticket on its way through the cascade; `vector()` is computed at most once and shared by the stages. */
export interface TriageInput {
  ticket: TriageTicket;
  text: string;
  vector(): SparseVector;
}

/** One step of the cascade. Stages never change the rules or routing; they only propose. */
export interface TriageStage {
  readonly name: TriageStageName;
  run(input: TriageInput): StageResult | Promise<StageResult>;
}

export type TriageOutcome =
  | { outcome: 'decided'; decidedBy: TriageStageName; decision: TriageDecision; confidence: number; trace: StageResult[] }
  | { outcome: 'escalated'; reason: EscalationReason; summary: string; trace: StageResult[] };

/** `out_of_scope`: a stage recognised the ticket as outside every known category; `low_confidence`: no stage reached its threshold. */
export type EscalationReason = 'out_of_scope' | 'low_confidence';

/** A resolved ticket's text and its correct category: what the learnable stages train on. */
export interface LabelledText {
  text: string;
  label: string;
}
