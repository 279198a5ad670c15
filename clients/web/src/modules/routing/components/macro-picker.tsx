import type { MacroSummary } from '../routing-operations';

/** Inserts a saved reply into the reply box (or type `/shortcut` and press Tab). */
export function MacroPicker({ macros, onPick }: { macros: readonly MacroSummary[]; onPick: (macroId: string) => void }) {
  if (macros.length === 0) return null;
  return (
    <label className="macro-picker">
      Macro
      <select value="" onChange={(event) => event.target.value && onPick(event.target.value)}>
        <option value="">Insert…</option>
        {macros.map((macro) => (
          <option key={macro.id} value={macro.id}>
            /{macro.shortcut} — {macro.name}
          </option>
        ))}
      </select>
    </label>
  );
}
