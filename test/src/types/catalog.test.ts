import { describe, expect, it } from 'vitest';
import { LIBRARIES } from '../../../src/loggers/catalog.js';
import { SHAPES } from '../../../src/sources/catalog.js';
import {
  LOGGER_TYPES,
  MAX_TYPE_DEPTH,
  MAX_TYPE_PROPERTIES,
  PAYLOAD_TYPES,
  REDACTED_TYPE_NAMES,
  SENSITIVE_TYPE_NAMES,
} from '../../../src/types/catalog.js';

describe('type catalogue', () => {
  it.each(LOGGER_TYPES.map((entry) => [entry.names.join('/'), entry] as const))('logger type %s names a known library', (_name, entry) => {
    expect(Object.keys(LIBRARIES)).toContain(entry.value);
    expect(entry.names.length).toBeGreaterThan(0);
    expect(entry.modules.length).toBeGreaterThan(0);
  });

  it.each(PAYLOAD_TYPES.map((entry) => [entry.names.join('/'), entry] as const))('payload type %s has a known shape', (_name, entry) => {
    expect(Object.keys(SHAPES)).toContain(entry.value);
    expect(entry.modules.length).toBeGreaterThan(0);
  });

  it('a type name is sensitive or redacted, never both', () => {
    for (const name of REDACTED_TYPE_NAMES) expect(Object.keys(SENSITIVE_TYPE_NAMES)).not.toContain(name);
    for (const category of Object.values(SENSITIVE_TYPE_NAMES)) expect(['secret', 'pii']).toContain(category);
  });

  it('the walk is bounded', () => {
    expect(MAX_TYPE_DEPTH).toBeGreaterThanOrEqual(2);
    expect(MAX_TYPE_DEPTH).toBeLessThanOrEqual(5);
    expect(MAX_TYPE_PROPERTIES).toBeLessThanOrEqual(500);
  });

  it("express's and fetch's Response differ by module", () => {
    const responses = PAYLOAD_TYPES.filter((entry) => entry.names.includes('Response'));
    expect(responses.map((entry) => [entry.modules.includes('express'), entry.value])).toEqual([
      [true, 'response'],
      [false, 'fetchResponse'],
    ]);
  });
});
