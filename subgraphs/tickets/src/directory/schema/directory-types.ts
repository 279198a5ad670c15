import { Directive, Field, ID, InputType, ObjectType } from 'type-graphql';

@ObjectType('Team')
@Directive('@key(fields: "id")')
export class TeamType {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
}

@ObjectType('User', { description: 'Someone (or a service account) who works tickets' })
@Directive('@key(fields: "id")')
export class UserType {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) email!: string;
  @Field(() => String, { nullable: true }) name!: string;
  @Field(() => String, { description: 'agent, lead, admin, analyst or service' }) role!: string;
  @Field(() => Boolean, { description: 'A deactivated user cannot sign in; their tokens stop working at once' }) active!: boolean;
}

@ObjectType('ApiKey', { description: 'A partner API key; the key itself is shown only when it is created' })
export class ApiKeyType {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'The partner integration; requests with the key act as this partner' }) name!: string;
  @Field(() => String, { description: 'The first characters of the key, to tell keys apart' }) prefix!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => String) createdBy!: string;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
}

@ObjectType('CreatedApiKey')
export class CreatedApiKeyType {
  @Field(() => String, { description: 'The key: store it now, it is never shown again' }) key!: string;
  @Field(() => ApiKeyType) apiKey!: ApiKeyType;
}

@ObjectType('DirectoryIdentity', { description: 'Internal: what the gateway needs about a staff identity' })
export class DirectoryIdentityType {
  @Field(() => String) role!: string;
  @Field(() => Boolean) active!: boolean;
}

@InputType('InviteUserInput')
export class InviteUserInput {
  @Field(() => String) email!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'agent, lead, admin, analyst or service' }) role!: string;
  @Field(() => [ID], { nullable: true }) teamIds?: string[] | null;
}
