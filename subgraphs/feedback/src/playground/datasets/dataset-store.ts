import type { DatasetItem } from './dataset-item.js';

/** Where a dataset version came from. */
export type DatasetSource = 'upload' | 'history' | 'queue' | 'seed';

export interface DatasetVersion {
  readonly name: string;
  readonly version: number;
  readonly source: DatasetSource;
  readonly items: readonly DatasetItem[];
  readonly createdBy: string;
  readonly createdAt: string;
}

/** Datasets, versioned by name: an upload under an existing name is its next version. */
export interface DatasetStore {
  append(dataset: { name: string; source: DatasetSource; items: readonly DatasetItem[]; createdBy: string }): Promise<DatasetVersion>;
  /** The newest version when `version` is omitted. */
  dataset(name: string, version?: number): Promise<DatasetVersion | undefined>;
  /** The newest version of every dataset, by name. */
  latestVersions(): Promise<DatasetVersion[]>;
}
