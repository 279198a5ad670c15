import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Product, Topic } from '../articles/article.js';
import type { KnowledgeContext } from '../knowledge-context.js';
import type { TopicGraph } from '../topics/topic-graph.js';
import { ProductType, TopicType } from '../schema/article-types.js';
import { ProductInput, TopicInput } from '../schema/input-types.js';
import { TopicGraphType } from '../schema/topic-graph-types.js';

@Resolver(() => TopicType)
export class TopicResolver {
  @Query(() => TopicGraphType, { description: 'Topics, products and articles reachable from a topic; customers see PUBLISHED articles only' })
  async topicGraph(
    @Arg('topicId', () => ID) topicId: string,
    @Ctx() context: KnowledgeContext,
    @Arg('depth', () => Int, { defaultValue: 2, description: 'Hops over ABOUT and RELATED, 1–4' }) depth = 2,
  ): Promise<TopicGraph> {
    return context.engine.topics.topicGraph(topicId, depth, context.audience);
  }

  @Mutation(() => TopicType, { description: 'Creates a topic, or renames the one with this id' })
  async createTopic(@Arg('input', () => TopicInput) input: TopicInput, @Ctx() context: KnowledgeContext): Promise<Topic> {
    return context.engine.topics.createTopic({ id: input.id, name: input.name });
  }

  @Mutation(() => ProductType, { description: 'Creates a product, or renames the one with this id' })
  async createProduct(@Arg('input', () => ProductInput) input: ProductInput, @Ctx() context: KnowledgeContext): Promise<Product> {
    return context.engine.topics.createProduct({ id: input.id, name: input.name });
  }
}
