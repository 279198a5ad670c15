import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { TicketsContext } from '../tickets-context.js';
import type { MacroRecord } from './macro-records.js';
import type { RenderedMacro } from './macro-service.js';
import { MacroType, RenderedMacroType, SaveMacroInput } from './schema/macro-types.js';

function toMacro(macro: MacroRecord): MacroType {
  return {
    id: macro.id,
    name: macro.name,
    shortcut: macro.shortcut,
    teamId: macro.teamId,
    bodies: Object.entries(macro.bodies).map(([language, text]) => ({ language, text })),
    setStatus: macro.actions.status,
    addTags: [...macro.actions.addTags],
    routeToTeamId: macro.actions.routeToTeamId,
  };
}

const toRendered = (rendered: RenderedMacro): RenderedMacroType => ({ macroId: rendered.macro.id, language: rendered.language, text: rendered.text });

@Resolver(() => MacroType)
export class MacroResolver {
  @Query(() => [MacroType], { description: 'Macros you may use: your teams\' and your own' })
  async macros(@Ctx() context: TicketsContext): Promise<MacroType[]> {
    return (await context.macros.visible(context.identity)).map(toMacro);
  }

  @Query(() => RenderedMacroType, { nullable: true, description: 'A macro filled in for a ticket, in the customer\'s language when it has it' })
  async renderMacro(
    @Arg('macroId', () => ID) macroId: string,
    @Arg('ticketId', () => ID) ticketId: string,
    @Ctx() context: TicketsContext,
    @Arg('language', () => String, { nullable: true }) language?: string | null,
  ): Promise<RenderedMacroType> {
    return toRendered(await context.macros.render(context.identity, macroId, ticketId, language));
  }

  @Mutation(() => MacroType, { nullable: true, description: 'Adds or replaces a macro: a team\'s (leads, admins) or your own' })
  async saveMacro(@Arg('input', () => SaveMacroInput) input: SaveMacroInput, @Ctx() context: TicketsContext): Promise<MacroType> {
    return toMacro(await context.macros.save(context.identity, input));
  }

  @Mutation(() => Boolean, { nullable: true })
  deleteMacro(@Arg('id', () => ID) id: string, @Ctx() context: TicketsContext): Promise<boolean> {
    return context.macros.delete(context.identity, id);
  }

  @Mutation(() => RenderedMacroType, { nullable: true, description: 'Fills the macro in for the ticket and applies its actions (status, tags, team)' })
  async applyMacro(
    @Arg('macroId', () => ID) macroId: string,
    @Arg('ticketId', () => ID) ticketId: string,
    @Ctx() context: TicketsContext,
    @Arg('language', () => String, { nullable: true }) language?: string | null,
  ): Promise<RenderedMacroType> {
    return toRendered(await context.macros.apply(context.identity, macroId, ticketId, language));
  }
}
