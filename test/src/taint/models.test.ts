import { describe, expect, it } from 'vitest';
import { splitWords } from '../../../packages/redact/src/classify/names.js';
import { parseRedactPath, redactPathCovers, isRedactedByLogger } from '../../../src/loggers/redact-paths.js';
import {
  ENTITY_CLASS_SUFFIX,
  GETTER_VERBS,
  PASSTHROUGH_FUNCTIONS,
  PASSTHROUGH_METHODS,
  SANITIZER_WORDS,
  TOKEN_ENDPOINT,
} from '../../../src/taint/models.js';

describe('library models', () => {
  it('sanitizer words are single lower-case words', () => {
    for (const word of SANITIZER_WORDS) expect(splitWords(word)).toEqual([word]);
  });

  it('passthrough functions name argument positions', () => {
    for (const [name, positions] of PASSTHROUGH_FUNCTIONS) {
      expect(name).toMatch(/^[A-Za-z]+(?:\.[A-Za-z]+)?$/u);
      if (positions !== 'all') expect(positions.every((index) => Number.isInteger(index) && index >= 0)).toBe(true);
    }
    expect(PASSTHROUGH_FUNCTIONS.get('JSON.stringify')).toEqual([0]);
    expect(PASSTHROUGH_FUNCTIONS.get('util.format')).toBe('all');
    expect(PASSTHROUGH_FUNCTIONS.get('constructor')).toBeUndefined();
  });

  it('passthrough methods include the string and array carriers', () => {
    for (const method of ['toString', 'concat', 'join', 'trim', 'slice']) expect(PASSTHROUGH_METHODS.has(method)).toBe(true);
    expect(PASSTHROUGH_METHODS.get('concat')).toBe('receiver-and-args');
    expect(PASSTHROUGH_METHODS.has('hasOwnProperty')).toBe(false);
  });

  it('getter verbs are not sensitive words', () => {
    for (const verb of GETTER_VERBS) expect(SANITIZER_WORDS).not.toContain(verb);
  });

  it.each([
    ['https://idp.example.com/oauth/token', true],
    ['/api/v1/token', true],
    ['/auth/refresh', true],
    ['/api/v1/users', false],
    ['/tokenizer/run', false],
  ])('token endpoint %s → %s', (url, expected) => {
    expect(TOKEN_ENDPOINT.test(url)).toBe(expected);
  });
});

describe('entity classes', () => {
  it.each([
    ['UserEntity', 'User'],
    ['CustomerModel', 'Customer'],
    ['AccountAggregate', 'Account'],
    ['UserDto', 'User'],
    ['User', 'User'],
    ['Model', 'Model'],
    ['Entity', 'Entity'],
    ['UserModelling', 'UserModelling'],
  ])('%s names %s', (className, named) => {
    expect(className.replace(ENTITY_CLASS_SUFFIX, '')).toBe(named);
  });
});

describe('redact paths', () => {
  it.each([
    ['password', ['password']],
    ['req.headers.authorization', ['req', 'headers', 'authorization']],
    ['headers["x-api-key"]', ['headers', 'x-api-key']],
    ["a[*].b", ['a', '*', 'b']],
    ['*.token', ['*', 'token']],
  ])('parses %s', (path, segments) => {
    expect(parseRedactPath(path)).toEqual(segments);
  });

  it.each([
    ['password', ['password'], true],
    ['user', ['user', 'email'], true],
    ['user.email', ['user', 'email'], true],
    ['*.token', ['session', 'token'], true],
    ['*.token', ['token'], false],
    ['user.email', ['user'], false],
    ['password', ['user', 'password'], false],
    ['a.b', ['*', 'b'], false],
    ['*', ['*'], true],
  ] as const)('%s covers %j → %s', (path, keyPath, expected) => {
    expect(redactPathCovers(path, keyPath)).toBe(expected);
  });

  it('a value with no key path is never covered', () => {
    expect(isRedactedByLogger(['*'], [])).toBe(false);
  });
});
