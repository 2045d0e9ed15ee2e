import { describe, expect, it } from 'vitest';
import { environmentGuardOf, type Environment } from '../../src/guards.js';
import { atProbe } from '../support/probe.js';

/** The environment guard of the call `probe()` in `code`. */
function guardOf(code: string): Environment | null {
  return atProbe(code, (node, sourceCode) => environmentGuardOf(node, sourceCode));
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
