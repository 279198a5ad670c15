import { GraphQLError } from 'graphql';
import { allow, deny, rule, shield, type IRules } from './graphql-shield.js';
import { ClientErrors, ErrorCode } from '../errors/client-errors.js';
import type { Role } from '../identity/identity.js';
import type { SubgraphContext } from '../subgraph/serve-subgraph.js';

export type FieldRules = IRules;
export { allow, and, deny, not, or, rule } from './graphql-shield.js';

type RoleRule = ReturnType<ReturnType<typeof rule>>;

/** graphql-shield insists that one rule name means one rule object, so role rules are made once per name. */
const roleRules = new Map<string, RoleRule>();

function roleRule(name: string, decide: (role: Role) => boolean): RoleRule {
  let made = roleRules.get(name);
  if (!made) {
    made = rule(name, { cache: 'contextual' })((_parent: unknown, _args: unknown, context: SubgraphContext) => decide(context.identity.role));
    roleRules.set(name, made);
  }
  return made;
}

/** Allows the field for the listed roles only. Cached per request: one decision per role and field. */
export function roles(...allowed: Role[]): RoleRule {
  return roleRule(`roles:${[...allowed].sort().join(',')}`, (role) => allowed.includes(role));
}

/** Every role except the listed ones. */
export function allRolesExcept(...excluded: Role[]): RoleRule {
  return roleRule(`all-except:${[...excluded].sort().join(',')}`, (role) => !excluded.includes(role));
}

/** Stable codes a resolver may raise on purpose; everything else a resolver throws is masked. */
const CLIENT_CODES = new Set<string>(Object.values(ErrorCode));

/**
 * graphql-shield, denying by default (`fallbackRule: deny`, `allowExternalErrors: false`): a field
 * without a rule is FORBIDDEN, a denied field is null with FORBIDDEN at its path, and an unexpected
 * error thrown by a resolver never reaches the client as such. Errors resolvers raise on purpose
 * (BAD_USER_INPUT, NOT_FOUND, CONFLICT…) keep their code.
 */
export function fieldRulesMiddleware(rules: FieldRules) {
  return shield(rules, {
    fallbackRule: deny,
    allowExternalErrors: false,
    fallbackError: (thrown) => {
      if (thrown === null || thrown === undefined) return ClientErrors.forbidden();
      if (thrown instanceof GraphQLError && CLIENT_CODES.has(String(thrown.extensions['code']))) return thrown;
      return new GraphQLError('Internal server error', { extensions: { code: 'INTERNAL_SERVER_ERROR' }, originalError: thrown as Error });
    },
  });
}
