import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('ArticleChunk', { description: 'The passage of an article a search matched (articles are indexed in heading-sized chunks)' })
export class ArticleChunkType {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'Position of the chunk in the article, from 0' }) position!: number;
  @Field(() => String, { description: 'The heading the chunk sits under; empty before the first heading' }) heading!: string;
  @Field(() => String) text!: string;
}

@ObjectType('KnowledgeHit', { description: 'One article found by a search or suggested for a ticket' })
export class KnowledgeHitType {
  @Field(() => Float, { description: 'Larger is better; comparable only within one result list' }) score!: number;
  @Field(() => String, { description: 'HTML-escaped excerpt of the matching chunk with query terms in <mark>' }) snippet!: string;
  @Field(() => ArticleChunkType) chunk!: ArticleChunkType;
}
