import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { parseForESLint } from 'yaml-eslint-parser';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DEVELOPMENT_FILES,
  DEFAULT_PRODUCTION_FILES,
  LEVEL_ENTRIES,
  PRODUCTION_SCRIPT,
  VERBOSE_LEVEL_NAMES,
} from '../../../src/levels/catalog.js';
import { configRoots, findConfigLevels, findVerboseScripts } from '../../../src/levels/config-files.js';
import { findLevelSettings } from '../../../src/levels/find-level-settings.js';
import { isVerboseLevel, matchesFile, verboseLevelsOf } from '../../../src/levels/levels.js';
import { lintWithRule } from '../../support/probe.js';

/** Runs `read` on the file's source code in a probe rule, with the nodes the level rule collects. */
function probe<T>(code: string, read: (sourceCode: TSESLint.SourceCode, nodes: { calls: TSESTree.CallExpression[]; news: TSESTree.NewExpression[]; assignments: TSESTree.AssignmentExpression[] }) => T): T {
  let result: { value: T } | undefined;
  const nodes = { calls: [] as TSESTree.CallExpression[], news: [] as TSESTree.NewExpression[], assignments: [] as TSESTree.AssignmentExpression[] };
  lintWithRule(code, (context) => ({
    CallExpression: (node) => nodes.calls.push(node),
    NewExpression: (node) => nodes.news.push(node),
    AssignmentExpression: (node) => nodes.assignments.push(node),
    'Program:exit'() {
      result = { value: read(context.sourceCode, nodes) };
    },
  }));
  if (!result) throw new Error('probe did not run');
  return result.value;
}

/** `label: level (kind)` for every verbose level set in `code`. */
function levels(code: string): string[] {
  return probe(code, (sourceCode, nodes) =>
    findLevelSettings(sourceCode, { calls: [...nodes.calls, ...nodes.news], assignments: nodes.assignments }).flatMap((setting) =>
      verboseLevelsOf(setting.value, sourceCode).map(
        (found) => `${setting.label}: ${found.level} (${found.kind}${found.viaEnvironment ? ', by environment' : ''})`,
      ),
    ),
  );
}

describe('level catalogue', () => {
  it('every entry has a module, a label and value paths', () => {
    for (const entry of LEVEL_ENTRIES) {
      expect(entry.module.length).toBeGreaterThan(0);
      expect(entry.label.length).toBeGreaterThan(0);
      expect(entry.valuePaths.length).toBeGreaterThan(0);
      expect(entry.argument).toBeGreaterThanOrEqual(0);
    }
  });

  it('verbose names are lower case, and globs are distinct', () => {
    for (const name of VERBOSE_LEVEL_NAMES) expect(name).toBe(name.toLowerCase());
    expect(new Set([...DEFAULT_PRODUCTION_FILES, ...DEFAULT_DEVELOPMENT_FILES]).size).toBe(
      DEFAULT_PRODUCTION_FILES.length + DEFAULT_DEVELOPMENT_FILES.length,
    );
  });

  it.each([
    ['start', true],
    ['start:prod', true],
    ['prod', true],
    ['production', true],
    ['prod:api', true],
    ['dev', false],
    ['start:dev', false],
    ['test', false],
    ['prestart', false],
  ])('script %s runs in production: %s', (script, expected) => {
    expect(PRODUCTION_SCRIPT.test(script)).toBe(expected);
  });
});

describe('isVerboseLevel', () => {
  it.each<[unknown, boolean]>([
    ['debug', true],
    ['DEBUG', true],
    [' trace ', true],
    ['silly', true],
    ['verbose', true],
    ['ALL', true],
    [20, true],
    [10, true],
    ['info', false],
    ['warn', false],
    ['error', false],
    [30, false],
    [Number.NaN, false],
    [true, false],
    [null, false],
  ])('%j → %s', (value, expected) => {
    expect(isVerboseLevel(value)).toBe(expected);
  });
});

describe('matchesFile', () => {
  it.each<[string, readonly string[], boolean]>([
    ['/app/config/production.json', DEFAULT_PRODUCTION_FILES, true],
    ['/app/config/config.prod.js', DEFAULT_PRODUCTION_FILES, true],
    ['/app/src/logger.prod.ts', DEFAULT_PRODUCTION_FILES, true],
    ['/app/production.yaml', DEFAULT_PRODUCTION_FILES, true],
    ['/app/config/default.json', DEFAULT_PRODUCTION_FILES, false],
    ['/app/src/products.ts', DEFAULT_PRODUCTION_FILES, false],
    ['/app/src/logger.test.ts', DEFAULT_DEVELOPMENT_FILES, true],
    ['/app/test/setup.js', DEFAULT_DEVELOPMENT_FILES, true],
    ['/app/src/__tests__/a.js', DEFAULT_DEVELOPMENT_FILES, true],
    ['/app/config/config.local.js', DEFAULT_DEVELOPMENT_FILES, true],
    ['/app/src/server.js', DEFAULT_DEVELOPMENT_FILES, false],
    ['C:\\app\\config\\production.json', DEFAULT_PRODUCTION_FILES, true],
  ])('%s', (file, globs, expected) => {
    const cwd = file.startsWith('C:') ? 'C:\\app' : '/app';
    expect(matchesFile(file, cwd, globs)).toBe(expected);
  });

  it.each<[string, string, boolean]>([
    // `**/` matches no folder at all: the literal piece is `test`, not `/test/`.
    ['/app/test/a.js', '**/test/**', true],
    ['/app/config/prod-eu.json', '**/config/*prod*.*', true],
    ['/app/config/pro.json', '**/config/*prod*.*', false],
    // Braces, classes and extglobs skip the literal check and go to the matcher.
    ['/app/settings/live.json', 'settings/{live,prod}.json', true],
    ['/app/settings/prod2.json', 'settings/prod[0-9].json', true],
    ['/app/settings/a.json', 'settings/!(b).json', true],
    ['/app/settings/b.json', 'settings/!(b).json', false],
  ])('%s against %s', (file, glob, expected) => {
    expect(matchesFile(file, '/app', [glob])).toBe(expected);
  });

  it('matches relative to the working directory, so a parent folder named test does not count', () => {
    expect(matchesFile('/work/test/app/src/server.js', '/work/test/app', DEFAULT_DEVELOPMENT_FILES)).toBe(false);
  });
});

describe('level settings in JavaScript', () => {
  it.each<[string, string[]]>([
    ["import pino from 'pino'; pino({ level: 'debug' });", ['pino({ level }): debug (value)']],
    ["import { pino } from 'pino'; pino({ level: 'trace' }, dest);", ['pino({ level }): trace (value)']],
    ["const pino = require('pino'); pino({ level: 10 });", ['pino({ level }): 10 (value)']],
    ["import pino from 'pino'; pino({ level: 'info' });", []],
    ["import pino from 'pino'; pino({ level: isProd ? 'info' : 'debug' });", []],
    ["import pino from 'pino'; pino({ level: isProd ? 'debug' : 'info' });", ['pino({ level }): debug (value, by environment)']],
    ["import pino from 'pino'; pino({ level: flag ? 'debug' : 'info' });", []],
    ["import pino from 'pino'; pino({ level: env.LEVEL || 'debug' });", ['pino({ level }): debug (fallback)']],
    ["import pino from 'pino'; pino({ level: env.LEVEL && 'debug' });", []],
    ["import pino from 'pino'; const L = 'debug'; pino({ level: L });", ['pino({ level }): debug (value)']],
    ["import pino from 'pino'; let L = 'debug'; L = 'info'; pino({ level: L });", []],
    ["import winston from 'winston'; new winston.transports.File({ level: 'silly' });", ['new winston.transports.File({ level }): silly (value)']],
    ["import bunyan from 'bunyan'; bunyan({ name: 'a', streams: [{ level: 'trace' }, { level: 'info' }] });", ['new bunyan({ level }): trace (value)']],
    ["import log4js from 'log4js'; log4js.configure({ categories: { a: { level: 'all' }, b: { level: 'error' } } });", ['log4js.configure({ categories }): all (value)']],
    ["import { NestFactory } from '@nestjs/core'; NestFactory.createMicroservice(M, { logger: ['debug', 'verbose', 'log'] });", [
      'NestFactory.createMicroservice(…, { logger }): debug (value)',
      'NestFactory.createMicroservice(…, { logger }): verbose (value)',
    ]],
    ["module.exports = { logger: { level: 'DEBUG', dir: '/logs' } };", ['config.logger.level: DEBUG (value)']],
    ["appLogger.level = 'debug'; options.level = 'debug';", ['appLogger.level: debug (value)']],
    ["this.logger.setLevel('trace'); slider.setLevel('trace');", ['this.logger.setLevel(): trace (value)']],
  ])('%s', (code, expected) => {
    expect(levels(code)).toEqual(expected);
  });

  it('a self-referencing constant ends quietly', () => {
    expect(levels("import pino from 'pino'; const a = b || 'info', b = a; pino({ level: a });")).toEqual([]);
  });
});

describe('levels in config files', () => {
  const yamlLevels = (text: string): string[] =>
    configRoots(parseForESLint(text).ast).flatMap((root) => findConfigLevels(root).map((level) => `${level.key}=${String(level.value)}`));

  it.each<[string, string[]]>([
    ['level: debug\n', ['level=debug']],
    ['logLevel: 20\n', ['logLevel=20']],
    ['logger:\n  level: trace\n  consoleLevel: ALL\n', ['level=trace', 'consoleLevel=ALL']],
    ['logging:\n  loggers:\n    level: debug\n', ['level=debug']],
    ['cache:\n  level: debug\n', []],
    ['level: info\n', []],
    ['- level: debug\n', []],
    ['logger:\n  - level: debug\n', ['level=debug']],
    ['a: &x\n  level: debug\nlogger: *x\n', []],
  ])('%j → %j', (text, expected) => {
    expect(yamlLevels(text)).toEqual(expected);
  });

  it('finds verbose variables in production scripts only', () => {
    const text = 'scripts:\n  start: "DEBUG=* LOG_LEVEL=info node a.js"\n  dev: "DEBUG=* node a.js"\n  prod: "LOG_LEVEL=silly node a.js"\n';
    const [root] = configRoots(parseForESLint(text).ast);
    if (!root) throw new Error('no root');
    expect(findVerboseScripts(root, text).map((script) => `${script.script}: ${script.assignment}`)).toEqual([
      'start: DEBUG=*',
      'prod: LOG_LEVEL=silly',
    ]);
  });
});
