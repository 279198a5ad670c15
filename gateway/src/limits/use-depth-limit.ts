import { Kind, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { fragmentsByName } from './fragments-by-name.js';
import { LimitErrors } from './limit-errors.js';

export interface DepthLimitOptions {
  /** Deepest field nesting allowed; a root field is depth 1. Default 10. */
  readonly maxDepth?: number;
}

/**
 * Introspection nests by the introspection schema, not by our data: GraphiQL's query is 15 levels deep
 * (`ofType` unwrapping `[Type!]!`), yet every level is a cheap lookup in the schema held in memory. So a
 * `__schema` / `__type` field counts as depth 1 while its own subtree stays within this bound; deeper
 * (an `ofType` bomb) it counts in full. Who may introspect at all is use-introspection-policy.ts's job.
 */
export const INTROSPECTION_MAX_DEPTH = 25;
const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

/**
 * How deep an operation nests fields. Fragments are measured once each (memoised), so a document
 * that spreads fragments exponentially costs linear time here.
 */
export function operationDepth(operation: OperationDefinitionNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>): number {
  const fragmentDepth = new Map<string, number>();
  const depthOf = (selectionSet: SelectionSetNode): number => {
    let deepest = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const below = selection.selectionSet ? depthOf(selection.selectionSet) : 0;
        const introspection = INTROSPECTION_FIELDS.has(selection.name.value) && below < INTROSPECTION_MAX_DEPTH;
        deepest = Math.max(deepest, introspection ? 1 : 1 + below);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet));
      } else {
        const name = selection.name.value;
        let depth = fragmentDepth.get(name);
        if (depth === undefined) {
          const fragment = fragments.get(name);
          depth = fragment ? depthOf(fragment.selectionSet) : 0;
          fragmentDepth.set(name, depth);
        }
        deepest = Math.max(deepest, depth);
      }
    }
    return deepest;
  };
  return depthOf(operation.selectionSet);
}

/** Refuses operations nested deeper than `maxDepth` with QUERY_TOO_DEEP, before the gateway plans them. */
export function useDepthLimit<TContext extends BaseContext>(options: DepthLimitOptions = {}): ApolloServerPlugin<TContext> {
  const maxDepth = options.maxDepth ?? 10;
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document }) {
          if (!operation) return;
          const depth = operationDepth(operation, fragmentsByName(document));
          if (depth > maxDepth) throw LimitErrors.tooDeep(depth, maxDepth);
        },
      };
    },
  };
}
