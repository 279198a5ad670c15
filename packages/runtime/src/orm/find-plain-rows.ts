import { JsonType, type EntityName, type FilterQuery, type FindOptions, type MikroORM } from '@mikro-orm/core';

export interface PlainRowOptions<T extends object> {
  readonly orderBy?: FindOptions<T>['orderBy'];
  readonly limit?: number;
  /** Only these columns (a projection): the rows then hold only these properties. */
  readonly fields?: readonly (keyof T & string)[];
}

/**
 * Rows of an entity as plain records, straight from the driver (SQL or MongoDB): no entity
 * instances, no identity map, no unit of work. For the read path (lists, `_entities` batches), where
 * hydration and change tracking were most of a request's cost and nothing is written back. Writes
 * keep `em.find` and their transactions. JSON columns come back as text from SQLite and are parsed
 * here, as hydration would; embedded objects are already parsed by the driver.
 */
export async function findPlainRows<T extends object>(orm: MikroORM, entity: EntityName<T>, where: FilterQuery<T>, options: PlainRowOptions<T> = {}): Promise<T[]> {
  const meta = orm.getMetadata().get(entity);
  const platform = orm.em.getPlatform();
  const jsonProps = meta.props.filter((prop) => prop.customType instanceof JsonType && !prop.embedded && prop.kind === 'scalar');
  const rows = (await orm.em.getDriver().find(entity, where, { ...options, ...(options.fields ? { fields: [...options.fields] } : {}) } as never)) as Record<string, unknown>[];
  if (jsonProps.length > 0) {
    for (const row of rows) {
      for (const prop of jsonProps) {
        const value = row[prop.name];
        if (typeof value === 'string') row[prop.name] = prop.customType?.convertToJSValue(value, platform);
      }
    }
  }
  return rows as T[];
}

/** How many rows match, from the driver (no entity manager bookkeeping). */
export function countRows<T extends object>(orm: MikroORM, entity: EntityName<T>, where: FilterQuery<T>): Promise<number> {
  return orm.em.getDriver().count(entity, where);
}
