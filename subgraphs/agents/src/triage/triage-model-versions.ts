import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HeldOutMetrics } from './promotion-gate.js';

export type TriageModelDecision = 'PROMOTED' | 'CANDIDATE';
export type RetrainTrigger = 'startup' | 'request' | 'schedule';

/** One trained model: kept for good, whatever the gate decided, so any version can be brought back. */
export interface TriageModelVersionRecord {
  readonly version: number;
  readonly trainedAt: string;
  readonly trigger: RetrainTrigger;
  /** Examples it trained on, and how many of them were people's corrections or imported labels. */
  readonly examples: number;
  readonly corrections: number;
  readonly metrics: HeldOutMetrics;
  /** The serving version it was compared with (null: none served, or a model from before versions were kept). */
  readonly comparedWith: number | null;
  readonly servingMetrics: HeldOutMetrics | null;
  readonly decision: TriageModelDecision;
  readonly reason: string;
}

interface VersionsFile {
  active: number | null;
  versions: TriageModelVersionRecord[];
}

/**
 * Every version of the triage model under DATA_DIR/models/triage-versions/ (one JSON per version
 * plus an index), and which one serves: the serving one is copied to DATA_DIR/models/triage-model.json,
 * the file the service loads at start. Files are written to a temporary name and renamed into place.
 */
export class TriageModelVersions {
  private readonly folder: string;
  private readonly indexPath: string;

  constructor(
    modelsDir: string,
    private readonly servingPath: string,
  ) {
    this.folder = join(modelsDir, 'triage-versions');
    this.indexPath = join(this.folder, 'index.json');
    mkdirSync(this.folder, { recursive: true });
  }

  list(): readonly TriageModelVersionRecord[] {
    return this.read().versions;
  }

  active(): number | null {
    return this.read().active;
  }

  find(version: number): TriageModelVersionRecord | undefined {
    return this.read().versions.find((record) => record.version === version);
  }

  /** Where the next version's model is written before the gate decides. */
  nextModelPath(): string {
    return this.modelPath(this.read().versions.reduce((max, record) => Math.max(max, record.version), 0) + 1);
  }

  modelPath(version: number): string {
    return join(this.folder, `v${version}.json`);
  }

  record(record: TriageModelVersionRecord): void {
    const index = this.read();
    this.write({ ...index, versions: [...index.versions, record] });
    if (record.decision === 'PROMOTED') this.serve(record.version);
  }

  /** Makes a kept version the serving one (promotion or rollback). */
  serve(version: number): void {
    const temporary = `${this.servingPath}.${process.pid}.tmp`;
    copyFileSync(this.modelPath(version), temporary);
    renameSync(temporary, this.servingPath);
    this.write({ ...this.read(), active: version });
  }

  private read(): VersionsFile {
    return existsSync(this.indexPath) ? (JSON.parse(readFileSync(this.indexPath, 'utf8')) as VersionsFile) : { active: null, versions: [] };
  }

  private write(index: VersionsFile): void {
    const temporary = `${this.indexPath}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(index, null, 2));
    renameSync(temporary, this.indexPath);
  }
}
