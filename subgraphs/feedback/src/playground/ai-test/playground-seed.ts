import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { AI_CONFIG_KINDS, type AiConfigKind } from '../configs/ai-config-kinds.js';
import { configDocumentProblem } from '../configs/config-document-problem.js';

/** The repository's seed configuration: what a fresh playground starts with, and what CI gates. */
export const DEFAULT_SEED_FILE = fileURLToPath(new URL('../../../playground/seed/playground-seed.json', import.meta.url));

const kind = z.enum(Object.keys(AI_CONFIG_KINDS) as [AiConfigKind, ...AiConfigKind[]]);
const SeedManifest = z.strictObject({
  versions: z.array(z.strictObject({ kind, file: z.string(), message: z.string().min(1) })),
  labels: z.partialRecord(kind, z.record(z.string(), z.number().int().positive())),
  gates: z.array(
    z.strictObject({
      kind: z.literal('reply-template'),
      dataset: z.string(),
      articles: z.string(),
      baseline: z.string(),
      graders: z.array(z.string()).min(1),
    }),
  ),
});

export interface SeedVersion {
  readonly kind: AiConfigKind;
  readonly content: string;
  readonly message: string;
}

export interface SeedGate {
  readonly kind: 'reply-template';
  /** Absolute paths. */
  readonly dataset: string;
  readonly articles: string;
  readonly baseline: string;
  readonly graders: readonly string[];
}

export interface PlaygroundSeed {
  /** In order: the n-th version of a kind in this list is its version n. */
  readonly versions: readonly SeedVersion[];
  readonly labels: Partial<Record<AiConfigKind, Record<string, number>>>;
  readonly gates: readonly SeedGate[];
}

/** Reads and checks a seed manifest; paths in it are relative to its folder. Throws on any bad entry. */
export function readPlaygroundSeed(file: string = DEFAULT_SEED_FILE): PlaygroundSeed {
  const folder = dirname(file);
  const manifest = SeedManifest.parse(JSON.parse(readFileSync(file, 'utf8')));
  const versions = manifest.versions.map((entry) => {
    const content = readFileSync(resolve(folder, entry.file), 'utf8');
    const problem = configDocumentProblem(entry.kind, content);
    if (problem) throw new Error(`${entry.file}: ${problem}`);
    return { kind: entry.kind, content, message: entry.message };
  });
  for (const [labelledKind, labels] of Object.entries(manifest.labels)) {
    const count = versions.filter((version) => version.kind === labelledKind).length;
    for (const [label, number] of Object.entries(labels)) {
      if (number > count) throw new Error(`label ${labelledKind}/${label} points at version ${number}, the seed has ${count}`);
    }
  }
  return {
    versions,
    labels: manifest.labels,
    gates: manifest.gates.map((gate) => ({
      ...gate,
      dataset: resolve(folder, gate.dataset),
      articles: resolve(folder, gate.articles),
      baseline: resolve(folder, gate.baseline),
    })),
  };
}

/** The content of the version `label` points at for `kind` in the seed. */
export function seedVersionLabelled(seed: PlaygroundSeed, kind: AiConfigKind, label: string): { number: number; content: string } | undefined {
  const number = seed.labels[kind]?.[label];
  if (number === undefined) return undefined;
  const version = seed.versions.filter((entry) => entry.kind === kind)[number - 1];
  return version ? { number, content: version.content } : undefined;
}
