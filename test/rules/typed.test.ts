/**
 * Typed mode: the same rules, linted with type information on the fixture project
 * (`test/fixtures/typed`), whose `.d.ts` stubs stand in for pino, winston, bunyan, NestJS,
 * express, koa, fastify and axios.
 */
import noPiiInLogs from '../../rules/no-pii-in-logs.js';
import noRawBodiesInLogs from '../../rules/no-raw-bodies-in-logs.js';
import noSecretsInLogs from '../../rules/no-secrets-in-logs.js';
import { createTypedRuleTester } from '../support/typed-rule-tester.js';

const ruleTester = createTypedRuleTester();
const IMPORT = "import { redact } from '@secure-logging/redact';";
const PINO = "import pino, { type Logger } from 'pino';\nconst logger: Logger = pino();";
const MODELS = "import type { ApiKey, Order, PublicUser, User } from './src/models.js';";

interface Leak {
  readonly name: string;
  readonly code: string;
  readonly value: string;
  readonly reported: string;
  readonly callee: string;
  readonly messageId?: 'leak' | 'recordLeak';
  readonly settings?: Record<string, unknown>;
}

/** `code` holds `VALUE`; one report on it, fixed to `redact(VALUE)`. */
function leak({ name, code, value, reported, callee, messageId = 'leak', settings }: Leak) {
  return {
    name,
    code: `${IMPORT}\n${code.replace('VALUE', value)}`,
    output: `${IMPORT}\n${code.replace('VALUE', `redact(${value})`)}`,
    ...(settings ? { settings } : {}),
    errors: [{ messageId, data: { name: reported, callee, through: '' } }],
  };
}

ruleTester.run('no-secrets-in-logs (typed)', noSecretsInLogs, {
  valid: [
    // 2. Precision by type: harmless types, whatever the name.
    `${PINO}\ndeclare const isTokenValid: boolean;\nlogger.info({ isTokenValid });`,
    `${PINO}\ndeclare const tokenValid: boolean;\nlogger.info(tokenValid);`,
    `${PINO}\ndeclare const passwordAttempts: number;\nlogger.info({ password: passwordAttempts });`,
    `${PINO}\ndeclare const secretCount: bigint;\nlogger.info(secretCount);`,
    `${PINO}\nenum TokenKind { Access, Refresh }\ndeclare const token: TokenKind;\nlogger.info({ token });`,
    `${PINO}\ntype TokenType = 'bearer' | 'basic';\ndeclare const token: TokenType;\nlogger.info({ token });`,
    `${PINO}\nconst TOKEN_HEADER = 'x-auth-token';\nlogger.info(TOKEN_HEADER);`,
    `${PINO}\nconst PASSWORD_HINT = 'use at least twelve characters';\nlogger.info(PASSWORD_HINT);`,
    `${PINO}\ndeclare const apiKey: undefined;\nlogger.info(apiKey);`,
    `${PINO}\nfunction check(secret: string): boolean { return secret.length > 8; }\nlogger.info(check('x'));`,
    // 4. Redacted types.
    `${PINO}\n${MODELS}\ndeclare const view: PublicUser;\nlogger.info(view);`,
    `${PINO}\n/** @redacted */\ntype MaskedToken = string;\ndeclare const token: MaskedToken;\nlogger.info({ token });`,
    {
      code: `${PINO}\ninterface SafeCredentials { user: string; secret: string }\ndeclare const credentials: SafeCredentials;\nlogger.info(credentials);`,
      settings: { 'secure-logging': { types: { redacted: ['SafeCredentials'] } } },
    },
    // 3. Reach by type: types without sensitive properties.
    `${PINO}\n${MODELS}\ndeclare const order: Order;\nlogger.info({ orderId: order.id, total: order.total });`,
    `${PINO}\ninterface Stats { count: number; tokenCount: number; passwordAge: number }\ndeclare const stats: Stats;\nlogger.info(stats);`,
    `${PINO}\nlogger.info(new Date(), new Map<string, string>(), new Error('x'));`,
    // Already redacted, by the fix or by the logger's own redact paths.
    `${IMPORT}\n${PINO}\n${MODELS}\ndeclare const user: User;\nlogger.info({ user: redact(user) });`,
    `${IMPORT}\n${PINO}\n${MODELS}\ndeclare const user: User;\nlogger.info(redact(user));`,
    `import pino from 'pino';\n${MODELS}\nconst log = pino({ redact: ['u.email'] });\ndeclare const u: User;\nlog.info({ u });`,
    // The walk is bounded: sensitive properties more than three levels down are not followed.
    `${PINO}\ninterface Deep { a: { b: { c: { password: string } } } }\ndeclare const deep: Deep;\nlogger.info(deep);`,
    // 1. Loggers by type: a non-logger type with an info method.
    "interface AuditTrail { info(entry: unknown): void }\ndeclare const audit: AuditTrail;\ndeclare const password: string;\naudit.info({ password });",
    // A notifier with info, warn and error but no debug is not a logger by its structure.
    "interface Toasts { info(text: unknown): void; warn(text: unknown): void; error(text: unknown): void; success(text: unknown): void }\ndeclare const toasts: Toasts;\ndeclare const password: string;\ntoasts.error({ password });",
    // Logger-like methods that are not methods.
    "interface Levels { debug: number; info: number; error: number }\ndeclare const levels: Levels;\ndeclare const password: string;\nlevels.info({ password });",
    // JSON.stringify of a type without secrets, inside a template.
    `${PINO}\n${MODELS}\ndeclare const order: Order;\nlogger.info(\`placed \${JSON.stringify({ id: order.id })}\`);`,
    `${PINO}\ninterface Stats { count: number; tokenCount: number }\ndeclare const stats: Stats;\nlogger.info('stats: ' + JSON.stringify(stats));`,
  ],
  invalid: [
    // 1. Loggers by type.
    leak({
      name: 'an injected pino logger under any name',
      code: "import type { Logger } from 'pino';\nclass S { constructor(private readonly audit: Logger) {}\n  run(password: string) { this.audit.info({ password: VALUE }); } }",
      value: 'password',
      reported: 'password',
      callee: 'this.audit.info',
    }),
    leak({
      name: 'a winston logger parameter',
      code: "import type { Logger } from 'winston';\nfunction f(out: Logger, token: string) { out.warn('x', VALUE); }",
      value: 'token',
      reported: 'token',
      callee: 'out.warn',
    }),
    leak({
      name: 'a bunyan logger',
      code: "import Logger = require('bunyan');\ndeclare const b: Logger;\ndeclare const apiKey: string;\nb.error(VALUE);",
      value: 'apiKey',
      reported: 'apiKey',
      callee: 'b.error',
    }),
    leak({
      name: 'a NestJS LoggerService',
      code: "import type { LoggerService } from '@nestjs/common';\nclass S { constructor(private readonly trail: LoggerService) {}\n  run(secret: string) { this.trail.log(VALUE); } }",
      value: 'secret',
      reported: 'secret',
      callee: 'this.trail.log',
    }),
    leak({
      name: 'a Console',
      code: 'declare const out: Console;\ndeclare const password: string;\nout.error(VALUE);',
      value: 'password',
      reported: 'password',
      callee: 'out.error',
    }),
    leak({
      name: 'a logger imported from another file',
      code: "import { sink } from './src/logger.js';\ndeclare const refreshToken: string;\nsink.info({ refreshToken: VALUE });",
      value: 'refreshToken',
      reported: 'refreshToken',
      callee: 'sink.info',
    }),
    leak({
      name: 'a logger by its structure: a local interface with level methods',
      code: "interface AppLogger { debug(...args: unknown[]): void; info(...args: unknown[]): void; error(...args: unknown[]): void }\ndeclare const journal: AppLogger;\ndeclare const password: string;\njournal.info({ password: VALUE });",
      value: 'password',
      reported: 'password',
      callee: 'journal.info',
    }),
    leak({
      name: 'a logger by its structure: a local class, injected',
      code: "class Out { debug(m: string) {} info(m: string) {} warn(m: string) {} }\nclass S { constructor(private readonly out: Out) {}\n  run(token: string) { this.out.warn(VALUE); } }",
      value: 'token',
      reported: 'token',
      callee: 'this.out.warn',
    }),
    {
      name: 'JSON.stringify(dto) inside a template: the secret fields of its type',
      code: `${IMPORT}\n${PINO}\ninterface Session { id: string; accessToken: string }\ndeclare const dto: Session;\nlogger.info(\`session \${JSON.stringify(dto)}\`);`,
      output: `${IMPORT}\n${PINO}\ninterface Session { id: string; accessToken: string }\ndeclare const dto: Session;\nlogger.info(\`session \${JSON.stringify(redact(dto))}\`);`,
      errors: [{ messageId: 'leak', data: { name: 'dto.accessToken', callee: 'logger.info', through: '' } }],
    },
    {
      name: 'JSON.stringify(dto) concatenated',
      code: `${IMPORT}\n${PINO}\ninterface Session { id: string; accessToken: string }\ndeclare const dto: Session;\nlogger.info('session ' + JSON.stringify(dto));`,
      output: `${IMPORT}\n${PINO}\ninterface Session { id: string; accessToken: string }\ndeclare const dto: Session;\nlogger.info('session ' + JSON.stringify(redact(dto)));`,
      errors: [{ messageId: 'leak', data: { name: 'dto.accessToken', callee: 'logger.info', through: '' } }],
    },
    // 2. Precision keeps real secrets.
    leak({
      name: 'a string password is still a secret',
      code: `${PINO}\ndeclare const password: string;\nlogger.info(VALUE);`,
      value: 'password',
      reported: 'password',
      callee: 'logger.info',
    }),
    leak({
      name: 'an optional token',
      code: `${PINO}\ndeclare const token: string | undefined;\nlogger.info(VALUE);`,
      value: 'token',
      reported: 'token',
      callee: 'logger.info',
    }),
    leak({
      name: 'a hard-coded password literal is not plain text',
      code: `${PINO}\nconst PASSWORD = 'hunter2';\nlogger.info(VALUE);`,
      value: 'PASSWORD',
      reported: 'PASSWORD',
      callee: 'logger.info',
    }),
    // 3. Reach by type.
    leak({
      name: 'a type with a secret property',
      code: `${PINO}\ninterface Session { id: string; accessToken: string }\ndeclare const session: Session;\nlogger.info(VALUE);`,
      value: 'session',
      reported: 'session.accessToken',
      callee: 'logger.info',
    }),
    {
      name: 'nested two deep, in an object literal',
      code: `${IMPORT}\n${PINO}\ninterface Db { host: string; connection: { user: string; password: string } }\ndeclare const db: Db;\nlogger.info({ db });`,
      output: `${IMPORT}\n${PINO}\ninterface Db { host: string; connection: { user: string; password: string } }\ndeclare const db: Db;\nlogger.info({ db: redact(db) });`,
      errors: [{ messageId: 'leak', data: { name: 'db.connection.password', callee: 'logger.info', through: '' } }],
    },
    leak({
      name: 'an array of typed values',
      code: `${PINO}\ninterface Key { id: string; secret: string }\ndeclare const keys: Key[];\nlogger.info(VALUE);`,
      value: 'keys',
      reported: 'keys.secret',
      callee: 'logger.info',
    }),
    leak({
      name: 'a recursive type ends',
      code: `${PINO}\ninterface Item { next?: Item; children: Item[]; signingKey: string }\ndeclare const item: Item;\nlogger.info(VALUE);`,
      value: 'item',
      reported: 'item.signingKey',
      callee: 'logger.info',
    }),
    leak({
      name: 'an optional logger member',
      code: "import type { Logger } from 'pino';\nclass S { trail?: Logger;\n  run(secret: string) { this.trail?.warn(VALUE); } }",
      value: 'secret',
      reported: 'secret',
      callee: 'this.trail?.warn',
    }),
    // 4. Declared sensitivity.
    leak({
      name: 'a @sensitive type alias from another file',
      code: `${PINO}\n${MODELS}\ndeclare const k: ApiKey;\nlogger.info(VALUE);`,
      value: 'k',
      reported: 'k',
      callee: 'logger.info',
    }),
    leak({
      name: 'a @sensitive property',
      code: `${PINO}\ninterface Config {\n  port: number;\n  /** @sensitive */\n  dsnUrl: string;\n}\ndeclare const config: Config;\nlogger.info(VALUE);`,
      value: 'config',
      reported: 'config.dsnUrl',
      callee: 'logger.info',
    }),
    leak({
      name: 'a branded Password type',
      code: `${PINO}\ntype Password = string & { readonly __brand: 'Password' };\ndeclare const p: Password;\nlogger.info(VALUE);`,
      value: 'p',
      reported: 'p',
      callee: 'logger.info',
    }),
    leak({
      name: 'a Secret<T> wrapper',
      code: `${PINO}\ntype Secret<T> = T & { readonly __secret: true };\ndeclare const value: Secret<string>;\nlogger.info(VALUE);`,
      value: 'value',
      reported: 'value',
      callee: 'logger.info',
    }),
    leak({
      name: 'a type named in settings',
      code: `${PINO}\ninterface VaultToken { raw: string }\ndeclare const v: VaultToken;\nlogger.info(VALUE);`,
      value: 'v',
      reported: 'v',
      callee: 'logger.info',
      settings: { 'secure-logging': { types: { secret: ['VaultToken'] } } },
    }),
  ],
});

ruleTester.run('no-pii-in-logs (typed)', noPiiInLogs, {
  valid: [
    `${PINO}\ndeclare const emailVerifiedCount: number;\nlogger.info({ email: emailVerifiedCount });`,
    `${PINO}\ntype Gender = 'female' | 'male' | 'other';\ndeclare const gender: Gender;\nlogger.info({ gender });`,
    `${PINO}\ndeclare const phone: boolean;\nlogger.info(phone);`,
    `${PINO}\n${MODELS}\ndeclare const view: PublicUser;\nlogger.info({ view });`,
    `${PINO}\n${MODELS}\ndeclare const user: User;\nlogger.info({ id: user.id, createdAt: user.createdAt });`,
    `${PINO}\ninterface Row { id: string; email_sent: boolean }\ndeclare const row: Row;\nlogger.info(row);`,
    // An object type whose every field is harmless is harmless, whatever its name.
    `${PINO}\ninterface Flags { id: number; active: boolean; tier: 'gold' | 'silver' }\ndeclare const user: Flags;\nlogger.info(user);`,
    `${PINO}\ndeclare const account: { id: number; roles: ('admin' | 'member')[] };\nlogger.info({ account });`,
    {
      code: `${PINO}\ninterface Patient { id: string; ward: string }\ndeclare const p: Patient;\nlogger.info({ id: p.id });`,
      settings: { 'secure-logging': { types: { pii: ['Patient'] } } },
    },
  ],
  invalid: [
    leak({
      name: 'a user from another file, under any name',
      code: `${PINO}\n${MODELS}\ndeclare const u: User;\nlogger.info(VALUE);`,
      value: 'u',
      reported: 'u.email',
      callee: 'logger.info',
    }),
    {
      name: 'card.number reads as a card number',
      code: `${IMPORT}\n${PINO}\n${MODELS}\ndeclare const order: Order;\nlogger.info({ order }, 'placed');`,
      output: `${IMPORT}\n${PINO}\n${MODELS}\ndeclare const order: Order;\nlogger.info({ order: redact(order) }, 'placed');`,
      errors: [{ messageId: 'leak', data: { name: 'order.card.number', callee: 'logger.info', through: '' } }],
    },
    leak({
      name: 'a @sensitive pii property',
      code: `${PINO}\ninterface Visit {\n  id: string;\n  /** @sensitive pii */\n  notes: string;\n}\ndeclare const visit: Visit;\nlogger.info(VALUE);`,
      value: 'visit',
      reported: 'visit.notes',
      callee: 'logger.info',
    }),
    leak({
      name: 'a pii type named in settings',
      code: `${PINO}\ninterface Patient { id: string; ward: string }\ndeclare const p: Patient;\nlogger.info(VALUE);`,
      value: 'p',
      reported: 'p',
      callee: 'logger.info',
      settings: { 'secure-logging': { types: { pii: ['Patient'] } } },
    }),
    leak({
      name: 'a whole customer record still reported by name',
      code: `${PINO}\ndeclare const customer: { id: string; tier: 'gold' | 'silver' };\nlogger.info(VALUE);`,
      value: 'customer',
      reported: 'customer',
      callee: 'logger.info',
      messageId: 'recordLeak',
    }),
    leak({
      name: 'a record whose type has one field that is not harmless',
      code: `${PINO}\ndeclare const user: { id: number; active: boolean; nickname: string };\nlogger.info(VALUE);`,
      value: 'user',
      reported: 'user',
      callee: 'logger.info',
      messageId: 'recordLeak',
    }),
    leak({
      name: 'an injected NestJS Logger',
      code: "import { Logger } from '@nestjs/common';\nclass S { private readonly out = new Logger('S');\n  run(email: string) { this.out.log(VALUE); } }",
      value: 'email',
      reported: 'email',
      callee: 'this.out.log',
    }),
  ],
});

ruleTester.run('no-raw-bodies-in-logs (typed)', noRawBodiesInLogs, {
  valid: [
    `${PINO}\nimport type { Request } from 'express';\nfunction f(incoming: Request) { logger.info(incoming.method, incoming.path); }`,
    `${PINO}\nimport type { AxiosResponse } from 'axios';\ndeclare const result: AxiosResponse;\nlogger.info(result.status);`,
    `${PINO}\nimport type { AxiosError } from 'axios';\ndeclare const failure: AxiosError;\nlogger.info(failure.message);`,
    `${PINO}\nimport type { FastifyRequest } from 'fastify';\ndeclare const incoming: FastifyRequest;\nlogger.info(incoming.url);`,
    `${PINO}\ninterface Request { body: string }\ndeclare const own: Request;\nlogger.info(own.body);`,
  ],
  invalid: [
    {
      name: 'an express Request under any name',
      code: `${IMPORT}\n${PINO}\nimport type { Request } from 'express';\nfunction f(incoming: Request) { logger.info(incoming.body); }`,
      output: `${IMPORT}\n${PINO}\nimport type { Request } from 'express';\nfunction f(incoming: Request) { logger.info(redact(incoming.body)); }`,
      errors: [{ messageId: 'payloadLeak', data: { name: 'incoming.body', callee: 'logger.info', through: '', what: 'request body' } }],
    },
    {
      name: 'an AxiosResponse',
      code: `${IMPORT}\n${PINO}\nimport type { AxiosResponse } from 'axios';\ndeclare const result: AxiosResponse;\nlogger.info({ payload: result.data });`,
      output: `${IMPORT}\n${PINO}\nimport type { AxiosResponse } from 'axios';\ndeclare const result: AxiosResponse;\nlogger.info({ payload: redact(result.data) });`,
      errors: [{ messageId: 'payloadLeak', data: { name: 'result.data', callee: 'logger.info', through: '', what: 'HTTP client response body' } }],
    },
    {
      name: 'an AxiosError whole',
      code: `${IMPORT}\n${PINO}\nimport type { AxiosError } from 'axios';\ndeclare const failure: AxiosError;\nlogger.error(failure);`,
      output: `${IMPORT}\n${PINO}\nimport type { AxiosError } from 'axios';\ndeclare const failure: AxiosError;\nlogger.error({ message: failure.message, status: failure.response?.status, code: failure.code });`,
      errors: [
        {
          messageId: 'payloadLeak',
          data: { name: 'failure', callee: 'logger.error', through: '', what: 'HTTP client error' },
          suggestions: [
            {
              messageId: 'wrapInRedact',
              data: { text: 'failure', redact: 'redact' },
              output: `${IMPORT}\n${PINO}\nimport type { AxiosError } from 'axios';\ndeclare const failure: AxiosError;\nlogger.error(redact(failure));`,
            },
          ],
        },
      ],
    },
    {
      name: 'a Koa Context',
      code: `${IMPORT}\n${PINO}\nimport type { Context } from 'koa';\ndeclare const c: Context;\nlogger.info(c.request.body);`,
      output: `${IMPORT}\n${PINO}\nimport type { Context } from 'koa';\ndeclare const c: Context;\nlogger.info(redact(c.request.body));`,
      errors: [{ messageId: 'payloadLeak', data: { name: 'c.request.body', callee: 'logger.info', through: '', what: 'request body' } }],
    },
    {
      name: 'a FastifyRequest',
      code: `${IMPORT}\n${PINO}\nimport type { FastifyRequest } from 'fastify';\ndeclare const incoming: FastifyRequest;\nlogger.info(incoming.headers);`,
      output: `${IMPORT}\n${PINO}\nimport type { FastifyRequest } from 'fastify';\ndeclare const incoming: FastifyRequest;\nlogger.info(redact(incoming.headers));`,
      errors: [{ messageId: 'payloadLeak', data: { name: 'incoming.headers', callee: 'logger.info', through: '', what: 'request headers' } }],
    },
    {
      name: "fetch's Response body",
      code: `${IMPORT}\n${PINO}\ndeclare const got: Response;\nlogger.info(got.body);`,
      output: `${IMPORT}\n${PINO}\ndeclare const got: Response;\nlogger.info(redact(got.body));`,
      errors: [{ messageId: 'payloadLeak', data: { name: 'got.body', callee: 'logger.info', through: '', what: 'fetch response body' } }],
    },
  ],
});
