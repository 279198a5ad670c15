import { articleCitationGrader } from './article-citation-grader.js';
import { categoryAccuracyGrader } from './category-accuracy-grader.js';
import { completenessGrader } from './completeness-grader.js';
import { escalationGrader } from './escalation-grader.js';
import { faithfulnessGrader } from './faithfulness-grader.js';
import type { Grader } from './grader.js';
import { languageMatchGrader } from './language-match-grader.js';
import { missingInformationGrader } from './missing-information-grader.js';
import { toneGrader } from './tone-grader.js';

/** The graders that need no LLM, in the order results list them. The LLM rubric grader joins when a provider is configured. */
export const BUILT_IN_GRADERS: readonly Grader[] = [
  categoryAccuracyGrader,
  missingInformationGrader,
  escalationGrader,
  articleCitationGrader,
  faithfulnessGrader,
  completenessGrader,
  languageMatchGrader,
  toneGrader,
];

export function graderNamed(name: string, graders: readonly Grader[] = BUILT_IN_GRADERS): Grader | undefined {
  return graders.find((grader) => grader.name === name);
}
