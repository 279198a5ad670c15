import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** BANKING77 as committed in the repository (`datasets/banking77`, CC BY 4.0). Same depth from src/ and dist/. */
const DEFAULT_TRAINING_DATA = fileURLToPath(new URL('../../../../datasets/banking77/train.csv', import.meta.url));

/** TRIAGE_TRAINING_DATA: a path, `none`, or unset for the default when it exists. */
export function triageTrainingDataPath(configured: string | undefined): string | undefined {
  if (configured === 'none') return undefined;
  if (configured) return configured;
  return existsSync(DEFAULT_TRAINING_DATA) ? DEFAULT_TRAINING_DATA : undefined;
}
