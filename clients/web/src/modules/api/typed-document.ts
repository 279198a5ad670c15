import type { TypedDocumentNode } from '@apollo/client';
import { parse } from 'graphql';

/** An operation's text (a `graphql/*.graphql` file) parsed, with the hand-written types of its result and variables attached. */
export function typedDocument<TData, TVariables extends Record<string, unknown> = Record<string, never>>(text: string): TypedDocumentNode<TData, TVariables> {
  return parse(text);
}
