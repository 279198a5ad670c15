import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@InputType('ImportFileInput', { description: 'One file to import; the extension picks the reader' })
export class ImportFileInput {
  @Field(() => String, { description: '.md/.markdown (front matter), .jsonl/.ndjson (one article per line) or .html/.htm' })
  name!: string;
  @Field(() => String) content!: string;
}

@ObjectType('ImportNearDuplicate', { description: 'An imported article whose wording almost equals another article' })
export class ImportNearDuplicateType {
  @Field(() => ID) articleId!: string;
  @Field(() => ID) duplicateOfId!: string;
}

@ObjectType('ImportProblem', { description: 'A file or line that was not imported, and why' })
export class ImportProblemType {
  @Field(() => String, { description: 'File name, "file:line", or the external id' }) source!: string;
  @Field(() => String) message!: string;
}

@ObjectType('ImportReport', { description: 'What an import did; re-importing the same files changes nothing' })
export class ImportReportType {
  @Field(() => [ID]) created!: string[];
  @Field(() => [ID], { description: 'Existing articles (same external id) that got a new version' }) updated!: string[];
  @Field(() => [ID]) unchanged!: string[];
  @Field(() => [ImportNearDuplicateType]) nearDuplicates!: ImportNearDuplicateType[];
  @Field(() => [ImportProblemType]) problems!: ImportProblemType[];
  @Field(() => Int, { description: 'Chunks sent to the embedder; unchanged text is never re-embedded' }) embeddedChunks!: number;
}
