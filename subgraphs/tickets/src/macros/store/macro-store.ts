import type { MacroRecord } from '../macro-records.js';

/** Macros. Adapters: SQLite (the embedded mode, kept across restarts) and Redis (shared by replicas). */
export interface MacroStore {
  save(macro: MacroRecord): Promise<void>;
  find(id: string): Promise<MacroRecord | null>;
  list(): Promise<MacroRecord[]>;
  delete(id: string): Promise<boolean>;
  close(): Promise<void>;
}
