import type { MacroRecord } from '../macro-records.js';

/** Macros. Adapters: memory (one process) and Redis (shared by replicas). */
export interface MacroStore {
  save(macro: MacroRecord): Promise<void>;
  find(id: string): Promise<MacroRecord | null>;
  list(): Promise<MacroRecord[]>;
  delete(id: string): Promise<boolean>;
  close(): Promise<void>;
}
