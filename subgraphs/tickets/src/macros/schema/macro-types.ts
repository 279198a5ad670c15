import { Field, ID, InputType, ObjectType } from 'type-graphql';

@ObjectType('MacroBody', { description: 'A macro\'s text in one language' })
export class MacroBodyType {
  @Field(() => String) language!: string;
  @Field(() => String, { description: 'With {{customer.name}}, {{ticket.number}}, {{agent.name}} placeholders' }) text!: string;
}

@ObjectType('Macro', { description: 'A saved reply with placeholders and actions; a team\'s or your own' })
export class MacroType {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'Typed after / in the reply box' }) shortcut!: string;
  @Field(() => ID, { nullable: true, description: 'The team; null for a personal macro' }) teamId!: string | null;
  @Field(() => [MacroBodyType]) bodies!: MacroBodyType[];
  @Field(() => String, { nullable: true, description: 'Moves the ticket to this status when used' }) setStatus!: string | null;
  @Field(() => [String], { description: 'Tags added when used' }) addTags!: string[];
  @Field(() => ID, { nullable: true, description: 'Routes the ticket to this team when used' }) routeToTeamId!: string | null;
}

@ObjectType('RenderedMacro', { description: 'A macro filled in for a ticket' })
export class RenderedMacroType {
  @Field(() => ID) macroId!: string;
  @Field(() => String, { description: 'The language used (the customer\'s when the macro has it)' }) language!: string;
  @Field(() => String) text!: string;
}

@InputType('MacroBodyInput')
export class MacroBodyInput {
  @Field(() => String) language!: string;
  @Field(() => String) text!: string;
}

@InputType('SaveMacroInput')
export class SaveMacroInput {
  @Field(() => ID, { nullable: true, description: 'To replace a macro; new when absent' }) id?: string | null;
  @Field(() => String) name!: string;
  @Field(() => String) shortcut!: string;
  @Field(() => ID, { nullable: true, description: 'A team macro (leads, admins); personal when absent' }) teamId?: string | null;
  @Field(() => [MacroBodyInput]) bodies!: MacroBodyInput[];
  @Field(() => String, { nullable: true }) status?: string | null;
  @Field(() => [String], { nullable: true }) addTags?: string[] | null;
  @Field(() => ID, { nullable: true }) routeToTeamId?: string | null;
}
