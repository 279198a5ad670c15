import type { MacroRecord } from '../../macro-records.js';
import type { MacroStore } from '../macro-store.js';

export class MemoryMacroStore implements MacroStore {
  private readonly macros = new Map<string, MacroRecord>();

  async save(macro: MacroRecord): Promise<void> {
    this.macros.set(macro.id, macro);
  }

  async find(id: string): Promise<MacroRecord | null> {
    return this.macros.get(id) ?? null;
  }

  async list(): Promise<MacroRecord[]> {
    return [...this.macros.values()];
  }

  async delete(id: string): Promise<boolean> {
    return this.macros.delete(id);
  }

  async close(): Promise<void> {}
}
