/** DataLoader `loadMany` results without the missing and invisible entries; a failed batch still fails the field. */
export function presentEntries<T>(loaded: readonly (T | null | Error)[]): T[] {
  return loaded
    .map((item) => {
      if (item instanceof Error) throw item;
      return item;
    })
    .filter((item): item is T => item !== null);
}
