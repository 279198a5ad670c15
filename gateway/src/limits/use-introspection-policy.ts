import { Kind, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Role } from '@support-graph/runtime';
import type { GatewayContext } from '../gateway-context.js';
import { fragmentsByName } from './fragments-by-name.js';
import { LimitErrors } from './limit-errors.js';

export interface IntrospectionPolicyOptions {
  /** Whether every role may introspect (development and tests). Default false. */
  readonly openToAll?: boolean;
  /** Roles that may always introspect, e.g. to explore the graph in production. Default analyst and admin. */
  readonly allowedRoles?: readonly Role[];
}

const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);

/** Whether a selection set asks for `__schema` or `__type` anywhere (each fragment looked at once). */
export function selectsIntrospection(selectionSet: SelectionSetNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>): boolean {
  const seen = new Set<string>();
  const search = (selections: SelectionSetNode): boolean =>
    selections.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return INTROSPECTION_FIELDS.has(selection.name.value) || (selection.selectionSet !== undefined && search(selection.selectionSet));
      if (selection.kind === Kind.INLINE_FRAGMENT) return search(selection.selectionSet);
      if (seen.has(selection.name.value)) return false;
      seen.add(selection.name.value);
      const fragment = fragments.get(selection.name.value);
      return fragment !== undefined && search(fragment.selectionSet);
    });
  return search(selectionSet);
}

/**
 * Introspection per role (Apollo Server's own switch is all-or-nothing): refused with
 * INTROSPECTION_DISABLED unless `openToAll` or the caller's role is allowed. `__typename` stays open.
 */
export function useIntrospectionPolicy(options: IntrospectionPolicyOptions = {}): ApolloServerPlugin<GatewayContext> {
  const openToAll = options.openToAll ?? false;
  const allowedRoles = new Set<Role>(options.allowedRoles ?? ['analyst', 'admin']);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          if (!operation || openToAll || allowedRoles.has(contextValue.identity.role)) return;
          if (selectsIntrospection(operation.selectionSet, fragmentsByName(document))) throw LimitErrors.introspectionDisabled();
        },
      };
    },
  };
}
