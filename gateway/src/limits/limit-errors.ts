import { GraphQLError } from 'graphql';

/** Stable `extensions.code` values for operations the gateway refuses before planning them. */
export const LimitErrorCode = {
  QueryTooDeep: 'QUERY_TOO_DEEP',
  QueryTooCostly: 'QUERY_TOO_COSTLY',
  TooManyAliases: 'TOO_MANY_ALIASES',
  TooManyRootFields: 'TOO_MANY_ROOT_FIELDS',
  IntrospectionDisabled: 'INTROSPECTION_DISABLED',
} as const;
export type LimitErrorCode = (typeof LimitErrorCode)[keyof typeof LimitErrorCode];

/** 400: the request itself is unacceptable, and sending it again unchanged will not help. */
function refusal(code: LimitErrorCode, message: string, details: Record<string, number> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...details, http: { status: 400 } } });
}

export class LimitErrors {
  static tooDeep(depth: number, maxDepth: number): GraphQLError {
    return refusal(LimitErrorCode.QueryTooDeep, `The operation nests ${depth} levels deep; the limit is ${maxDepth}`, { maxDepth });
  }

  static tooCostly(cost: number, maxCost: number): GraphQLError {
    return refusal(LimitErrorCode.QueryTooCostly, `The operation's estimated cost is ${cost}; the limit is ${maxCost}`, { cost, maxCost });
  }

  static tooManyAliases(aliases: number, maxAliases: number): GraphQLError {
    return refusal(LimitErrorCode.TooManyAliases, `The operation uses ${aliases} aliases; the limit is ${maxAliases}`, { maxAliases });
  }

  static tooManyRootFields(rootFields: number, maxRootFields: number): GraphQLError {
    return refusal(LimitErrorCode.TooManyRootFields, `The operation selects ${rootFields} top-level fields; the limit is ${maxRootFields}`, { maxRootFields });
  }

  static introspectionDisabled(): GraphQLError {
    return refusal(LimitErrorCode.IntrospectionDisabled, 'Introspection is not available to your role');
  }
}
