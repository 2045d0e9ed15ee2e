import { Linter } from 'eslint';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { environmentGuardOf, type Environment } from '../../src/guards.js';

/** The environment guard of the call `probe()` in `code`. */
function guardOf(code: string): Environment | null {
  let result: Environment | null | undefined;
  const rule: TSESLint.RuleModule<'x'> = {
    meta: { type: 'problem', messages: { x: 'x' }, schema: [] },
    create(context) {
      return {
        'CallExpression[callee.name="probe"]'(node: TSESTree.CallExpression) {
          result = environmentGuardOf(node, context.sourceCode);
        },
      };
    },
  };
  new Linter({ configType: 'flat' }).verify(code, [
    { plugins: { t: { rules: { rule } } as never }, rules: { 't/rule': 'error' } },
  ]);
  if (result === undefined) throw new Error('probe() not found');
  return result;
}

describe('environmentGuardOf', () => {
  it.each([
    ["if (process.env.NODE_ENV === 'development') probe();", 'development'],
    ["if (process.env.NODE_ENV == 'dev') { probe(); }", 'development'],
    ["if ('development' === process.env.NODE_ENV) probe();", 'development'],
    ["if (process.env.NODE_ENV !== 'production') probe();", 'development'],
    ["if (process.env.NODE_ENV === 'production') {} else probe();", 'development'],
    ["if (process.env.NODE_ENV === 'production') probe();", 'production'],
    ["if (process.env.NODE_ENV !== 'production') {} else { probe(); }", 'production'],
    ["if (process.env['NODE_ENV'] === 'test') probe();", 'test'],
    ["const ENV = 'test'; if (process.env.NODE_ENV === ENV) probe();", 'test'],
    ["if (app.get('env') === 'development') probe();", 'development'],
    ['if (isTest) probe();', 'test'],
    ['if (isDev) probe();', 'development'],
    ['if (env.isDevelopment) probe();', 'development'],
    ['if (config.isProduction) probe();', 'production'],
    ['if (!isProduction) probe();', 'development'],
    ['if (!isDev) probe();', null],
    ['isDev && probe();', 'development'],
    ['const x = isTest ? probe() : null;', 'test'],
    ["if (isDev && user) probe();", 'development'],
    ["if (isDev || user) probe();", null],
    ["if (process.env.NODE_ENV === 'development') { if (user) { probe(); } }", 'development'],
    ['if (user.isActive) probe();', null],
    ['if (isDevice) probe();', null],
    ['if (testing) probe();', 'test'],
    ['probe();', null],
    ["if (process.env.NODE_ENV === 'staging') probe();", null],
  ] as const)('%s → %s', (code, expected) => {
    expect(guardOf(code)).toBe(expected);
  });
});
