import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { ArticleStatus, ArticleStatusValues } from './enums.js';

@ObjectType('Topic', { description: 'A subject articles are about, e.g. "payments"' })
export class TopicType {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
}

@ObjectType('Product', { description: 'A product articles are about' })
export class ProductType {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
}

@ObjectType('ArticleVersion', { description: 'One entry of an article history: who changed what, when, and the content after the change' })
export class ArticleVersionType {
  @Field(() => Int) version!: number;
  @Field(() => String, { description: 'Who made the change (the caller subject)' }) author!: string;
  @Field(() => Date, { description: 'When the change was made' }) changedAt!: string;
  @Field(() => [String], { description: 'What changed: field names, "status:PUBLISHED", "rollback:3", "import"…' }) changes!: string[];
  @Field(() => ArticleStatusValues) status!: ArticleStatus;
  @Field(() => String) title!: string;
  @Field(() => String) summary!: string;
  @Field(() => String, { description: 'Markdown' }) body!: string;
}

@ObjectType('Article', { description: 'A help-centre article; every change is a new version' })
@Directive('@key(fields: "id")')
export class ArticleType {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true, description: 'Id in the system the article was imported from' }) externalId!: string | null;
  @Field(() => String) title!: string;
  @Field(() => String, { description: 'Markdown' }) body!: string;
  @Field(() => String) summary!: string;
  @Field(() => [String]) tags!: string[];
  @Field(() => String, { description: 'Language tag, e.g. en or pt-BR' }) locale!: string;
  @Field(() => ArticleStatusValues) status!: ArticleStatus;
  @Field(() => Int, { description: 'Increases with every change; pass it back to updateArticle' }) version!: number;
  @Field(() => Int) helpfulCount!: number;
  @Field(() => Int) unhelpfulCount!: number;
  // The engine keeps ISO strings; the DateTimeISO scalar serializes them unchanged.
  @Field(() => Date) createdAt!: string;
  @Field(() => Date) updatedAt!: string;
}

@ObjectType('ArticleEdge')
export class ArticleEdgeType {
  @Field(() => String) cursor!: string;
  @Field(() => ArticleType) node!: ArticleType;
}

// Same shape as the tickets subgraph's PageInfo: one shared type in the supergraph.
@ObjectType('PageInfo')
@Directive('@shareable')
export class PageInfoType {
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
}

@ObjectType('ArticleConnection')
export class ArticleConnectionType {
  @Field(() => [ArticleEdgeType]) edges!: ArticleEdgeType[];
  @Field(() => PageInfoType) pageInfo!: PageInfoType;
}
