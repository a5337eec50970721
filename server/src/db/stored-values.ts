import neo4j from 'neo4j-driver';
import { z } from 'zod';

/**
 * Property values as an edit keeps them to restore later, in JSON: Neo4j integers are tagged,
 * so a restored offset is an integer again and a confidence of 1 stays a float.
 */
export type StoredValue = string | number | boolean | null | { int: string } | StoredValue[];
export type StoredProperties = Record<string, StoredValue>;

const storedValueSchema: z.ZodType<StoredValue> = z.lazy(() =>
  z.union([
    z.string(),
    z.number(),
    z.boolean(),
    z.null(),
    z.object({ int: z.string().regex(/^-?\d+$/) }),
    z.array(storedValueSchema),
  ]),
);
export const storedPropertiesSchema = z.record(z.string(), storedValueSchema);

export function toStored(value: unknown): StoredValue {
  if (neo4j.isInt(value)) return { int: value.toString() };
  if (Array.isArray(value)) return value.map(toStored);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  return value === null || value === undefined ? null : String(value);
}

export function fromStored(value: StoredValue): unknown {
  if (Array.isArray(value)) return value.map(fromStored);
  if (value !== null && typeof value === 'object') return neo4j.int(value.int);
  return value;
}

export const toStoredProperties = (props: Record<string, unknown>): StoredProperties =>
  Object.fromEntries(Object.entries(props).map(([key, value]) => [key, toStored(value)]));

export const fromStoredProperties = (props: StoredProperties): Record<string, unknown> =>
  Object.fromEntries(Object.entries(props).map(([key, value]) => [key, fromStored(value)]));
