import type { TextVectorizer } from '../text/sparse-vector.js';
import type { TriageRules } from './triage-rules.js';
import { triageThresholdsSchema, type TriageThresholds } from './triage-thresholds.js';
import type { StageResult, TriageInput, TriageOutcome, TriageProposal, TriageStage, TriageTicket } from './triage-types.js';
import type { SparseVector } from '../text/sparse-vector.js';

export interface TriageCascadeOptions {
  /** Tried in order; the first whose confidence reaches its threshold decides. */
  stages: readonly TriageStage[];
  /** The analysts' rules file: routing (team, priority) comes only from here. */
  rules: TriageRules;
  /** Per-stage minimum confidence; missing entries take the documented defaults. */
  thresholds?: Partial<TriageThresholds>;
  /** Turns ticket text into the vector the cache and ML stages share. Required if they are used. */
  vectorizer?: TextVectorizer;
  /** A proposal of this category means "outside what we can answer": escalate. Default: none. */
  outOfScopeCategory?: string;
}

export interface TriageCascade {
  triage(ticket: TriageTicket): Promise<TriageOutcome>;
}

/** Priority and team for a proposal: the rule's own, else the category's routing entry, else the defaults. */
function route(proposal: TriageProposal, rules: TriageRules) {
  const routing = rules.routing[proposal.category];
  return {
    category: proposal.category,
    priority: proposal.priority ?? routing?.priority ?? rules.defaults.priority,
    team: proposal.team ?? routing?.team ?? rules.defaults.team,
  };
}

function ticketText(ticket: TriageTicket): string {
  return ticket.subject ? `${ticket.subject}\n${ticket.body}` : ticket.body;
}

/** Runs the stages cheapest first and records which one decided, or why the ticket was escalated. */
export function createTriageCascade(options: TriageCascadeOptions): TriageCascade {
  const thresholds = triageThresholdsSchema.parse(options.thresholds ?? {});
  const { stages, rules, vectorizer, outOfScopeCategory } = options;
  return {
    async triage(ticket) {
      const text = ticketText(ticket);
      let vector: SparseVector | undefined;
      const input: TriageInput = {
        ticket,
        text,
        vector() {
          if (!vectorizer) throw new Error('triage cascade: a stage needs a vectorizer but none was configured');
          vector ??= vectorizer.vectorize(text);
          return vector;
        },
      };
      const trace: StageResult[] = [];
      for (const stage of stages) {
        const result = await stage.run(input);
        trace.push(result);
        if (!result.proposal || result.confidence < thresholds[stage.name]) continue;
        if (result.proposal.category === outOfScopeCategory) {
          return { outcome: 'escalated', reason: 'out_of_scope', summary: `${stage.name}: ${result.trace}`, trace };
        }
        return { outcome: 'decided', decidedBy: stage.name, decision: route(result.proposal, rules), confidence: result.confidence, trace };
      }
      const summary = trace.map((r) => `${r.stage}: ${r.trace} (confidence ${r.confidence.toFixed(3)} < ${thresholds[r.stage]})`).join('; ');
      return { outcome: 'escalated', reason: 'low_confidence', summary: summary || 'no triage stage configured', trace };
    },
  };
}
