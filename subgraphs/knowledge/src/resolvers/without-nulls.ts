/** GraphQL sends `null` for omitted optional inputs; the engine's inputs say "absent" with undefined. */
export type WithoutNulls<T> = { [K in keyof T]?: Exclude<T[K], null> };

export function withoutNulls<T extends object>(input: T): WithoutNulls<T> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null && value !== undefined)) as WithoutNulls<T>;
}
