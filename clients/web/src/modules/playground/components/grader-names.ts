/** Grader names in words a support lead reads. */
export const GRADER_NAMES: Record<string, string> = {
  category: 'Category',
  'missing-information': 'Missing info',
  escalation: 'Escalation',
  citation: 'Right article',
  faithfulness: 'Faithfulness',
  completeness: 'Completeness',
  language: 'Language',
  tone: 'Tone',
  'llm-rubric': 'LLM rubric',
};

export function graderName(grader: string): string {
  return GRADER_NAMES[grader] ?? grader;
}

export function percent(score: number): string {
  return `${Math.round(score * 100)} %`;
}
