import json from '@eslint/json';
import { RuleTester as CoreRuleTester } from 'eslint';
import * as yamlParser from 'yaml-eslint-parser';
import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import { describe, it } from 'vitest';
import rule, { type MessageIds, type Options } from '../../rules/no-debug-level-in-production.js';
import { createRuleTester } from '../support/rule-tester.js';

const ruleTester = createRuleTester();

const where = {
  unconditional: 'unconditionally, so production logs at it too',
  productionBranch: 'in code that only runs in production',
  productionFile: 'in a production config file',
};

type Invalid = InvalidTestCase<MessageIds, Options>;

/**
 * One verbose level: `template` holds `%LEVEL%` where the level is written; the case expects one
 * report there and the two suggestions with `'info'` and `'warn'` (30 and 40 for numbers).
 */
function verbose(
  name: string,
  template: string,
  level: string,
  label: string,
  options: { where?: string; filename?: string; fallback?: string } = {},
): Invalid {
  const numeric = /^\d+$/u.test(level);
  const written = numeric ? level : `'${level}'`;
  const replacements = numeric ? ['30', '40'] : ['info', 'warn'];
  const messageId: MessageIds = options.fallback ? 'verboseFallback' : 'verboseLevel';
  return {
    name,
    code: template.replace('%LEVEL%', written),
    ...(options.filename ? { filename: options.filename } : {}),
    errors: [
      {
        messageId,
        data: options.fallback
          ? { level, primary: options.fallback }
          : { level, label, where: options.where ?? where.unconditional },
        suggestions: replacements.map((replacement) => ({
          messageId: options.fallback ? ('useDefault' as const) : ('useLevel' as const),
          data: { level: replacement },
          output: template.replace('%LEVEL%', numeric ? replacement : `'${replacement}'`),
        })),
      },
    ],
  };
}

const PINO = "import pino from 'pino';\n";
const WINSTON = "import winston from 'winston';\n";
const BUNYAN = "import bunyan from 'bunyan';\n";

ruleTester.run('no-debug-level-in-production', rule, {
  valid: [
    `${PINO}pino({ level: 'info' });`,
    // A child at a safe level; `child` of something that is not a logger.
    `${PINO}const logger = pino();\nlogger.child({ module: 'db' }, { level: 'warn' });`,
    "cache.child({ level: 'debug' }); tree.child({ level: 'trace' });",
    // A child that only forwards lines filtered where they were written (a worker's output).
    `${PINO}const parent = pino();\nconst logger = parent.child({ worker: 1 }, { level: 'trace' });\nworker.stdout.on('data', (line) => forward(logger, line));`,
    `${PINO}pino({ level: 'warn' }, pino.destination(1));`,
    `${PINO}pino({ level: isProd ? 'info' : 'debug' });`,
    `${PINO}pino({ level: process.env.NODE_ENV === 'production' ? 'info' : 'debug' });`,
    `${PINO}pino({ level: process.env.NODE_ENV !== 'production' ? 'debug' : 'info' });`,
    `${PINO}pino({ level: isDevelopment ? 'trace' : 'warn' });`,
    `${PINO}pino({ level: process.env.LOG_LEVEL || 'info' });`,
    `${PINO}pino({ level: process.env.LOG_LEVEL ?? 'warn' });`,
    `${PINO}pino({ level: process.env.LOG_LEVEL });`,
    `${PINO}pino({ level: 30 });`,
    `${PINO}const level = isProd ? 'info' : 'debug';\npino({ level });`,
    `${PINO}pino({ level: verbose ? 'debug' : 'info' });`,
    `${PINO}const logger = pino();\nif (process.env.NODE_ENV === 'development') logger.level = 'debug';`,
    `${PINO}const logger = pino();\nif (process.env.NODE_ENV !== 'production') { logger.level = 'trace'; }`,
    `${PINO}const logger = pino();\nif (argv.verbose) logger.level = 'debug';`,
    `${PINO}const logger = pino();\nlogger.level = 'info';`,
    `${WINSTON}winston.createLogger({ level: 'info', transports: [new winston.transports.Console({ level: 'warn' })] });`,
    `${BUNYAN}bunyan.createLogger({ name: 'app', level: 30, streams: [{ level: 'info', stream: process.stdout }] });`,
    "import log4js from 'log4js';\nlog4js.configure({ appenders: {}, categories: { default: { appenders: ['out'], level: 'info' } } });",
    "import log from 'loglevel';\nlog.setLevel('warn');",
    "import { NestFactory } from '@nestjs/core';\nNestFactory.create(AppModule, { logger: ['error', 'warn', 'log'] });",
    "config.logger = { level: 'INFO', consoleLevel: 'WARN' };",
    // Not a logger, or not a level.
    "const options = { level: 'debug' };",
    "cache.level = 'debug';",
    "game.setLevel('debug');",
    "logger.debug('starting');",
    // Test and development files.
    { code: `${PINO}pino({ level: 'debug' });`, filename: 'src/logger.test.ts' },
    { code: `${PINO}pino({ level: 'trace' });`, filename: 'test/helpers/logger.ts' },
    { code: `${PINO}pino({ level: 'debug' });`, filename: 'config/config.dev.ts' },
    { code: "config.logger = { level: 'DEBUG' };", filename: 'config/config.local.ts' },
    { code: `${PINO}pino({ level: 'debug' });`, filename: 'src/logger.ts', options: [{ developmentFiles: ['src/**'] }] },
  ],
  invalid: ([
    verbose('pino level', `${PINO}pino({ level: %LEVEL% });`, 'debug', 'pino({ level })'),
    verbose('pino trace, two-argument form', `${PINO}pino({ level: %LEVEL% }, pino.destination(1));`, 'trace', 'pino({ level })'),
    verbose('pino numeric level', `${PINO}pino({ level: %LEVEL% });`, '20', 'pino({ level })'),
    verbose('pino transport target', `${PINO}pino({ transport: { targets: [{ target: 'pino-pretty', level: %LEVEL% }] } });`, 'trace', 'pino({ level })'),
    verbose('pino via require', "const pino = require('pino');\npino({ level: %LEVEL% });", 'debug', 'pino({ level })'),
    verbose('logger.level =', `${PINO}const logger = pino();\nlogger.level = %LEVEL%;`, 'debug', 'logger.level'),
    verbose('level of a tracked instance', `${PINO}const a = pino();\na.level = %LEVEL%;`, 'trace', 'a.level'),
    verbose('winston createLogger', `${WINSTON}winston.createLogger({ level: %LEVEL% });`, 'silly', 'winston.createLogger({ level })'),
    verbose(
      'winston transport level',
      `${WINSTON}winston.createLogger({ transports: [new winston.transports.Console({ level: %LEVEL% })] });`,
      'debug',
      'new winston.transports.Console({ level })',
    ),
    verbose('winston configure', `${WINSTON}winston.configure({ level: %LEVEL% });`, 'verbose', 'winston.configure({ level })'),
    verbose('winston named import', "import { createLogger } from 'winston';\ncreateLogger({ level: %LEVEL% });", 'debug', 'winston.createLogger({ level })'),
    verbose('bunyan createLogger', `${BUNYAN}bunyan.createLogger({ name: 'app', level: %LEVEL% });`, 'debug', 'bunyan.createLogger({ level })'),
    verbose('bunyan stream', `${BUNYAN}bunyan.createLogger({ name: 'app', streams: [{ level: %LEVEL%, stream: process.stdout }] });`, 'trace', 'bunyan.createLogger({ level })'),
    verbose('bunyan numeric', `${BUNYAN}new bunyan({ name: 'app', level: %LEVEL% });`, '10', 'new bunyan({ level })'),
    verbose('bunyan log.level()', `${BUNYAN}const log = bunyan.createLogger({ name: 'app' });\nlog.level(%LEVEL%);`, 'debug', 'log.level()'),
    verbose(
      'log4js categories',
      "import log4js from 'log4js';\nlog4js.configure({ appenders: {}, categories: { default: { appenders: ['out'], level: %LEVEL% } } });",
      'all',
      'log4js.configure({ categories })',
    ),
    verbose('loglevel setLevel', "import log from 'loglevel';\nlog.setLevel(%LEVEL%);", 'trace', 'log.setLevel()'),
    verbose('loglevel setDefaultLevel', "import log from 'loglevel';\nlog.setDefaultLevel(%LEVEL%);", 'debug', 'log.setDefaultLevel()'),
    verbose('Egg config.logger.level', 'config.logger = { level: %LEVEL% };', 'DEBUG', 'config.logger.level'),
    verbose('Egg consoleLevel', "exports.logger = { level: 'INFO', consoleLevel: %LEVEL% };", 'ALL', 'config.logger.consoleLevel'),
    verbose('Fastify logger option', "import Fastify from 'fastify';\nFastify({ logger: { level: %LEVEL% } });", 'debug', 'fastify({ logger: { level } })'),
    verbose('a constant level', `${PINO}const level = %LEVEL%;\npino({ level });`, 'debug', 'pino({ level })'),
    verbose('a pino child with its own level', `${PINO}const logger = pino();\nlogger.child({ module: 'db' }, { level: %LEVEL% });`, 'trace', 'logger.child({ level })'),
    verbose('a child level by name', 'log.child({ level: %LEVEL% });', 'debug', 'log.child({ level })'),
    verbose(
      'a child that is forwarded and also logs itself',
      `${PINO}const parent = pino();\nconst child = parent.child({}, { level: %LEVEL% });\nforward(child);\nchild.debug('state');`,
      'debug',
      'parent.child({ level })',
    ),
    {
      name: 'a static template',
      code: `${PINO}pino({ level: \`$` + "{'debug'}` });",
      errors: [
        {
          messageId: 'verboseLevel' as const,
          data: { level: 'debug', label: 'pino({ level })', where: where.unconditional },
          suggestions: [
            { messageId: 'useLevel' as const, data: { level: 'info' }, output: `${PINO}pino({ level: 'info' });` },
            { messageId: 'useLevel' as const, data: { level: 'warn' }, output: `${PINO}pino({ level: 'warn' });` },
          ],
        },
      ],
    },
    verbose('dev-named conditional, production branch', `${PINO}pino({ level: isDev ? 'info' : %LEVEL% });`, 'debug', 'pino({ level })', {
      where: where.productionBranch,
    }),
    verbose('production-only branch', `${PINO}const logger = pino();\nif (process.env.NODE_ENV === 'production') { logger.level = %LEVEL%; }`, 'debug', 'logger.level', {
      where: where.productionBranch,
    }),
    verbose('else of a non-production check', `${PINO}const logger = pino();\nif (process.env.NODE_ENV !== 'production') {} else { logger.level = %LEVEL%; }`, 'trace', 'logger.level', {
      where: where.productionBranch,
    }),
    verbose('production config file', `${PINO}const logger = pino();\nif (verbose) logger.level = %LEVEL%;`, 'debug', 'logger.level', {
      where: where.productionFile,
      filename: 'config/config.prod.ts',
    }),
    verbose('custom production globs', 'config.logger = { level: %LEVEL% };', 'DEBUG', 'config.logger.level', {
      where: where.productionFile,
      filename: 'deploy/live.ts',
    }),
    verbose('fallback ||', `${PINO}pino({ level: process.env.LOG_LEVEL || %LEVEL% });`, 'debug', '', { fallback: 'process.env.LOG_LEVEL' }),
    verbose('fallback ??', `${PINO}pino({ level: config.logLevel ?? %LEVEL% });`, 'trace', '', { fallback: 'config.logLevel' }),
    verbose('fallback through a constant', `${PINO}const level = process.env.LOG_LEVEL || %LEVEL%;\npino({ level });`, 'debug', '', {
      fallback: 'process.env.LOG_LEVEL',
    }),
    {
      name: 'NestJS logger list',
      code: "import { NestFactory } from '@nestjs/core';\nNestFactory.create(AppModule, { logger: ['error', 'warn', 'debug'] });",
      errors: [
        {
          messageId: 'verboseLevel' as const,
          data: { level: 'debug', label: 'NestFactory.create(…, { logger })', where: where.unconditional },
          suggestions: [
            {
              messageId: 'removeLevel',
              data: { level: 'debug' },
              output: "import { NestFactory } from '@nestjs/core';\nNestFactory.create(AppModule, { logger: ['error', 'warn'] });",
            },
          ],
        },
      ],
    },
    {
      name: 'NestJS logger list, first entry',
      code: "import { NestFactory } from '@nestjs/core';\nNestFactory.create(AppModule, { logger: ['verbose', 'log'] });",
      errors: [
        {
          messageId: 'verboseLevel',
          data: { level: 'verbose', label: 'NestFactory.create(…, { logger })', where: where.unconditional },
          suggestions: [
            {
              messageId: 'removeLevel',
              data: { level: 'verbose' },
              output: "import { NestFactory } from '@nestjs/core';\nNestFactory.create(AppModule, { logger: ['log'] });",
            },
          ],
        },
      ],
    },
  ] satisfies Invalid[]).map((test): Invalid => (test.name === 'custom production globs' ? { ...test, options: [{ productionFiles: ['deploy/**'] }] } : test)),
});

CoreRuleTester.describe = describe;
CoreRuleTester.it = it;
CoreRuleTester.itOnly = it.only;

const jsonTester = new CoreRuleTester({ plugins: { json }, language: 'json/json' });
const coreRule = rule as unknown as Parameters<CoreRuleTester['run']>[1];

jsonTester.run('no-debug-level-in-production (JSON)', coreRule, {
  valid: [
    { code: '{ "logger": { "level": "info" } }', filename: 'config/production.json' },
    { code: '{ "level": "warn", "port": 8080 }', filename: 'config/config.prod.json' },
    // Not a production file.
    { code: '{ "logger": { "level": "debug" } }', filename: 'config/default.json' },
    { code: '{ "logger": { "level": "debug" } }', filename: 'config/development.json' },
    // Named like a production config, but a test fixture: development globs win.
    { code: '{ "logger": { "level": "debug" } }', filename: 'test/fixtures/config/production.json' },
    // Not a level key, or not under a logger key.
    { code: '{ "debug": true, "mode": "debug" }', filename: 'config/production.json' },
    { code: '{ "cache": { "level": "debug" } }', filename: 'config/production.json' },
    // package.json: scripts that do not run in production.
    { code: '{ "scripts": { "dev": "DEBUG=* node server.js", "test": "LOG_LEVEL=debug vitest" } }', filename: 'package.json' },
    { code: '{ "scripts": { "start": "LOG_LEVEL=info node server.js" } }', filename: 'package.json' },
    { code: '{ "scripts": { "start": "node server.js --debug-port=9229" } }', filename: 'package.json' },
  ],
  invalid: [
    {
      code: '{ "logger": { "level": "debug" } }',
      filename: 'config/production.json',
      errors: [
        {
          messageId: 'verboseConfig',
          data: { level: 'debug', key: 'level' },
          line: 1,
          column: 24,
          suggestions: [
            { messageId: 'useLevel', data: { level: 'info' }, output: '{ "logger": { "level": "info" } }' },
            { messageId: 'useLevel', data: { level: 'warn' }, output: '{ "logger": { "level": "warn" } }' },
          ],
        },
      ],
    },
    {
      code: '{ "LOG_LEVEL": "trace" }',
      filename: 'app.prod.json',
      errors: [
        {
          messageId: 'verboseConfig',
          data: { level: 'trace', key: 'LOG_LEVEL' },
          suggestions: [
            { messageId: 'useLevel', data: { level: 'info' }, output: '{ "LOG_LEVEL": "info" }' },
            { messageId: 'useLevel', data: { level: 'warn' }, output: '{ "LOG_LEVEL": "warn" }' },
          ],
        },
      ],
    },
    {
      code: '{ "logging": { "logLevel": 20 } }',
      filename: 'config/production.json',
      errors: [
        {
          messageId: 'verboseConfig',
          data: { level: '20', key: 'logLevel' },
          suggestions: [
            { messageId: 'useLevel', data: { level: '30' }, output: '{ "logging": { "logLevel": 30 } }' },
            { messageId: 'useLevel', data: { level: '40' }, output: '{ "logging": { "logLevel": 40 } }' },
          ],
        },
      ],
    },
    {
      code: '{ "scripts": { "start": "DEBUG=* node server.js" } }',
      filename: 'package.json',
      errors: [
        {
          messageId: 'verboseScript',
          data: { script: 'start', assignment: 'DEBUG=*' },
          suggestions: [
            { messageId: 'removeVariable', data: { assignment: 'DEBUG=*' }, output: '{ "scripts": { "start": "node server.js" } }' },
          ],
        },
      ],
    },
    {
      code: '{ "scripts": { "prod": "NODE_ENV=production LOG_LEVEL=debug node dist/main.js" } }',
      filename: 'packages/api/package.json',
      errors: [
        {
          messageId: 'verboseScript',
          data: { script: 'prod', assignment: 'LOG_LEVEL=debug' },
          suggestions: [
            {
              messageId: 'removeVariable',
              data: { assignment: 'LOG_LEVEL=debug' },
              output: '{ "scripts": { "prod": "NODE_ENV=production node dist/main.js" } }',
            },
          ],
        },
      ],
    },
    {
      code: '{ "scripts": { "start:prod": "NODE_DEBUG=http node server.js" } }',
      filename: 'package.json',
      errors: [
        {
          messageId: 'verboseScript',
          data: { script: 'start:prod', assignment: 'NODE_DEBUG=http' },
          suggestions: [
            { messageId: 'removeVariable', data: { assignment: 'NODE_DEBUG=http' }, output: '{ "scripts": { "start:prod": "node server.js" } }' },
          ],
        },
      ],
    },
    {
      code: '{ "scripts": { "start": "cross-env DEBUG=app:* node \\"server.js\\"" } }',
      filename: 'package.json',
      // An escaped string: no suggestion, the report alone.
      errors: [{ messageId: 'verboseScript', data: { script: 'start', assignment: 'DEBUG=app:*' }, suggestions: [] }],
    },
  ],
});

const yamlTester = new CoreRuleTester({ languageOptions: { parser: yamlParser } });

yamlTester.run('no-debug-level-in-production (YAML)', coreRule, {
  valid: [
    { code: 'logger:\n  level: info\n', filename: 'config/production.yaml' },
    { code: 'logger:\n  level: debug\n', filename: 'config/development.yaml' },
    { code: 'level: warn\n', filename: 'config.prod.yml' },
    { code: 'features:\n  level: debug\n', filename: 'config/production.yml' },
    // A plain `level` deep in another block is not a log level; a log-level key with a safe value is fine.
    { code: 'services:\n  cache:\n    level: debug\n  api:\n    logLevel: info\n', filename: 'config/production.yml' },
  ],
  invalid: [
    {
      code: 'services:\n  api:\n    logLevel: debug\n',
      filename: 'config/production.yaml',
      errors: [
        {
          messageId: 'verboseConfig',
          data: { level: 'debug', key: 'logLevel' },
          line: 3,
          column: 15,
          suggestions: [
            { messageId: 'useLevel', data: { level: 'info' }, output: 'services:\n  api:\n    logLevel: info\n' },
            { messageId: 'useLevel', data: { level: 'warn' }, output: 'services:\n  api:\n    logLevel: warn\n' },
          ],
        },
      ],
    },
    {
      code: 'logging:\n  level: trace\n',
      filename: 'config/production.yaml',
      errors: [
        {
          messageId: 'verboseConfig',
          data: { level: 'trace', key: 'level' },
          line: 2,
          column: 10,
          suggestions: [
            { messageId: 'useLevel', data: { level: 'info' }, output: 'logging:\n  level: info\n' },
            { messageId: 'useLevel', data: { level: 'warn' }, output: 'logging:\n  level: warn\n' },
          ],
        },
      ],
    },
    {
      code: "log_level: 'debug'\n",
      filename: 'deploy/app.prod.yml',
      errors: [
        {
          messageId: 'verboseConfig',
          data: { level: 'debug', key: 'log_level' },
          suggestions: [
            { messageId: 'useLevel', data: { level: 'info' }, output: "log_level: 'info'\n" },
            { messageId: 'useLevel', data: { level: 'warn' }, output: "log_level: 'warn'\n" },
          ],
        },
      ],
    },
    {
      code: '---\nlogger:\n  level: "DEBUG"\n---\nlogger:\n  level: info\n',
      filename: 'config/production.yaml',
      errors: [
        {
          messageId: 'verboseConfig',
          data: { level: 'DEBUG', key: 'level' },
          suggestions: [
            { messageId: 'useLevel', data: { level: 'info' }, output: '---\nlogger:\n  level: "info"\n---\nlogger:\n  level: info\n' },
            { messageId: 'useLevel', data: { level: 'warn' }, output: '---\nlogger:\n  level: "warn"\n---\nlogger:\n  level: info\n' },
          ],
        },
      ],
    },
  ],
});
