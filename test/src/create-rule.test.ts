import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { createRule } from '../../src/create-rule.js';

interface Probe {
  words?: string[];
  fix?: string;
  nested?: { on?: boolean; depth?: number };
}

function probeRule(seen: Probe[]) {
  return createRule<[Probe], 'none'>({
    name: 'probe',
    meta: {
      type: 'problem',
      docs: { description: 'Probe' },
      messages: { none: 'none' },
      schema: [{ type: 'object' }],
      defaultOptions: [{ words: ['a'], fix: 'autofix', nested: { on: true, depth: 2 } }],
    },
    create(_context, [options]) {
      seen.push(options);
      return {};
    },
  });
}

function lint(seen: Probe[], ruleConfig: unknown, files: number): void {
  const linter = new Linter({ configType: 'flat' });
  const config = [{ plugins: { p: { rules: { probe: probeRule(seen) } } as never }, rules: { 'p/probe': ruleConfig as never } }];
  for (let index = 0; index < files; index++) linter.verify(`f(${String(index)});`, config, `file${String(index)}.js`);
}

describe('createRule', () => {
  it.each<[string, unknown, Probe]>([
    ['no options', 'error', { words: ['a'], fix: 'autofix', nested: { on: true, depth: 2 } }],
    ['a scalar replaced', ['error', { fix: 'none' }], { words: ['a'], fix: 'none', nested: { on: true, depth: 2 } }],
    ['an array replaced, not appended', ['error', { words: ['b', 'c'] }], { words: ['b', 'c'], fix: 'autofix', nested: { on: true, depth: 2 } }],
    ['objects merged deeply', ['error', { nested: { depth: 5 } }], { words: ['a'], fix: 'autofix', nested: { on: true, depth: 5 } }],
  ])('merges %s over the defaults', (_name, ruleConfig, expected) => {
    const seen: Probe[] = [];
    lint(seen, ruleConfig, 1);
    expect(seen).toEqual([expected]);
  });

  it('merges once per option set: every file gets the same frozen object', () => {
    const seen: Probe[] = [];
    lint(seen, ['error', { words: ['x'] }], 3);
    expect(seen).toHaveLength(3);
    expect(seen[1]).toBe(seen[0]);
    expect(seen[2]).toBe(seen[0]);
    expect(Object.isFrozen(seen[0])).toBe(true);
    expect(Object.isFrozen(seen[0]?.words)).toBe(true);
  });

  it('keeps different option sets apart and never changes the defaults', () => {
    const seen: Probe[] = [];
    const rule = probeRule(seen);
    const linter = new Linter({ configType: 'flat' });
    for (const words of [['x'], ['y'], ['x']]) {
      linter.verify('f();', [{ plugins: { p: { rules: { probe: rule } } as never }, rules: { 'p/probe': ['error', { words }] as never } }], 'a.js');
    }
    expect(seen.map((options) => options.words)).toEqual([['x'], ['y'], ['x']]);
    expect(rule.meta.defaultOptions).toEqual([{ words: ['a'], fix: 'autofix', nested: { on: true, depth: 2 } }]);
  });

  it('compares a file\'s options with the previous file\'s before building a key', () => {
    const seen: Probe[] = [];
    const rule = probeRule(seen);
    const context = (options: unknown[]) => ({ options }) as never;
    const keys: unknown[] = [];
    const stringify = JSON.stringify;
    JSON.stringify = ((value: unknown, ...rest: never[]) => {
      keys.push(value);
      return stringify(value, ...rest);
    }) as typeof JSON.stringify;
    try {
      // ESLint hands every file a fresh array: equal options are recognised without a key.
      rule.create(context([{ words: ['z'], nested: { on: false } }]));
      rule.create(context([{ words: ['z'], nested: { on: false } }]));
      rule.create(context([{ words: ['z'], nested: { on: false }, fix: 'none' }]));
      rule.create(context([{ words: ['z'], nested: { on: true } }]));
      rule.create(context([{ words: ['z', 'y'], nested: { on: true } }]));
      rule.create(context([{ words: ['z'], nested: { on: false } }]));
    } finally {
      JSON.stringify = stringify;
    }
    expect(keys).toEqual([
      [{ words: ['z'], nested: { on: false } }],
      [{ words: ['z'], nested: { on: false }, fix: 'none' }],
      [{ words: ['z'], nested: { on: true } }],
      [{ words: ['z', 'y'], nested: { on: true } }],
      [{ words: ['z'], nested: { on: false } }],
    ]);
    expect(seen.map((options) => [options.words, options.nested?.on, options.fix])).toEqual([
      [['z'], false, 'autofix'],
      [['z'], false, 'autofix'],
      [['z'], false, 'none'],
      [['z'], true, 'autofix'],
      [['z', 'y'], true, 'autofix'],
      [['z'], false, 'autofix'],
    ]);
    expect(seen[1]).toBe(seen[0]);
    // The last file's options were merged for the first file and are found by their key.
    expect(seen[5]).toBe(seen[0]);
  });

  it('recognises the same option objects in a fresh array without reading them', () => {
    const seen: Probe[] = [];
    const rule = probeRule(seen);
    const reads: PropertyKey[] = [];
    const given = { words: ['q'] };
    const watched = new Proxy(given, {
      get(target, key, receiver) {
        reads.push(key);
        return Reflect.get(target, key, receiver) as unknown;
      },
      ownKeys(target) {
        reads.push('ownKeys');
        return Reflect.ownKeys(target);
      },
    });
    rule.create({ options: [watched] } as never);
    reads.length = 0;
    // ESLint merges options over the defaults once per config and hands each file a new array of the same objects.
    rule.create({ options: [watched] } as never);
    rule.create({ options: [watched] } as never);
    expect(reads).toEqual([]);
    expect(seen[1]).toBe(seen[0]);
    expect(seen[2]).toBe(seen[0]);
    expect(seen[0]?.words).toEqual(['q']);
  });

  it('points meta.docs.url at the rule page', () => {
    expect(probeRule([]).meta.docs?.url).toMatch(/\/docs\/rules\/probe\.md$/u);
  });
});
