import {
  Kind,
  parse,
  print,
  visit,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import type { SubscriptionArguments, SubscriptionSource } from '@support-graph/runtime';

/** The alias under which the delivery gate's entity is fetched. */
export const GATE_ALIAS = 'sgDeliveryGate';
const ID_VARIABLE = (index: number) => `sgEntityId${index}`;

/**
 * The query that fetches, for one event, the entity fields of a subscription's selection (e.g.
 * `ticket { subject triage { category } }`) by id, through the gateway's own executor. Built once
 * per subscription; the entity ids change per event.
 */
export interface PayloadQuery {
  readonly text: string;
  /** Subscription variables the query uses (a sub-selection may, e.g. `first: $n`). */
  readonly variableNames: readonly string[];
  /** Response key → how to find the entity id in the payload. */
  readonly entities: readonly { readonly idVariable: string; readonly field: string }[];
}

const TYPENAME: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };

/** `__typename` in every selection set, so abstract types resolve when the selection is re-executed. */
function withTypenames(selectionSet: SelectionSetNode): SelectionSetNode {
  return visit(selectionSet, {
    SelectionSet: (node) => ({ ...node, selections: [...node.selections, TYPENAME] }),
  }) as SelectionSetNode;
}

/** The root field's entity fields, grouped by response key (fragments on the payload type included). */
function entityFields(selectionSet: SelectionSetNode, entityNames: ReadonlySet<string>, fragments: ReadonlyMap<string, FragmentDefinitionNode>): Map<string, FieldNode[]> {
  const found = new Map<string, FieldNode[]>();
  const walk = (selections: readonly SelectionNode[]) => {
    for (const selection of selections) {
      if (selection.kind === Kind.FIELD) {
        if (!entityNames.has(selection.name.value)) continue;
        const key = selection.alias?.value ?? selection.name.value;
        found.set(key, [...(found.get(key) ?? []), selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet.selections);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (fragment) walk(fragment.selectionSet.selections);
      }
    }
  };
  walk(selectionSet.selections);
  return found;
}

function idArgument(variable: string): FieldNode['arguments'] {
  return [{ kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'id' }, value: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: variable } } }];
}

/** Names of the variables and fragments a set of nodes uses, fragments followed transitively. */
function usages(nodes: readonly FieldNode[], fragments: ReadonlyMap<string, FragmentDefinitionNode>): { variables: Set<string>; fragments: Set<string> } {
  const variables = new Set<string>();
  const used = new Set<string>();
  const pending: { kind: string }[] = [...nodes];
  while (pending.length > 0) {
    visit(pending.pop() as FieldNode, {
      Variable: (node) => {
        variables.add(node.name.value);
      },
      FragmentSpread: (node) => {
        const fragment = fragments.get(node.name.value);
        if (fragment && !used.has(node.name.value)) {
          used.add(node.name.value);
          pending.push(fragment);
        }
      },
    });
  }
  return { variables, fragments: used };
}

/** Undefined when the subscription needs no entity at all (a reply stream, or a selection without one and no gate). */
export function buildPayloadQuery(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  root: FieldNode,
  source: SubscriptionSource,
  args: SubscriptionArguments,
): PayloadQuery | undefined {
  const fragments = new Map(document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION).map((fragment) => [fragment.name.value, fragment]));
  const grouped = root.selectionSet ? entityFields(root.selectionSet, new Set(Object.keys(source.entities)), fragments) : new Map<string, FieldNode[]>();
  const fields: FieldNode[] = [];
  const entities: { idVariable: string; field: string }[] = [];
  for (const [responseKey, nodes] of grouped) {
    const field = nodes[0]?.name.value ?? '';
    const reference = source.entities[field];
    if (!reference) continue;
    const idVariable = ID_VARIABLE(entities.length);
    entities.push({ idVariable, field });
    const selections = nodes.flatMap((node) => node.selectionSet?.selections ?? []);
    fields.push({
      kind: Kind.FIELD,
      alias: { kind: Kind.NAME, value: responseKey },
      name: { kind: Kind.NAME, value: reference.queryField },
      arguments: idArgument(idVariable),
      selectionSet: withTypenames({ kind: Kind.SELECTION_SET, selections }),
    });
  }
  if (source.gate) {
    const reference = source.entities[source.gate.entity];
    if (reference) {
      const idVariable = ID_VARIABLE(entities.length);
      entities.push({ idVariable, field: source.gate.entity });
      const selection = parse(`{ id ${source.gate.selection(args)} }`).definitions[0] as OperationDefinitionNode;
      fields.push({ kind: Kind.FIELD, alias: { kind: Kind.NAME, value: GATE_ALIAS }, name: { kind: Kind.NAME, value: reference.queryField }, arguments: idArgument(idVariable), selectionSet: selection.selectionSet });
    }
  }
  if (fields.length === 0) return undefined;
  const used = usages(fields, fragments);
  const variableDefinitions = [
    ...(operation.variableDefinitions ?? []).filter((definition) => used.variables.has(definition.variable.name.value)),
    ...entities.map(({ idVariable }) => ({
      kind: Kind.VARIABLE_DEFINITION as const,
      variable: { kind: Kind.VARIABLE as const, name: { kind: Kind.NAME as const, value: idVariable } },
      type: { kind: Kind.NON_NULL_TYPE as const, type: { kind: Kind.NAMED_TYPE as const, name: { kind: Kind.NAME as const, value: 'ID' } } },
    })),
  ];
  const query: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: [
      { kind: Kind.OPERATION_DEFINITION, operation: 'query' as never, name: { kind: Kind.NAME, value: 'SubscriptionPayload' }, variableDefinitions, selectionSet: { kind: Kind.SELECTION_SET, selections: fields } },
      ...[...used.fragments].flatMap((name) => {
        const fragment = fragments.get(name);
        return fragment ? [{ ...fragment, selectionSet: withTypenames(fragment.selectionSet) }] : [];
      }),
    ],
  };
  return { text: print(query), variableNames: [...used.variables], entities };
}
