import { useApolloClient, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { Macros, RenderMacro, type MacroSummary } from '../routing-operations';

/** `/shortcut` at the end of the text, as typed just before Tab. */
const TRAILING_SHORTCUT = /(^|\s)\/([a-z0-9_-]+)$/i;

export interface MacroShortcut {
  readonly macros: readonly MacroSummary[];
  /** The text with the macro filled in for the ticket, or undefined when it names no macro. */
  expand(text: string): Promise<{ text: string; macroId: string } | undefined>;
  /** The macro's text, filled in for the ticket, appended to `text`. */
  insert(text: string, macroId: string): Promise<{ text: string; macroId: string } | undefined>;
}

/** The macros the agent may use, and filling one in for a ticket in the customer's language. */
export function useMacroShortcut(ticketId: string, language: string | undefined): MacroShortcut {
  const client = useApolloClient();
  const macros = useQuery(Macros).data?.macros ?? [];
  const render = useCallback(
    async (macroId: string) => (await client.query({ query: RenderMacro, variables: { macroId, ticketId, language: language ?? null }, fetchPolicy: 'network-only' })).data?.renderMacro?.text,
    [client, ticketId, language],
  );
  const insert = useCallback(
    async (text: string, macroId: string) => {
      const filled = await render(macroId);
      if (filled === undefined) return undefined;
      return { text: text.trim() ? `${text.trimEnd()}\n${filled}` : filled, macroId };
    },
    [render],
  );
  const expand = useCallback(
    async (text: string) => {
      const match = TRAILING_SHORTCUT.exec(text);
      const macro = match && macros.find((candidate) => candidate.shortcut === match[2]?.toLowerCase());
      if (!match || !macro) return undefined;
      return insert(text.slice(0, text.length - match[0].length + (match[1]?.length ?? 0)), macro.id);
    },
    [macros, insert],
  );
  return { macros, expand, insert };
}
