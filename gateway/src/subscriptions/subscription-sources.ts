import type { SubgraphDescriptor, SubscriptionSource, SubscriptionSourceContext } from '@support-graph/runtime';

export interface OpenSubscriptionSources {
  /** Every Subscription field the bridge serves, by field name. */
  readonly byField: ReadonlyMap<string, SubscriptionSource>;
  close(): Promise<void>;
}

/** The sources every subgraph declares for its Subscription fields; two sources for one field are a mistake in the list. */
export async function openSubscriptionSources(subgraphs: readonly SubgraphDescriptor[], context: SubscriptionSourceContext): Promise<OpenSubscriptionSources> {
  const byField = new Map<string, SubscriptionSource>();
  const close = async () => {
    await Promise.all([...byField.values()].map((source) => source.close?.()));
  };
  try {
    for (const subgraph of subgraphs) {
      for (const source of (await subgraph.subscriptionSources?.(context)) ?? []) {
        if (byField.has(source.field)) {
          await source.close?.();
          throw new Error(`Subscription field "${source.field}" has a source in more than one subgraph (${subgraph.name} is the second)`);
        }
        byField.set(source.field, source);
      }
    }
  } catch (error) {
    await close();
    throw error;
  }
  return { byField, close };
}
