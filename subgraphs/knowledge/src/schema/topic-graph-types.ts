import { Field, ID, ObjectType } from 'type-graphql';
import { TopicGraphEdgeKind, TopicGraphNodeKind } from './enums.js';

@ObjectType('TopicGraphNode')
export class TopicGraphNodeType {
  @Field(() => ID) id!: string;
  @Field(() => TopicGraphNodeKind) kind!: TopicGraphNodeKind;
  @Field(() => String, { description: 'Topic or product name, or article title' }) label!: string;
}

@ObjectType('TopicGraphEdge')
export class TopicGraphEdgeType {
  @Field(() => ID) from!: string;
  @Field(() => ID) to!: string;
  @Field(() => TopicGraphEdgeKind) kind!: TopicGraphEdgeKind;
}

@ObjectType('TopicGraph', { description: 'Topics, products and articles reachable from one topic' })
export class TopicGraphType {
  @Field(() => [TopicGraphNodeType]) nodes!: TopicGraphNodeType[];
  @Field(() => [TopicGraphEdgeType]) edges!: TopicGraphEdgeType[];
}
