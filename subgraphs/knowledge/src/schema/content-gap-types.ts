import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('ArticleOutline', { description: 'A first outline for the missing article: a starting point for a person, not an answer' })
export class ArticleOutlineType {
  @Field(() => String) title!: string;
  @Field(() => [String]) sections!: string[];
}

@ObjectType('ContentGap', { description: 'Recent tickets asking the same thing that no help-centre article answers well' })
export class ContentGapType {
  @Field(() => ID, { description: 'Stable while the cluster grows: the same gap keeps its id between reports' }) id!: string;
  @Field(() => Int) ticketCount!: number;
  @Field(() => Float, { description: '0–1: how well the best article covers these tickets (unhelpful-voted articles count half)' }) coverage!: number;
  @Field(() => [String], { description: 'Words most of its tickets share' }) keywords!: string[];
  @Field(() => ArticleOutlineType) outline!: ArticleOutlineType;
}
