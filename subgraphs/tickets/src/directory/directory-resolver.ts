import { Arg, Ctx, Directive, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { maskEmail, maskName } from '@support-graph/runtime';
import type { TicketsContext } from '../tickets-context.js';
import { ApiKeyType, CreatedApiKeyType, DirectoryIdentityType, InviteUserInput, TeamType, UserType } from './schema/directory-types.js';
import type { ApiKeyRecord, TeamRecord, UserRecord } from './store/directory-records.js';

@Resolver(() => UserType)
export class UserResolver {
  @Query(() => [UserType], { description: 'The support team' })
  users(@Ctx() context: TicketsContext): Promise<UserRecord[]> {
    return context.directory.listUsers();
  }

  @Query(() => UserType, { nullable: true })
  user(@Arg('id', () => ID) id: string, @Ctx() context: TicketsContext): Promise<UserRecord | null> {
    return context.directory.getUser(id);
  }

  @FieldResolver(() => [TeamType])
  teams(@Root() user: UserRecord, @Ctx() context: TicketsContext): Promise<TeamRecord[]> {
    return context.directory.teamsByIds(user.teams);
  }

  @FieldResolver(() => String, { nullable: true })
  email(@Root() user: UserRecord, @Ctx() context: TicketsContext): string {
    return context.identity.role === 'analyst' ? maskEmail(user.email) : user.email;
  }

  @FieldResolver(() => String, { nullable: true })
  name(@Root() user: UserRecord, @Ctx() context: TicketsContext): string {
    return context.identity.role === 'analyst' ? maskName(user.name) : user.name;
  }

  @Mutation(() => UserType, { nullable: true, description: 'Admin: adds a user with a role (and teams)' })
  inviteUser(@Arg('input', () => InviteUserInput) input: InviteUserInput, @Ctx() context: TicketsContext): Promise<UserRecord> {
    return context.directory.inviteUser(context.identity, input);
  }

  @Mutation(() => UserType, { nullable: true, description: 'Admin: the role comes from here, not from token claims' })
  changeUserRole(@Arg('userId', () => ID) userId: string, @Arg('role', () => String) role: string, @Ctx() context: TicketsContext): Promise<UserRecord> {
    return context.directory.changeUserRole(context.identity, userId, role);
  }

  @Mutation(() => UserType, { nullable: true })
  addUserToTeam(@Arg('userId', () => ID) userId: string, @Arg('teamId', () => ID) teamId: string, @Ctx() context: TicketsContext): Promise<UserRecord> {
    return context.directory.addUserToTeam(context.identity, userId, teamId);
  }

  @Mutation(() => UserType, { nullable: true, description: 'Admin: the user cannot sign in any more; their tokens stop working at once' })
  deactivateUser(@Arg('userId', () => ID) userId: string, @Ctx() context: TicketsContext): Promise<UserRecord> {
    return context.directory.deactivateUser(context.identity, userId);
  }

  @Query(() => DirectoryIdentityType, { nullable: true, description: 'Internal (service only): the user record behind a staff token' })
  @Directive('@inaccessible')
  directoryIdentity(@Arg('email', () => String) email: string, @Ctx() context: TicketsContext) {
    return context.directory.identityForEmail(email);
  }

  @Query(() => String, { nullable: true, description: 'Internal (service only): the partner behind an API key' })
  @Directive('@inaccessible')
  apiKeyPartner(@Arg('key', () => String) key: string, @Ctx() context: TicketsContext): Promise<string | null> {
    return context.directory.partnerForApiKey(key);
  }
}

@Resolver(() => TeamType)
export class TeamResolver {
  @Query(() => [TeamType])
  teams(@Ctx() context: TicketsContext): Promise<TeamRecord[]> {
    return context.directory.listTeams();
  }

  @FieldResolver(() => [UserType])
  members(@Root() team: TeamRecord, @Ctx() context: TicketsContext): Promise<UserRecord[]> {
    return context.directory.teamMembers(team.id);
  }

  @Mutation(() => TeamType, { nullable: true })
  createTeam(@Arg('name', () => String) name: string, @Ctx() context: TicketsContext): Promise<TeamRecord> {
    return context.directory.createTeam(context.identity, name);
  }
}

@Resolver(() => ApiKeyType)
export class ApiKeyResolver {
  @Query(() => [ApiKeyType], { nullable: true, description: 'Admin: partner API keys (never the keys themselves)' })
  apiKeys(@Ctx() context: TicketsContext): Promise<ApiKeyRecord[]> {
    return context.directory.listApiKeys(context.identity);
  }

  @Mutation(() => CreatedApiKeyType, { nullable: true, description: 'Admin: a new partner key, shown once' })
  async createApiKey(@Arg('name', () => String) name: string, @Ctx() context: TicketsContext): Promise<CreatedApiKeyType> {
    const { key, record } = await context.directory.createApiKey(context.identity, name);
    return { key, apiKey: record };
  }

  @Mutation(() => ApiKeyType, { nullable: true, description: 'Admin: the key stops working at once' })
  revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() context: TicketsContext): Promise<ApiKeyRecord> {
    return context.directory.revokeApiKey(context.identity, id);
  }
}
