import { Kind, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { fragmentsByName } from './fragments-by-name.js';
import { LimitErrors } from './limit-errors.js';

export interface AliasLimitOptions {
  /** Most aliased fields in one operation, counting each fragment spread again. Default 15. */
  readonly maxAliases?: number;
}

/** How many aliased fields an operation executes; fragments are counted once each and multiplied by their spreads. */
export function aliasCount(operation: OperationDefinitionNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>): number {
  const fragmentAliases = new Map<string, number>();
  const countIn = (selectionSet: SelectionSetNode): number => {
    let count = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        count += (selection.alias ? 1 : 0) + (selection.selectionSet ? countIn(selection.selectionSet) : 0);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        count += countIn(selection.selectionSet);
      } else {
        const name = selection.name.value;
        let aliases = fragmentAliases.get(name);
        if (aliases === undefined) {
          const fragment = fragments.get(name);
          aliases = fragment ? countIn(fragment.selectionSet) : 0;
          fragmentAliases.set(name, aliases);
        }
        count += aliases;
      }
    }
    return count;
  };
  return countIn(operation.selectionSet);
}

/**
 * Refuses operations with more than `maxAliases` aliases (TOO_MANY_ALIASES): aliases are how one
 * request asks for the same expensive field hundreds of times.
 */
export function useAliasLimit<TContext extends BaseContext>(options: AliasLimitOptions = {}): ApolloServerPlugin<TContext> {
  const maxAliases = options.maxAliases ?? 15;
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document }) {
          if (!operation) return;
          const aliases = aliasCount(operation, fragmentsByName(document));
          if (aliases > maxAliases) throw LimitErrors.tooManyAliases(aliases, maxAliases);
        },
      };
    },
  };
}
