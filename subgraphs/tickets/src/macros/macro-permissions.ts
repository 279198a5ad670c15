import { roles } from '@support-graph/runtime';

/** Field rules of macros; rows in docs/security.md's role matrix. The service decides team versus personal. */
const users = roles('agent', 'lead', 'admin');

export const macroQueryPermissions = { macros: users, renderMacro: users };
export const macroMutationPermissions = { saveMacro: users, deleteMacro: users, applyMacro: users };
export const macroTypePermissions = { Macro: users, MacroBody: users, RenderedMacro: users };
