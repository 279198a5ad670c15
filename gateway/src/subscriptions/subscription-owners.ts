import { Kind, parse, type ConstDirectiveNode } from 'graphql';

/** The subgraph that declares a Subscription field, as the supergraph's join directives say. */
export interface SubscriptionOwner {
  readonly name: string;
  readonly url: string;
}

function stringArgument(directive: ConstDirectiveNode, name: string): string | undefined {
  const value = directive.arguments?.find((argument) => argument.name.value === name)?.value;
  return value?.kind === Kind.STRING || value?.kind === Kind.ENUM ? value.value : undefined;
}

/** Subscription field name → owning subgraph, read from `@join__graph` / `@join__field` / `@join__type`. */
export function subscriptionOwners(supergraphSdl: string): ReadonlyMap<string, SubscriptionOwner> {
  const document = parse(supergraphSdl);
  const graphs = new Map<string, SubscriptionOwner>();
  const owners = new Map<string, SubscriptionOwner>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== 'join__Graph') continue;
    for (const value of definition.values ?? []) {
      const directive = value.directives?.find((candidate) => candidate.name.value === 'join__graph');
      if (directive) graphs.set(value.name.value, { name: stringArgument(directive, 'name') ?? '', url: stringArgument(directive, 'url') ?? '' });
    }
  }
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION || definition.name.value !== 'Subscription') continue;
    const typeGraphs = (definition.directives ?? []).filter((directive) => directive.name.value === 'join__type').map((directive) => stringArgument(directive, 'graph'));
    for (const field of definition.fields ?? []) {
      const fieldGraph = field.directives?.find((directive) => directive.name.value === 'join__field');
      const graph = fieldGraph ? stringArgument(fieldGraph, 'graph') : typeGraphs.length === 1 ? typeGraphs[0] : undefined;
      const owner = graph ? graphs.get(graph) : undefined;
      if (owner) owners.set(field.name.value, owner);
    }
  }
  return owners;
}
