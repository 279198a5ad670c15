import { Field, ID, InputType, Int } from 'type-graphql';
import { ArticleStatus, ArticleStatusValues } from './enums.js';

@InputType('ArticleFilter', { description: 'Every given condition must hold; customers always get PUBLISHED only' })
export class ArticleFilterInput {
  @Field(() => [ArticleStatusValues], { nullable: true }) status?: ArticleStatus[] | null;
  @Field(() => String, { nullable: true }) locale?: string | null;
  @Field(() => [String], { nullable: true, description: 'Articles carrying any of these tags' }) tags?: string[] | null;
  @Field(() => ID, { nullable: true }) topicId?: string | null;
  @Field(() => ID, { nullable: true }) productId?: string | null;
}

@InputType('CreateArticleInput', { description: 'A new article starts as a DRAFT at version 1' })
export class CreateArticleInput {
  @Field(() => String) title!: string;
  @Field(() => String, { description: 'Markdown' }) body!: string;
  @Field(() => String, { nullable: true }) summary?: string | null;
  @Field(() => [String], { nullable: true }) tags?: string[] | null;
  @Field(() => String, { nullable: true, description: 'Default en' }) locale?: string | null;
  @Field(() => [ID], { nullable: true }) topicIds?: string[] | null;
  @Field(() => [ID], { nullable: true }) productIds?: string[] | null;
  @Field(() => String, { nullable: true, description: 'Id in another system; imports with the same id update this article' })
  externalId?: string | null;
}

@InputType('UpdateArticleInput', { description: 'Omitted fields keep their value; a real change makes a new version' })
export class UpdateArticleInput {
  @Field(() => Int, { description: 'The version you read; a newer stored version fails with CONFLICT' }) version!: number;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true, description: 'Markdown' }) body?: string | null;
  @Field(() => String, { nullable: true }) summary?: string | null;
  @Field(() => [String], { nullable: true }) tags?: string[] | null;
  @Field(() => String, { nullable: true }) locale?: string | null;
  @Field(() => [ID], { nullable: true, description: 'Replaces the topics' }) topicIds?: string[] | null;
  @Field(() => [ID], { nullable: true, description: 'Replaces the products' }) productIds?: string[] | null;
}

@InputType('TopicInput')
export class TopicInput {
  @Field(() => ID, { description: '1–100 letters, digits, ".", "_" or "-"; saving an existing id renames it' }) id!: string;
  @Field(() => String) name!: string;
}

@InputType('ProductInput')
export class ProductInput {
  @Field(() => ID, { description: '1–100 letters, digits, ".", "_" or "-"; saving an existing id renames it' }) id!: string;
  @Field(() => String) name!: string;
}
