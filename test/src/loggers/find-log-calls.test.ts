import { describe, expect, it } from 'vitest';
import { FALLBACK_METHODS, LIBRARIES, MODULE_ENTRIES } from '../../../src/loggers/catalog.js';
import { describeCalls, findCalls, type HarnessOptions } from '../../support/engine-harness.js';

interface Case {
  readonly name: string;
  readonly code: string;
  /** `callee:library` of every log call, in source order. */
  readonly calls: readonly string[];
  readonly options?: HarnessOptions;
}

const CASES: readonly Case[] = [
  // console
  { name: 'global console.log', code: 'console.log(a);', calls: ['console.log:console'] },
  {
    name: 'every console method',
    code: 'console.info(a); console.warn(a); console.error(a); console.debug(a); console.trace(a); console.dir(a); console.table(a);',
    calls: ['console.info', 'console.warn', 'console.error', 'console.debug', 'console.trace', 'console.dir', 'console.table'].map((c) => `${c}:console`),
  },
  { name: 'console.assert', code: 'console.assert(ok, a);', calls: ['console.assert:console'] },
  { name: 'console declared as a global', code: 'console.log(a);', calls: ['console.log:console'], options: { globals: { console: 'readonly' } } },
  { name: 'require("console")', code: "const c = require('console'); c.log(a);", calls: ['c.log:console'], options: { sourceType: 'commonjs' } },
  { name: 'node:console import', code: "import c from 'node:console'; c.error(a);", calls: ['c.error:console'] },
  { name: 'new Console()', code: "import { Console } from 'node:console'; const out = new Console(process.stdout); out.log(a);", calls: ['out.log:console'] },
  { name: 'optional call on console', code: 'console?.log(a);', calls: ['console?.log:console'] },
  { name: 'near-miss: shadowed console parameter', code: 'function f(console) { console.log(a); }', calls: [] },
  { name: 'near-miss: local console object', code: 'const console = { log() {} }; console.log(a);', calls: [] },
  { name: 'near-miss: console.group is not a log method', code: 'console.group(); console.time("x");', calls: [] },
  // pino
  { name: 'pino default import', code: "import pino from 'pino'; const log = pino(); log.info(a);", calls: ['log.info:pino'] },
  { name: 'pino require', code: "const pino = require('pino'); const logger = pino(); logger.error(a);", calls: ['logger.error:pino'], options: { sourceType: 'commonjs' } },
  { name: 'pino require called inline', code: "const logger = require('pino')(); logger.warn(a);", calls: ['logger.warn:pino'], options: { sourceType: 'commonjs' } },
  { name: 'pino named export', code: "import { pino } from 'pino'; const l = pino({ level: 'info' }); l.debug(a);", calls: ['l.debug:pino'] },
  { name: 'pino.default()', code: "const pino = require('pino'); const l = pino.default(); l.fatal(a);", calls: ['l.fatal:pino'], options: { sourceType: 'commonjs' } },
  { name: 'pino every level', code: "import pino from 'pino'; const p = pino(); p.trace(a); p.debug(a); p.info(a); p.warn(a); p.error(a); p.fatal(a);", calls: ['trace', 'debug', 'info', 'warn', 'error', 'fatal'].map((m) => `p.${m}:pino`) },
  { name: 'pino child', code: "import pino from 'pino'; const log = pino(); const child = log.child({ module: 'x' }); child.info(a);", calls: ['child.info:pino'] },
  { name: 'pino grandchild', code: "import pino from 'pino'; const a1 = pino().child({}); const a2 = a1.child({}); a2.child({}).warn(a);", calls: ['a2.child({}).warn:pino'] },
  { name: 'pino inline call chain', code: "import pino from 'pino'; pino().info(a);", calls: ['pino().info:pino'] },
  { name: 'pino in a class field', code: "import pino from 'pino'; class S { log = pino(); run() { this.log.info(a); } }", calls: ['this.log.info:pino'] },
  { name: 'pino assigned to this in constructor', code: "import pino from 'pino'; class S { constructor() { this.out = pino(); } run() { this.out.info(a); } }", calls: ['this.out.info:pino'] },
  { name: 'pino with as-cast', code: "import pino from 'pino'; const log = pino() as any; log.info(a);", calls: ['log.info:pino'], options: { typescript: true } },
  { name: 'near-miss: pino instance method that does not log', code: "import pino from 'pino'; const p = pino(); p.flush(); p.isLevelEnabled('info');", calls: [] },
  // pino-http and fastify
  { name: 'req.log from pino-http', code: 'app.get("/", (req, res) => { req.log.info(a); });', calls: ['req.log.info:pino'] },
  { name: 'request.log in fastify', code: 'fastify.get("/", async (request) => { request.log.warn(a); });', calls: ['request.log.warn:pino'] },
  { name: 'fastify.log', code: 'fastify.log.info(a); app.log.error(a); server.log.debug(a);', calls: ['fastify.log.info:pino', 'app.log.error:pino', 'server.log.debug:pino'] },
  // winston
  { name: 'winston createLogger', code: "import winston from 'winston'; const logger = winston.createLogger({}); logger.info(a);", calls: ['logger.info:winston'] },
  { name: 'winston named createLogger', code: "import { createLogger } from 'winston'; const logger = createLogger({}); logger.warn(a);", calls: ['logger.warn:winston'] },
  { name: 'winston require destructured', code: "const { createLogger } = require('winston'); const logger = createLogger(); logger.error(a);", calls: ['logger.error:winston'], options: { sourceType: 'commonjs' } },
  { name: 'winston default logger', code: "import winston from 'winston'; winston.info(a); winston.log('info', a);", calls: ['winston.info:winston', 'winston.log:winston'] },
  { name: 'winston namespace import', code: "import * as winston from 'winston'; const l = winston.createLogger(); l.http(a);", calls: ['l.http:winston'] },
  { name: 'winston logger.log with level', code: "import winston from 'winston'; const l = winston.createLogger(); l.log('warn', 'msg', meta);", calls: ['l.log:winston'] },
  { name: 'winston logger.log with object', code: "import winston from 'winston'; const l = winston.createLogger(); l.log({ level: 'info', message: 'x' });", calls: ['l.log:winston'] },
  { name: 'winston child', code: "import winston from 'winston'; const l = winston.createLogger(); const c = l.child({ requestId }); c.verbose(a);", calls: ['c.verbose:winston'] },
  { name: 'winston.loggers.get', code: "import winston from 'winston'; const l = winston.loggers.get('category'); l.silly(a);", calls: ['l.silly:winston'] },
  { name: 'winston every npm level', code: "import winston from 'winston'; const w = winston.createLogger(); w.error(a); w.warn(a); w.info(a); w.http(a); w.verbose(a); w.debug(a); w.silly(a);", calls: ['error', 'warn', 'info', 'http', 'verbose', 'debug', 'silly'].map((m) => `w.${m}:winston`) },
  { name: 'near-miss: winston.format is not a logger', code: "import winston from 'winston'; winston.format.json(); winston.transports.Console;", calls: [] },
  // bunyan
  { name: 'bunyan createLogger', code: "import bunyan from 'bunyan'; const log = bunyan.createLogger({ name: 'app' }); log.info(a);", calls: ['log.info:bunyan'] },
  { name: 'bunyan require', code: "const bunyan = require('bunyan'); const log = bunyan.createLogger({ name: 'a' }); log.warn(a);", calls: ['log.warn:bunyan'], options: { sourceType: 'commonjs' } },
  { name: 'bunyan constructor', code: "import Logger from 'bunyan'; const log = new Logger({ name: 'a' }); log.error(a);", calls: ['log.error:bunyan'] },
  { name: 'bunyan child', code: "import bunyan from 'bunyan'; const log = bunyan.createLogger({ name: 'a' }); const c = log.child({ widget: 1 }); c.trace(a);", calls: ['c.trace:bunyan'] },
  // log4js, loglevel
  { name: 'log4js getLogger', code: "import log4js from 'log4js'; const l = log4js.getLogger('app'); l.info(a); l.mark(a);", calls: ['l.info:log4js', 'l.mark:log4js'] },
  { name: 'log4js require', code: "const log4js = require('log4js'); const logger = log4js.getLogger(); logger.fatal(a);", calls: ['logger.fatal:log4js'], options: { sourceType: 'commonjs' } },
  { name: 'loglevel default', code: "import log from 'loglevel'; log.warn(a);", calls: ['log.warn:loglevel'] },
  { name: 'loglevel getLogger', code: "import log from 'loglevel'; const l = log.getLogger('x'); l.info(a);", calls: ['l.info:loglevel'] },
  // Egg
  { name: 'egg ctx.logger', code: 'async function h(ctx) { ctx.logger.info(a); }', calls: ['ctx.logger.info:egg'] },
  { name: 'egg this.ctx.logger', code: 'class C { async index() { this.ctx.logger.warn(a); } }', calls: ['this.ctx.logger.warn:egg'] },
  { name: 'egg app.logger', code: 'module.exports = (app) => { app.logger.error(a); app.coreLogger.info(a); };', calls: ['app.logger.error:egg', 'app.coreLogger.info:egg'], options: { sourceType: 'commonjs' } },
  // NestJS
  { name: 'nest new Logger()', code: "import { Logger } from '@nestjs/common'; const logger = new Logger('App'); logger.log(a);", calls: ['logger.log:nestjs'] },
  { name: 'nest static Logger.log', code: "import { Logger } from '@nestjs/common'; Logger.log(a); Logger.error(a);", calls: ['Logger.log:nestjs', 'Logger.error:nestjs'] },
  { name: 'nest class member logger', code: "import { Logger } from '@nestjs/common'; class S { private readonly logger = new Logger(S.name); run() { this.logger.verbose(a); } }", calls: ['this.logger.verbose:nestjs'], options: { typescript: true } },
  { name: 'near-miss: Logger from another package', code: "import { Logger } from './my-logger'; const l = new Logger(); l.write(a);", calls: [] },
  // name fallback
  { name: 'fallback: logger parameter', code: 'function f(logger) { logger.info(a); }', calls: ['logger.info:unknown'] },
  { name: 'fallback: this.logger', code: 'class C { run() { this.logger.error(a); } }', calls: ['this.logger.error:unknown'] },
  { name: 'fallback: *Logger and *Log', code: 'auditLogger.warn(a); requestLog.info(a); AUDIT_LOG.error(a);', calls: ['auditLogger.warn:unknown', 'requestLog.info:unknown', 'AUDIT_LOG.error:unknown'] },
  { name: 'fallback: private field', code: 'class C { #logger; run() { this.#logger.info(a); } }', calls: ['this.#logger.info:unknown'] },
  { name: 'fallback: child of a named logger', code: 'logger.child({ a: 1 }).info(a);', calls: ['logger.child({ a: 1 }).info:unknown'] },
  { name: 'fallback: imported logger module', code: "import { logger } from './logger'; logger.warn(a);", calls: ['logger.warn:unknown'] },
  { name: 'fallback off', code: 'logger.info(a); this.logger.warn(a);', calls: [], options: { settings: { 'secure-logging': { nameFallback: false } } } },
  { name: 'fallback off keeps imports', code: "import pino from 'pino'; const logger = pino(); logger.info(a);", calls: ['logger.info:pino'], options: { settings: { 'secure-logging': { nameFallback: false } } } },
  { name: 'fallback off keeps framework loggers', code: 'req.log.info(a);', calls: ['req.log.info:pino'], options: { settings: { 'secure-logging': { nameFallback: false } } } },
  // near-misses
  { name: 'near-miss: dialog.error', code: 'dialog.error(a); catalog.info(a); blog.warn(a);', calls: [] },
  { name: 'near-miss: logs.push', code: 'logs.push(a); log.push(a); logger.write(a);', calls: [] },
  { name: 'near-miss: history.log', code: 'history.log(a); Math.log(a); changes.info(a);', calls: [] },
  { name: 'near-miss: bare log function', code: 'log(a); info(a); debug(a);', calls: [] },
  { name: 'near-miss: computed method', code: 'logger[method](a);', calls: [] },
  // computed levels and indirect calls
  { name: 'computed level', code: "logger[level](a); log[opts.logLevel](a); logger[ok ? 'info' : 'error'](a);", calls: ['logger[level]:unknown', 'log[opts.logLevel]:unknown', "logger[ok ? 'info' : 'error']:unknown"] },
  { name: 'near-miss: computed key that is not a level', code: "logger[name](a); handlers[level](a); logger[ok ? 'push' : 'pop'](a);", calls: [] },
  {
    name: '.call and .apply of a log method',
    code: "import pino from 'pino'; const p = pino(); p.info('x'); p.info.call(p, a); console.error.apply(console, [a, b]); logger.warn.call(logger, a);",
    calls: ['p.info:pino', 'p.info:pino', 'console.error:console', 'logger.warn:unknown'],
  },
  { name: 'near-miss: .call of other functions, .apply without an array', code: 'fn.call(null, a); list.push.apply(list, items); logger.info.apply(logger, args); logger.child.call(logger, a);', calls: [] },
  {
    name: 'a variable bound to a log method',
    code: "import pino from 'pino'; const p = pino(); p.error('x'); const error = p.error.bind(p); error(a); const warn = console.warn.bind(console, '[app]'); warn(a); const debug = logger.debug.bind(logger); debug(a);",
    calls: ['p.error:pino', 'p.error:pino', 'console.warn:console', 'logger.debug:unknown'],
  },
  {
    name: 'near-miss: bound other methods, and a bound variable written again',
    code: 'const run = task.run.bind(task); run(a); let info = logger.info.bind(logger); info = noop; info(a); const f = bind(logger.info); f(a);',
    calls: [],
  },
  // more libraries
  { name: 'debug: the instance is a function', code: "import createDebug from 'debug'; const debug = createDebug('app'); debug('x %o', a); debug.extend('db')(a);", calls: ['debug:debug', "debug.extend('db'):debug"] },
  { name: 'debug: required and called at once', code: "const debug = require('debug')('app'); debug(a);", calls: ['debug:debug'], options: { sourceType: 'commonjs' } },
  { name: 'near-miss: debug settings are not log calls', code: "import createDebug from 'debug'; const debug = createDebug('app'); createDebug.enable('app:*'); debug.enabled = true; debug.destroy();", calls: [] },
  { name: 'fancy-log: called and by level', code: "import log from 'fancy-log'; log(a); log.warn(a);", calls: ['log:fancy-log', 'log.warn:fancy-log'] },
  { name: 'consola', code: "import { consola, createConsola } from 'consola'; consola.success(a); const c = createConsola(); c.withTag('x').fail(a);", calls: ['consola.success:consola', "c.withTag('x').fail:consola"] },
  { name: 'near-miss: consola settings', code: "import { consola } from 'consola'; consola.level = 5; consola.wrapConsole(); consola.pauseLogs();", calls: [] },
  { name: 'signale', code: "import signale, { Signale } from 'signale'; signale.pending(a); const s = new Signale(); s.scope('x').note(a);", calls: ['signale.pending:signale', "s.scope('x').note:signale"] },
  { name: 'tslog', code: "import { Logger } from 'tslog'; const t = new Logger(); t.silly(a); t.getSubLogger().error(a);", calls: ['t.silly:tslog', 't.getSubLogger().error:tslog'] },
  { name: 'npmlog', code: "import npmlog from 'npmlog'; npmlog.http('fetch', a); npmlog.log('info', 'prefix', a);", calls: ['npmlog.http:npmlog', 'npmlog.log:npmlog'] },
  { name: 'near-miss: npmlog settings', code: "import npmlog from 'npmlog'; npmlog.level = 'silly'; npmlog.enableColor(); npmlog.pause();", calls: [] },
  { name: 'near-miss: unrelated pino-like package', code: "import pino from 'pino-pretty'; pino().info(a);", calls: [] },
  // settings
  {
    name: 'settings: named receiver',
    code: 'audit.record(a); audit.info(a);',
    calls: ['audit.record:custom'],
    options: { settings: { 'secure-logging': { loggers: [{ name: 'audit', methods: ['record'] }] } } },
  },
  {
    name: 'settings: this.audit with default methods',
    code: 'class C { run() { this.audit.warn(a); } }',
    calls: ['this.audit.warn:custom'],
    options: { settings: { 'secure-logging': { loggers: [{ name: 'this.audit' }] } } },
  },
  {
    name: 'settings: factory module export',
    code: "import { makeLogger } from '@acme/log'; const l = makeLogger(); l.info(a); l.child({}).warn(a);",
    calls: ['l.info:pino', 'l.child({}).warn:pino'],
    options: { settings: { 'secure-logging': { loggers: [{ module: '@acme/log', export: 'makeLogger', kind: 'factory', library: 'pino' }] } } },
  },
  {
    name: 'settings: instance module export',
    code: "const { log: out } = require('@acme/log'); out.emit(a);",
    calls: ['out.emit:custom'],
    options: { sourceType: 'commonjs', settings: { 'secure-logging': { loggers: [{ module: '@acme/log', export: 'log', methods: ['emit'] }] } } },
  },
  {
    name: 'settings: default-exported instance',
    code: "import audit from '@acme/audit'; audit.info(a);",
    calls: ['audit.info:custom'],
    options: { settings: { 'secure-logging': { loggers: [{ module: '@acme/audit' }] } } },
  },
];

describe('findLogCalls', () => {
  it('has at least 60 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
  });

  for (const testCase of CASES) {
    it(testCase.name, () => {
      const found = describeCalls(findCalls(testCase.code, testCase.options));
      const expected = testCase.calls.map((call) => (call.includes(':') ? call : `${call}:unknown`));
      expect(found).toEqual(expected);
    });
  }
});

describe('argument roles and levels', () => {
  const roles = (code: string, options?: HarnessOptions) =>
    findCalls(code, options).map((call) => ({
      level: call.level,
      roles: call.args.map((arg) => arg.role),
    }));

  it('pino: object first, then message, then format args', () => {
    expect(roles("import pino from 'pino'; const p = pino(); p.info({ a }, 'msg %s', b); p.warn('msg', b); p.error(err);")).toEqual([
      { level: 'info', roles: ['data', 'message', 'data'] },
      { level: 'warn', roles: ['message', 'data'] },
      { level: 'error', roles: ['data'] },
    ]);
  });

  it('winston: message first, meta last; log(level, ...) and log({ level })', () => {
    expect(
      roles("import winston from 'winston'; const w = winston.createLogger(); w.info('msg', meta); w.log('warn', 'msg', meta); w.log({ level: 'debug', message: 'm' }); w.log(lvl, 'm');"),
    ).toEqual([
      { level: 'info', roles: ['message', 'data'] },
      { level: 'warn', roles: ['level', 'message', 'data'] },
      { level: 'debug', roles: ['data'] },
      { level: null, roles: ['level', 'message'] },
    ]);
  });

  it('winston: static level from a const', () => {
    expect(roles("import winston from 'winston'; const LEVEL = 'error'; winston.log(LEVEL, 'm');")).toEqual([
      { level: 'error', roles: ['level', 'message'] },
    ]);
  });

  it('console: every argument is data; assert starts with a condition', () => {
    expect(roles('console.log(a, b); console.assert(ok, a);')).toEqual([
      { level: 'info', roles: ['data', 'data'] },
      { level: 'error', roles: ['condition', 'data'] },
    ]);
  });

  it('bunyan: error first, then message', () => {
    expect(roles("import bunyan from 'bunyan'; const b = bunyan.createLogger({}); b.error(err, 'failed');")).toEqual([
      { level: 'error', roles: ['data', 'message'] },
    ]);
  });

  it('string-like first arguments are messages', () => {
    expect(roles("import pino from 'pino'; const p = pino(); p.info(`user ${id}`); p.info('a' + b, c);")).toEqual([
      { level: 'info', roles: ['message'] },
      { level: 'info', roles: ['message', 'data'] },
    ]);
  });
});

describe('catalogue data', () => {
  it('every module entry names a known library with log methods', () => {
    for (const entry of MODULE_ENTRIES) {
      expect(Object.keys(LIBRARIES[entry.library].methods).length).toBeGreaterThan(0);
    }
  });

  it('level-argument and condition methods are log methods of their library', () => {
    for (const shape of Object.values(LIBRARIES)) {
      for (const method of [...shape.levelArgumentMethods, ...shape.conditionMethods]) {
        expect(Object.keys(shape.methods)).toContain(method);
      }
    }
  });

  it('the fallback accepts only level names', () => {
    expect(FALLBACK_METHODS).not.toContain('push');
    expect(FALLBACK_METHODS).not.toContain('write');
    expect(FALLBACK_METHODS).toContain('info');
  });
});
