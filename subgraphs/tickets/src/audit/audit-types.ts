import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('AuditEntry', { description: 'One link of a service audit chain; details never hold personal data' })
export class AuditEntryType {
  @Field(() => Int) sequence!: number;
  @Field(() => String, { description: 'ISO 8601, UTC' }) time!: string;
  @Field(() => String) service!: string;
  @Field(() => String) actorSubject!: string;
  @Field(() => String) actorRole!: string;
  @Field(() => String) action!: string;
  @Field(() => String) targetType!: string;
  @Field(() => String) targetId!: string;
  @Field(() => String, { description: 'JSON object: ids, counts, hashes, field names' }) details!: string;
  @Field(() => String) previousHash!: string;
  @Field(() => String, { description: 'sha256(previousHash + canonical JSON of the entry)' }) hash!: string;
}

@ObjectType('AuditLogPage')
export class AuditLogPageType {
  @Field(() => [AuditEntryType]) entries!: AuditEntryType[];
  @Field(() => Boolean) hasNextPage!: boolean;
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page' }) endCursor!: string | null;
}
