import {
  Kind,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { fragmentsByName } from './fragments-by-name.js';
import { LimitErrors } from './limit-errors.js';

export interface CostLimitOptions {
  /** Highest estimated cost allowed. Default 5000. */
  readonly maxCost?: number;
  /** Size assumed for a list field without a `first`/`last` argument. Default 10. */
  readonly defaultListSize?: number;
}

export interface CostEstimateInput {
  readonly schema: GraphQLSchema;
  readonly operation: OperationDefinitionNode;
  readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  readonly variables: Readonly<Record<string, unknown>>;
  readonly defaultListSize: number;
}

const PAGE_SIZE_ARGUMENTS = ['first', 'last'];

/** The page a field asks for through `first`/`last` (literal, variable or schema default); undefined when it takes neither. */
function requestedPageSize(node: FieldNode, field: GraphQLField<unknown, unknown>, variables: Readonly<Record<string, unknown>>): number | undefined {
  for (const name of PAGE_SIZE_ARGUMENTS) {
    const definition = field.args.find((argument) => argument.name === name);
    if (!definition) continue;
    const value = node.arguments?.find((argument) => argument.name.value === name)?.value;
    if (value?.kind === Kind.INT) return Number(value.value);
    if (value?.kind === Kind.VARIABLE) {
      const given = variables[value.name.value];
      if (typeof given === 'number') return given;
    }
    if (typeof definition.defaultValue === 'number') return definition.defaultValue;
  }
  return undefined;
}

/**
 * Estimated cost of an operation: every field costs 1, and everything below a list is multiplied
 * by its size — the `first`/`last` it asks for, or `defaultListSize`. The list directly inside a
 * paginated field (a connection's `edges`) is that page, so it is not multiplied a second time.
 * Fragments are costed once per (name, position) and reused, so fragment fan-out stays linear.
 */
export function estimateCost(input: CostEstimateInput): number {
  const { schema, fragments, variables, defaultListSize } = input;
  const fragmentCost = new Map<string, number>();

  const costOf = (selectionSet: SelectionSetNode, parentType: GraphQLNamedType | undefined, insidePage: boolean): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parentType;
        total += costOf(selection.selectionSet, type, insidePage);
      } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const key = `${selection.name.value}:${insidePage}`;
        let cost = fragmentCost.get(key);
        if (cost === undefined) {
          const fragment = fragments.get(selection.name.value);
          cost = fragment ? costOf(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value), insidePage) : 0;
          fragmentCost.set(key, cost);
        }
        total += cost;
      } else if (!selection.name.value.startsWith('__')) {
        const field = isObjectType(parentType) || isInterfaceType(parentType) ? parentType.getFields()[selection.name.value] : undefined;
        total += 1;
        if (field && selection.selectionSet) {
          const pageSize = requestedPageSize(selection, field, variables);
          const listSize = isListType(getNullableType(field.type)) ? (insidePage ? 1 : defaultListSize) : 1;
          total += (pageSize ?? listSize) * costOf(selection.selectionSet, getNamedType(field.type), pageSize !== undefined);
        }
      }
    }
    return total;
  };

  const rootType = schema.getRootType(input.operation.operation) ?? undefined;
  return costOf(input.operation.selectionSet, rootType, false);
}

/** Refuses operations whose estimated cost passes `maxCost` with QUERY_TOO_COSTLY, before the gateway plans them. */
export function useCostLimit<TContext extends BaseContext>(options: CostLimitOptions = {}): ApolloServerPlugin<TContext> {
  const maxCost = options.maxCost ?? 5000;
  const defaultListSize = options.defaultListSize ?? 10;
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, operation, document, request }) {
          if (!operation) return;
          const cost = estimateCost({ schema, operation, fragments: fragmentsByName(document), variables: request.variables ?? {}, defaultListSize });
          if (cost > maxCost) throw LimitErrors.tooCostly(cost, maxCost);
        },
      };
    },
  };
}
