import { Kind, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { fragmentsByName } from './fragments-by-name.js';
import { LimitErrors } from './limit-errors.js';

export interface RootFieldLimitOptions {
  /** Most top-level fields in one operation (each is at least one subgraph fetch). Default 10. */
  readonly maxRootFields?: number;
}

/** Top-level fields of a selection set, looking through inline fragments and fragment spreads (each fragment counted once, memoised). */
export function rootFieldCount(selectionSet: SelectionSetNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>): number {
  const fragmentFields = new Map<string, number>();
  const countIn = (selections: SelectionSetNode): number => {
    let count = 0;
    for (const selection of selections.selections) {
      if (selection.kind === Kind.FIELD) count += selection.name.value === '__typename' ? 0 : 1;
      else if (selection.kind === Kind.INLINE_FRAGMENT) count += countIn(selection.selectionSet);
      else {
        const name = selection.name.value;
        let fields = fragmentFields.get(name);
        if (fields === undefined) {
          const fragment = fragments.get(name);
          fields = fragment ? countIn(fragment.selectionSet) : 0;
          fragmentFields.set(name, fields);
        }
        count += fields;
      }
    }
    return count;
  };
  return countIn(selectionSet);
}

/** Refuses operations selecting more than `maxRootFields` top-level fields with TOO_MANY_ROOT_FIELDS. */
export function useRootFieldLimit<TContext extends BaseContext>(options: RootFieldLimitOptions = {}): ApolloServerPlugin<TContext> {
  const maxRootFields = options.maxRootFields ?? 10;
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document }) {
          if (!operation) return;
          const rootFields = rootFieldCount(operation.selectionSet, fragmentsByName(document));
          if (rootFields > maxRootFields) throw LimitErrors.tooManyRootFields(rootFields, maxRootFields);
        },
      };
    },
  };
}
