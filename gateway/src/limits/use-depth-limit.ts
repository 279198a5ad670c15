import { Kind, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { fragmentsByName } from './fragments-by-name.js';
import { LimitErrors } from './limit-errors.js';

export interface DepthLimitOptions {
  /** Deepest field nesting allowed; a root field is depth 1. Default 10. */
  readonly maxDepth?: number;
}

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
        deepest = Math.max(deepest, 1 + (selection.selectionSet ? depthOf(selection.selectionSet) : 0));
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
