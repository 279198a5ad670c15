import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** BANKING77 beside the repository (`../shared/data`), where the team keeps its labelled data. Same depth from src/ and dist/. */
const DEFAULT_TRAINING_DATA = fileURLToPath(new URL('../../../../../shared/data/banking77/train.csv', import.meta.url));

/** TRIAGE_TRAINING_DATA: a path, `none`, or unset for the default when it exists. */
export function triageTrainingDataPath(configured: string | undefined): string | undefined {
  if (configured === 'none') return undefined;
  if (configured) return configured;
  return existsSync(DEFAULT_TRAINING_DATA) ? DEFAULT_TRAINING_DATA : undefined;
}
