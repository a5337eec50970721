import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { fromStoredProperties, storedPropertiesSchema, toStoredProperties } from './stored-values';

describe('stored values', () => {
  it('keep integers integers and everything else as it was, through JSON', () => {
    const props = { start: neo4j.int(12), confidence: 1, aliases: ['a', 'b'], direct: true };
    const stored = storedPropertiesSchema.parse(
      JSON.parse(JSON.stringify(toStoredProperties(props))),
    );
    const back = fromStoredProperties(stored);
    expect(neo4j.isInt(back.start)).toBe(true);
    expect(String(back.start)).toBe('12');
    expect(back).toMatchObject({ confidence: 1, aliases: ['a', 'b'], direct: true });
  });
});
