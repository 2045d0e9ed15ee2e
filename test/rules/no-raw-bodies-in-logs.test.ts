import { fileURLToPath } from 'node:url';
import rule, { type Options } from '../../rules/no-raw-bodies-in-logs.js';
import { createRuleTester } from '../support/rule-tester.js';

const ruleTester = createRuleTester();
const IMPORT = "import { redact } from '@secure-logging/redact';";
const BROWSER_FILE = fileURLToPath(new URL('../fixtures/apps/browser/src/api/telemetry.js', import.meta.url));

type Invalid = Parameters<typeof ruleTester.run<'payloadLeak' | 'wrapInRedact' | 'wrapAtSource' | 'summarizeRequest' | 'summarizeError', Options>>[2]['invalid'][number];

/** Wraps `code` in an Express route handler `(req, res) => { … }`. */
const express = (code: string): string => `app.post('/x', (req, res) => { ${code} });`;

/**
 * A payload logged where it sits: `template` holds `VALUE`; the case expects one report on it,
 * naming `name` as a raw `what`, and the output with `redact(VALUE)`.
 */
function direct(
  label: string,
  template: string,
  value: string,
  name: string,
  what: string,
  options: { callee?: string; through?: string; wrap?: (code: string) => string; strict?: boolean } = {},
): Invalid {
  const wrap = options.wrap ?? express;
  const shorthand = template.includes('{ VALUE }');
  const replaced = shorthand ? template.replace('{ VALUE }', `{ ${value}: redact(${value}) }`) : template.replace('VALUE', `redact(${value})`);
  const whole = !name.includes('.') && what === 'request';
  return {
    name: label,
    code: `${IMPORT}\n${wrap(template.replace('VALUE', value))}`,
    output: `${IMPORT}\n${wrap(replaced)}`,
    ...(options.strict ? { options: [{ checkQueryAndParams: true }] as Options } : {}),
    errors: [
      {
        messageId: 'payloadLeak',
        data: { name, callee: options.callee ?? 'logger.info', through: options.through ?? '', what },
        ...(whole
          ? {
              suggestions: [
                {
                  messageId: 'summarizeRequest',
                  data: { text: value },
                  output: `${IMPORT}\n${wrap(
                    shorthand
                      ? template.replace('{ VALUE }', `{ ${value}: { method: ${value}.method, path: ${value}.path } }`)
                      : template.replace('VALUE', `{ method: ${value}.method, path: ${value}.path }`),
                  )}`,
                },
              ],
            }
          : {}),
      },
    ],
  };
}

/**
 * A payload whose chosen fields are the autofix: `template` holds `VALUE` (the payload) after a
 * first line of imports; redacting it is offered as a suggestion, which adds the runtime's import
 * after that line.
 */
function remedyAsFix(label: string, template: string, data: { name: string; callee: string; what: string }, fields: string): Invalid {
  const redacted = template.replace('VALUE', `redact(${data.name})`);
  const [imports = '', ...rest] = redacted.split('\n');
  // The redact suggestion adds the runtime's import unless the template has it.
  const suggested = template.startsWith(IMPORT) ? redacted : [imports, IMPORT, ...rest].join('\n');
  return {
    name: label,
    code: template.replace('VALUE', data.name),
    output: template.replace('VALUE', fields),
    errors: [
      {
        messageId: 'payloadLeak',
        data: { ...data, through: '' },
        suggestions: [
          {
            messageId: 'wrapInRedact',
            data: { text: data.name, redact: 'redact' },
            output: suggested,
          },
        ],
      },
    ],
  };
}

/** A payload redacted by the autofix, with its chosen fields offered as a suggestion. */
function remedyAsSuggestion(label: string, template: string, data: { name: string; callee: string; what: string }, fields: string): Invalid {
  return {
    name: label,
    code: template.replace('VALUE', data.name),
    output: template.replace('VALUE', `redact(${data.name})`),
    errors: [
      {
        messageId: 'payloadLeak',
        data: { ...data, through: '' },
        suggestions: [{ messageId: 'summarizeError', data: { text: data.name }, output: template.replace('VALUE', fields) }],
      },
    ],
  };
}

ruleTester.run('no-raw-bodies-in-logs', rule, {
  valid: [
    // An exception goes to the tracker by its SDK's rules (message and stack), even a client error.
    "import * as Sentry from '@sentry/node';\nimport axios from 'axios';\nasync function f() { try { await axios.get('/a'); } catch (err) { Sentry.captureException(err); } }",
    // The status of a client response event; another event's payload.
    "req.on('response', (r) => logger.info(r.statusCode)); emitter.on('data', (r) => logger.info(r.headers));",
    // One restify param; Express's params outside strict.
    "const restify = require('restify');\nconst server = restify.createServer();\nserver.post('/u', (req, res, next) => { logger.info(req.params.id); next(); });",
    express('logger.info(req.params);'),
    // The status of the response beside the body says the call failed.
    "import request from 'request';\nasync function f(url) { const { response, body } = await request.post(url); if (!response.ok) logger.error(body); }",
    // A field holding a safe part of the request; a plain function's own `this` is not the class's.
    'class Job { start(req) { this.method = req.method; } flush() { logger.info(this.method); } }',
    'class Job { start(req) { function keep() { this.body = req.body; } keep(); } flush() { logger.info(this.body); } }',
    // A field of the session, not the session.
    express('logger.info(req.session.views, req.sessionStore.length);'),
    // A browser app's caught axios error goes to the user's own console.
    {
      code: "import axios from 'axios';\nexport async function identify(data) { try { await axios.post('/v1/telemetry/identify', data); } catch (error) { console.error('failed', error); } }",
      filename: BROWSER_FILE,
    },
    // The body of a response the code found failed is the server's error answer.
    "async function f() { const res = await fetch(url); if (!res.ok) { logger.error('failed', await res.text()); } }",
    "async function f() { const res = await fetch(url); const data = await res.json(); if (res.status >= 400) logger.error(data); }",
    "async function f() { const res = await fetch(url); const data = await res.json(); if (res.ok) { return data; } else { logger.error(data); } }",
    "async function f() { const response = await axios.get(url, { validateStatus: () => true }); if (response.status !== 200 || !response.data) logger.warn(response.data); }",
    // Safe request and response fields.
    express('logger.info(req.method, req.path, req.originalUrl);'),
    express('logger.info({ id: req.id, status: res.statusCode });'),
    express("logger.info(req.headers['user-agent'], req.get('content-type'));"),
    express('logger.info(req.body.length, typeof req.body, !!req.headers);'),
    express('logger.info(`${req.method} ${req.path}`);'),
    express('logger.info({ route: req.route.path, hostname: req.hostname });'),
    // One field of the body is not the raw body (names are the other rules' business).
    express('logger.info(req.body.orderId);'),
    express('const { orderId } = req.body; logger.info({ orderId });'),
    // A deliberate selection.
    express('const { password, ...rest } = req.body; logger.info(rest);'),
    // Query and params only under strict.
    express('logger.info(req.query, req.params);'),
    // Already redacted, or a summary.
    `${IMPORT}\n${express('logger.info(redact(req.body));')}`,
    express('logger.info({ method: req.method, url: req.originalUrl });'),
    // bunyan with the runtime's serializers and stream.
    "const bunyan = require('bunyan');\nconst { bunyanSerializers } = require('@secure-logging/redact/bunyan');\nconst log = bunyan.createLogger({ name: 'a', serializers: bunyanSerializers() });\napp.post('/x', (req, res) => { log.info({ req, res }); });",
    // A field of the parsed body is not the raw body: JSON.parse(text).a reads field `a`.
    'export const handler = async (event) => { const body = JSON.parse(event.body); const { repository } = body; console.log(repository.url, body.release.tag, repository); };',
    // An in-process response (Fastify's inject) is the app's own, not a network payload.
    "async function main() { const res = await app.inject({ method: 'POST', url: '/graphql' }); const result = await res.json(); console.log(result.data); }",
    // fetch, undici and ky errors carry no request: a caught one is no payload.
    'async function f() { try { await fetch(url, { headers: { authorization: token } }); } catch (e) { logger.error(e); } }',
    "fetch('/users').catch((e) => logger.error(e));",
    "async function f() { try { await undici.request(url); } catch (error) { console.error('failed', error); } }",
    // The remedies' own output is clean.
    express('logger.info({ method: req.method, path: req.path });'),
    "import axios from 'axios';\nasync function f() { try { await axios.get('/x'); } catch (err) { logger.error({ message: err.message, status: err.response?.status, code: err.code }); } }",
    express('logger.info({ bodySize: JSON.stringify(req.body).length });'),
    // Message text is never data.
    "logger.info('request body parsed');",
    // HTTP client responses: the status is fine.
    "async function f() { const response = await axios.get('/users'); logger.info(response.status, response.statusText); }",
    "async function f() { const res = await fetch('/users'); logger.info(res.status, res.ok); }",
    // A fetch Headers object: JSON loggers write it as {}; one header, or the names, are fine.
    "async function f() { const answer = await fetch('/users'); logger.info(answer.headers); }",
    "async function f() { const answer = await fetch('/users'); logger.info(answer.headers.get('content-type')); }",
    "async function f() { const answer = await fetch('/users'); logger.info([...answer.headers.keys()]); }",
    // Object.fromEntries of something that is not a Headers object.
    "logger.info(Object.fromEntries(new URLSearchParams('a=1')));",
    "async function f() { const answer = await fetch('/users'); logger.info(Object.fromEntries(answer.headers).etag); }",
    // Egg: fields of the context that are not payloads, also destructured from this.
    "class HomeController extends Controller { async index() { const { ctx } = this; ctx.logger.info(ctx.request.method, ctx.path); } }",
    "class HomeController extends Controller { async index() { const { app } = this; this.logger.info(app.config.name); } }",
    // Things that are not HTTP payloads.
    "async function f() { const res = await db.query('select 1'); logger.info(res); }",
    "async function f() { const value = await client.get('session:1'); logger.info(value); }",
    'const response = { body: "ok" }; logger.info(response.body);',
    "cache.get('key', (err, res) => logger.info(res));",
    "emitter.on('message', (event) => logger.info(event.type));",
    'function draw(ctx) { logger.info(ctx.fillStyle); }',
    // A lone `ctx` outside a handler is some context map: logged whole, it is no Koa context.
    "function trace(ctx) { logger.debug('step', ctx); }",
    'try { run(); } catch (error) { logger.error(error); }',
    'try { run(); } catch (error) { logger.error(error.message); }',
    "try { await axios.get('/x'); } catch (error) { logger.error(error.message, error.response.status); }",
    // A helper called with a summary.
    "function logRequest(req) { logger.info(req.body); } logRequest({ body: 'ok' });",
    // Development only, under recommended.
    express("if (process.env.NODE_ENV === 'development') logger.debug(req.body);"),
    // Loggers that drop or redact the payload.
    "import pino from 'pino'; const log = pino({ serializers: { req: (r) => ({ url: r.url }) } }); app.get('/', (req, res) => { log.info({ req }); });",
    "import pino from 'pino'; const log = pino({ serializers: { req: pino.stdSerializers.req }, redact: ['req.headers.authorization', 'req.headers.cookie'] }); app.get('/', (req, res) => { log.info({ req }); });",
    "import pino from 'pino'; const log = pino({ redact: ['body'] }); app.get('/', (req, res) => { log.info({ body: req.body }); });",
    "fastify.get('/', async (request, reply) => { request.log.info({ req: request }, 'incoming'); });",
    // Options.
    { code: express('logger.info(req.headers);'), options: [{ ignore: ['req.headers'] }] },
    // Not a log call.
    express('res.json(req.body);'),
    express('db.insert(req.body);'),
  ],
  invalid: [
    {
      name: 'a request body sent to Sentry',
      code: `import * as Sentry from '@sentry/node';\n${IMPORT}\n${express("Sentry.setExtra('body', req.body);")}`,
      output: `import * as Sentry from '@sentry/node';\n${IMPORT}\n${express("Sentry.setExtra('body', redact(req.body));")}`,
      errors: [
        {
          messageId: 'sentPayloadLeak',
          data: { name: 'req.body', callee: 'Sentry.setExtra', destination: 'Sentry', through: '', what: 'request body' },
        },
      ],
    },
    {
      name: 'a caught error and its body reaching one argument are one report, for the error',
      code: `${IMPORT}\nimport got from 'got';\nclass Bridge {\n  async call(u) { try { await got(u); } catch (error) { this.fail(error); } }\n  fail(error) { logger.warn(error.response.body); logger.error(JSON.stringify(error)); }\n}`,
      output: `${IMPORT}\nimport got from 'got';\nclass Bridge {\n  async call(u) { try { await got(u); } catch (error) { this.fail(redact(error)); } }\n  fail(error) { logger.warn(error.response.body); logger.error(JSON.stringify(error)); }\n}`,
      errors: [
        {
          messageId: 'payloadLeak',
          data: { name: 'error', callee: 'this.fail', through: '', what: 'HTTP client error' },
          suggestions: [
            {
              messageId: 'summarizeError',
              data: { text: 'error' },
              output: `${IMPORT}\nimport got from 'got';\nclass Bridge {\n  async call(u) { try { await got(u); } catch (error) { this.fail({ message: error.message, status: error.response?.status, code: error.code }); } }\n  fail(error) { logger.warn(error.response.body); logger.error(JSON.stringify(error)); }\n}`,
            },
          ],
        },
      ],
    },
    {
      name: "a client request's response event",
      code: `${IMPORT}\nreq.on('response', (r) => logger.info(r.headers));`,
      output: `${IMPORT}\nreq.on('response', (r) => logger.info(redact(r.headers)));`,
      errors: [{ messageId: 'payloadLeak', data: { name: 'r.headers', callee: 'logger.info', through: '', what: 'HTTP client response headers' } }],
    },
    {
      name: "restify's req.params holds the body",
      code: "const restify = require('restify');\nconst server = restify.createServer();\nserver.post('/u', (req, res, next) => { logger.info(req.params); next(); });",
      output: "const restify = require('restify');\nconst { redact } = require('@secure-logging/redact');\nconst server = restify.createServer();\nserver.post('/u', (req, res, next) => { logger.info(redact(req.params)); next(); });",
      errors: [{ messageId: 'payloadLeak', data: { name: 'req.params', callee: 'logger.info', through: '', what: 'restify request body' } }],
    },
    {
      name: 'arguments forwarded to a log method make a wrapper',
      code: `${IMPORT}\nfunction log() { logger.info.apply(logger, arguments); }\n${express('log(req.body);')}`,
      output: `${IMPORT}\nfunction log() { logger.info.apply(logger, arguments); }\n${express('log(redact(req.body));')}`,
      errors: [{ messageId: 'payloadLeak', data: { name: 'req.body', callee: 'log', through: '', what: 'request body' } }],
    },
    {
      name: 'a destructured body where the call succeeded',
      code: `${IMPORT}\nimport request from 'request';\nasync function f(url) { const { response, body } = await request.post(url); if (response.ok) logger.info(body); }`,
      output: `${IMPORT}\nimport request from 'request';\nasync function f(url) { const { response, body } = await request.post(url); if (response.ok) logger.info(redact(body)); }`,
      errors: [{ messageId: 'payloadLeak', data: { name: 'request.post().body', callee: 'logger.info', through: ' through `body` (line 3)', what: 'HTTP client response body' } }],
    },
    {
      name: 'a rest copy of the body without only harmless keys is still the body',
      code: `${IMPORT}\n${express('const { id, type, ...rest } = req.body; logger.info(rest);')}`,
      output: `${IMPORT}\n${express('const { id, type, ...rest } = req.body; logger.info(redact(rest));')}`,
      errors: [{ messageId: 'payloadLeak', data: { name: 'req.body', callee: 'logger.info', through: ' through `rest` (line 2)', what: 'request body' } }],
    },
    {
      name: 'a field written in one method and logged in another',
      code: `${IMPORT}\nclass Job {\n  start(req) { this.payload = req.body; }\n  flush() { logger.info(this.payload); }\n}`,
      output: `${IMPORT}\nclass Job {\n  start(req) { this.payload = req.body; }\n  flush() { logger.info(redact(this.payload)); }\n}`,
      errors: [
        { messageId: 'payloadLeak', data: { name: 'req.body', callee: 'logger.info', through: ' through `this.payload` (line 3)', what: 'request body' } },
      ],
    },
    {
      name: 'the whole session',
      code: `${IMPORT}\n${express('logger.info(req.session);')}`,
      output: `${IMPORT}\n${express('logger.info(redact(req.session));')}`,
      errors: [{ messageId: 'payloadLeak', data: { name: 'req.session', callee: 'logger.info', through: '', what: 'request session' } }],
    },
    {
      name: 'a whole axios response where the call failed still holds the request config',
      code: `${IMPORT}\nasync function f() { const response = await axios.get(url, { validateStatus: () => true });\nif (response.status >= 400) logger.error(response); }`,
      output: `${IMPORT}\nasync function f() { const response = await axios.get(url, { validateStatus: () => true });\nif (response.status >= 400) logger.error(redact(response)); }`,
      errors: [
        { messageId: 'payloadLeak', data: { name: 'axios.get()', callee: 'logger.error', through: ' through `response` (line 2)', what: 'HTTP client response' } },
      ],
    },
    {
      name: 'fetch: the body where the call succeeded',
      code: `${IMPORT}\nasync function f() { const res = await fetch(url);\nif (res.status === 200) logger.info(await res.json()); }`,
      output: `${IMPORT}\nasync function f() { const res = await fetch(url);\nif (res.status === 200) logger.info(redact(await res.json())); }`,
      errors: [
        { messageId: 'payloadLeak', data: { name: 'fetch().body', callee: 'logger.info', through: ' through `res` (line 2)', what: 'fetch response body' } },
      ],
    },
    {
      name: 'fetch: another response failed, not this one',
      code: `${IMPORT}\nasync function f() { const res = await fetch(url);\nif (!other.ok) logger.info(await res.json()); }`,
      output: `${IMPORT}\nasync function f() { const res = await fetch(url);\nif (!other.ok) logger.info(redact(await res.json())); }`,
      errors: [
        { messageId: 'payloadLeak', data: { name: 'fetch().body', callee: 'logger.info', through: ' through `res` (line 2)', what: 'fetch response body' } },
      ],
    },
    direct('req.body', 'logger.info(VALUE);', 'req.body', 'req.body', 'request body'),
    direct('req.headers', 'logger.info(VALUE);', 'req.headers', 'req.headers', 'request headers'),
    direct('req.rawBody', 'logger.info(VALUE);', 'req.rawBody', 'req.rawBody', 'request rawBody'),
    direct('req.cookies', 'logger.info(VALUE);', 'req.cookies', 'req.cookies', 'request cookies'),
    direct('req.rawHeaders', 'logger.info(VALUE);', 'req.rawHeaders', 'req.rawHeaders', 'request rawHeaders'),
    direct('whole req', 'logger.info(VALUE);', 'req', 'req', 'request'),
    direct('whole req, shorthand', 'logger.info({ VALUE });', 'req', 'req', 'request'),
    direct('whole res', 'logger.info(VALUE);', 'res', 'res', 'response'),
    direct('console.log of the body', 'console.log(VALUE);', 'req.body', 'req.body', 'request body', { callee: 'console.log' }),
    direct('body in a template', 'logger.info(`got ${VALUE}`);', 'req.body', 'req.body', 'request body'),
    direct('body concatenated', "logger.info('got ' + VALUE);", 'req.body', 'req.body', 'request body'),
    direct('JSON.stringify of headers', 'logger.info(JSON.stringify(VALUE));', 'req.headers', 'req.headers', 'request headers'),
    direct('body in an object', 'logger.info({ payload: VALUE });', 'req.body', 'req.body', 'request body'),
    direct('strict: req.query', 'logger.info(VALUE);', 'req.query', 'req.query', 'request query', { strict: true }),
    direct('strict: req.params', 'logger.info(VALUE);', 'req.params', 'req.params', 'request params', { strict: true }),
    direct('strict: req.originalUrl', 'logger.info(VALUE);', 'req.originalUrl', 'req.originalUrl', 'request originalUrl', { strict: true }),
    direct('unconventional names by handler shape', 'logger.info(VALUE);', 'q.body', 'q.body', 'request body', {
      wrap: (code) => `router.get('/x', (q, s) => { ${code} });`,
    }),
    direct('error middleware', 'logger.error(VALUE);', 'req.body', 'req.body', 'request body', {
      callee: 'logger.error',
      wrap: (code) => `app.use((err, req, res, next) => { ${code} });`,
    }),
    direct('Koa ctx.request.body', 'logger.info(VALUE);', 'ctx.request.body', 'ctx.request.body', 'request body', {
      wrap: (code) => `router.post('/x', async (ctx) => { ${code} });`,
    }),
    direct('a lone ctx outside a handler: its request body still counts', 'logger.info(VALUE);', 'ctx.request.body', 'ctx.request.body', 'request body', {
      wrap: (code) => `export function handle(ctx) { ${code} }`,
    }),
    remedyAsFix(
      'Koa middleware (ctx, next) outside app.use: the whole context',
      `${IMPORT}\nexport async function audit(ctx, next) { logger.info(VALUE); await next(); }`,
      { name: 'ctx', callee: 'logger.info', what: 'Koa context' },
      '{ method: ctx.method, path: ctx.path }',
    ),
    direct('Koa ctx.headers', 'logger.info(VALUE);', 'ctx.headers', 'ctx.headers', 'Koa context headers', {
      wrap: (code) => `app.use(async (ctx, next) => { ${code} });`,
    }),
    remedyAsFix(
      'Koa ctx whole: the autofix logs method and path',
      `${IMPORT}\napp.use(async (ctx, next) => { logger.info(VALUE); });`,
      { name: 'ctx', callee: 'logger.info', what: 'Koa context' },
      '{ method: ctx.method, path: ctx.path }',
    ),
    direct('Egg this.ctx.request.body', 'this.logger.info(VALUE);', 'this.ctx.request.body', 'this.ctx.request.body', 'request body', {
      callee: 'this.logger.info',
      wrap: (code) => `class HomeController extends Controller { async index() { ${code} } }`,
    }),
    direct('Fastify request.body', 'request.log.info(VALUE);', 'request.body', 'request.body', 'request body', {
      callee: 'request.log.info',
      wrap: (code) => `fastify.post('/x', async (request, reply) => { ${code} });`,
    }),
    direct('Fastify reply whole', 'logger.info(VALUE);', 'reply', 'reply', 'response', {
      wrap: (code) => `fastify.route({ method: 'GET', url: '/', handler: async (request, reply) => { ${code} } });`,
    }),
    direct('Lambda event.body', 'console.log(VALUE);', 'event.body', 'event.body', 'Lambda event body', {
      callee: 'console.log',
      wrap: (code) => `export const handler = async (event) => { ${code} };`,
    }),
    {
      name: 'Lambda: the parsed body whole, through JSON.parse',
      code: `${IMPORT}\nexport const handler = async (event) => { const body = JSON.parse(event.body); console.log(body); };`,
      output: `${IMPORT}\nexport const handler = async (event) => { const body = JSON.parse(event.body); console.log(redact(body)); };`,
      errors: [{ messageId: 'payloadLeak', data: { name: 'event.body', callee: 'console.log', through: ' through `body` (line 2)', what: 'Lambda event body' } }],
    },
    direct('Lambda event.headers', 'console.log(VALUE);', 'event.headers', 'event.headers', 'Lambda event headers', {
      callee: 'console.log',
      wrap: (code) => `export const handler = async (event) => { ${code} };`,
    }),
    direct('a conventional req in an uncalled helper', 'logger.info(VALUE);', 'req.body', 'req.body', 'request body', {
      wrap: (code) => `export function logIt(req) { ${code} }`,
    }),
    {
      name: 'destructured body from a handler parameter',
      code: `${IMPORT}\napp.post('/x', ({ body }, res) => { logger.info(body); });`,
      output: `${IMPORT}\napp.post('/x', ({ body }, res) => { logger.info(redact(body)); });`,
      errors: [{ messageId: 'payloadLeak', data: { name: 'body', callee: 'logger.info', through: '', what: 'request body' } }],
    },
    {
      name: 'through a variable',
      code: `${IMPORT}\n${express('const payload = req.body;\nlogger.info(payload);')}`,
      output: `${IMPORT}\n${express('const payload = req.body;\nlogger.info(redact(payload));')}`,
      errors: [
        {
          messageId: 'payloadLeak',
          data: { name: 'req.body', callee: 'logger.info', through: ' through `payload` (line 2)', what: 'request body' },
        },
      ],
    },
    {
      name: 'axios response.data',
      code: `${IMPORT}\nasync function f() { const response = await axios.get('/users');\nlogger.info(response.data); }`,
      output: `${IMPORT}\nasync function f() { const response = await axios.get('/users');\nlogger.info(redact(response.data)); }`,
      errors: [
        {
          messageId: 'payloadLeak',
          data: { name: 'axios.get().data', callee: 'logger.info', through: ' through `response` (line 2)', what: 'HTTP client response body' },
        },
      ],
    },
    {
      name: 'axios response.config, destructured',
      code: `${IMPORT}\nasync function f() { const { config } = await axios.post('/users', body);\nlogger.info(config); }`,
      output: `${IMPORT}\nasync function f() { const { config } = await axios.post('/users', body);\nlogger.info(redact(config)); }`,
      errors: [
        {
          messageId: 'payloadLeak',
          data: { name: 'axios.post().config', callee: 'logger.info', through: ' through `config` (line 2)', what: 'HTTP client response config' },
        },
      ],
    },
    {
      name: 'fetch: await res.json()',
      code: `${IMPORT}\nasync function f() { const res = await fetch(url);\nlogger.info(await res.json()); }`,
      output: `${IMPORT}\nasync function f() { const res = await fetch(url);\nlogger.info(redact(await res.json())); }`,
      errors: [
        { messageId: 'payloadLeak', data: { name: 'fetch().body', callee: 'logger.info', through: ' through `res` (line 2)', what: 'fetch response body' } },
      ],
    },
    {
      name: 'fetch: every header, materialised by raw()',
      code: `${IMPORT}\nasync function f() { const res = await fetch(url);\nlogger.info(res.headers.raw()); }`,
      output: `${IMPORT}\nasync function f() { const res = await fetch(url);\nlogger.info(redact(res.headers.raw())); }`,
      errors: [
        { messageId: 'payloadLeak', data: { name: 'fetch().headers.raw()', callee: 'logger.info', through: ' through `res` (line 2)', what: 'fetch response headers' } },
      ],
    },
    {
      name: 'fetch: every header, through Object.fromEntries and a variable',
      code: `${IMPORT}\nasync function f() { const res = await fetch(url);\nconst headers = Object.fromEntries(res.headers.entries());\nlogger.info({ headers }); }`,
      output: `${IMPORT}\nasync function f() { const res = await fetch(url);\nconst headers = Object.fromEntries(res.headers.entries());\nlogger.info({ headers: redact(headers) }); }`,
      errors: [
        {
          messageId: 'payloadLeak',
          data: { name: 'fetch().headers.entries()', callee: 'logger.info', through: ' through `headers` (line 3), `res` (line 2)', what: 'fetch response headers' },
        },
      ],
    },
    {
      name: 'fetch: Object.fromEntries of the Headers object itself',
      code: `${IMPORT}\nasync function f() { const answer = await fetch(url);\nconsole.log(Object.fromEntries(answer.headers)); }`,
      output: `${IMPORT}\nasync function f() { const answer = await fetch(url);\nconsole.log(redact(Object.fromEntries(answer.headers))); }`,
      errors: [
        { messageId: 'payloadLeak', data: { name: 'fetch().headers.entries()', callee: 'console.log', through: ' through `answer` (line 2)', what: 'fetch response headers' } },
      ],
    },
    {
      name: 'Egg: the context destructured from this',
      code: `${IMPORT}\nclass HomeController extends Controller { async index() { const { ctx } = this;\nconst { body } = ctx.request;\nctx.logger.info(body); } }`,
      output: `${IMPORT}\nclass HomeController extends Controller { async index() { const { ctx } = this;\nconst { body } = ctx.request;\nctx.logger.info(redact(body)); } }`,
      errors: [
        {
          messageId: 'payloadLeak',
          data: { name: 'this.ctx.request.body', callee: 'ctx.logger.info', through: ' through `body` (line 3), `ctx` (line 2)', what: 'request body' },
        },
      ],
    },
    {
      name: 'fetch: the text, through a variable',
      code: `${IMPORT}\nasync function f() { const res = await fetch(url);\nconst text = await res.text();\nlogger.warn(text); }`,
      output: `${IMPORT}\nasync function f() { const res = await fetch(url);\nconst text = await res.text();\nlogger.warn(redact(text)); }`,
      errors: [
        {
          messageId: 'payloadLeak',
          data: { name: 'fetch().body', callee: 'logger.warn', through: ' through `text` (line 3), `res` (line 2)', what: 'fetch response body' },
        },
      ],
    },
    remedyAsSuggestion(
      'an axios error caught around the call',
      `${IMPORT}\nasync function f() { try { await axios.get('/x'); } catch (error) { logger.error(VALUE); } }`,
      { name: 'error', callee: 'logger.error', what: 'HTTP client error' },
      '{ message: error.message, status: error.response?.status, code: error.code }',
    ),
    remedyAsFix(
      'an axios error in a file that imports axios: the autofix logs chosen fields',
      "import axios from 'axios';\nasync function f() { try { await axios.get('/x'); } catch (error) { logger.error(VALUE); } }",
      { name: 'error', callee: 'logger.error', what: 'HTTP client error' },
      '{ message: error.message, status: error.response?.status, code: error.code }',
    ),
    remedyAsFix(
      'a whole Express request in a file that imports express: the autofix logs method and path',
      "import express from 'express';\nconst app = express();\napp.post('/x', (req, res) => { logger.info(VALUE); });",
      { name: 'req', callee: 'logger.info', what: 'request' },
      '{ method: req.method, path: req.path }',
    ),
    {
      name: 'error.response.data of any caught error',
      code: `${IMPORT}\ntry { run(); } catch (err) { logger.error(err.response.data); }`,
      output: `${IMPORT}\ntry { run(); } catch (err) { logger.error(redact(err.response.data)); }`,
      errors: [{ messageId: 'payloadLeak', data: { name: 'err.response.data', callee: 'logger.error', through: '', what: 'HTTP client response body' } }],
    },
    remedyAsSuggestion(
      'a promise rejection of an HTTP call',
      `${IMPORT}\napi.get('/users').catch((e) => logger.error(VALUE));`,
      { name: 'e', callee: 'logger.error', what: 'HTTP client error' },
      '{ message: e.message, status: e.response?.status, code: e.code }',
    ),
    {
      name: 'a conventional response of an unknown client',
      code: `${IMPORT}\nasync function f() { const response = await this.http.fetchProfile();\nlogger.info(response.data); }`,
      output: `${IMPORT}\nasync function f() { const response = await this.http.fetchProfile();\nlogger.info(redact(response.data)); }`,
      errors: [{ messageId: 'payloadLeak', data: { name: 'response.data', callee: 'logger.info', through: '', what: 'HTTP client response body' } }],
    },
    {
      name: 'a wrapper logger called from a handler',
      code: `${IMPORT}\nfunction audit(data) { logger.info(data); }\n${express('audit(req.body);')}`,
      output: `${IMPORT}\nfunction audit(data) { logger.info(data); }\n${express('audit(redact(req.body));')}`,
      errors: [{ messageId: 'payloadLeak', data: { name: 'req.body', callee: 'audit', through: '', what: 'request body' } }],
    },
    {
      name: 'pino standard req serializer without header redaction',
      code: `${IMPORT}\nimport pino from 'pino';\nconst log = pino({ serializers: { req: pino.stdSerializers.req } });\n${express('log.info({ req });')}`,
      output: `${IMPORT}\nimport pino from 'pino';\nconst log = pino({ serializers: { req: pino.stdSerializers.req } });\n${express('log.info({ req: redact(req) });')}`,
      errors: [
        {
          messageId: 'payloadLeak',
          data: { name: 'req', callee: 'log.info', through: '', what: 'request' },
          suggestions: [
            {
              messageId: 'summarizeRequest',
              data: { text: 'req' },
              output: `${IMPORT}\nimport pino from 'pino';\nconst log = pino({ serializers: { req: pino.stdSerializers.req } });\n${express('log.info({ req: { method: req.method, path: req.path } });')}`,
            },
          ],
        },
      ],
    },
    {
      name: 'the fix imports redact()',
      code: express('logger.info(req.body);'),
      output: `import { redact } from '@secure-logging/redact';\n${express('logger.info(redact(req.body));')}`,
      errors: [{ messageId: 'payloadLeak', data: { name: 'req.body', callee: 'logger.info', through: '', what: 'request body' } }],
    },
    {
      name: 'fix mode suggestion',
      code: `${IMPORT}\n${express('logger.info(req.body);')}`,
      output: null,
      options: [{ fix: 'suggestion' }],
      errors: [
        {
          messageId: 'payloadLeak',
          data: { name: 'req.body', callee: 'logger.info', through: '', what: 'request body' },
          suggestions: [
            {
              messageId: 'wrapInRedact',
              data: { text: 'req.body', redact: 'redact' },
              output: `${IMPORT}\n${express('logger.info(redact(req.body));')}`,
            },
          ],
        },
      ],
    },
    {
      name: 'development-only code under strict',
      code: `${IMPORT}\n${express("if (process.env.NODE_ENV === 'development') logger.debug(req.body);")}`,
      output: `${IMPORT}\n${express("if (process.env.NODE_ENV === 'development') logger.debug(redact(req.body));")}`,
      options: [{ reportInDevelopment: true }],
      errors: [{ messageId: 'payloadLeak', data: { name: 'req.body', callee: 'logger.debug', through: '', what: 'request body' } }],
    },
  ],
});

ruleTester.run('no-raw-bodies-in-logs (TypeScript)', rule, {
  valid: [
    {
      code: "class C { @Post() create(@Body('email') email: string, @Query() q: Query) { this.logger.log(q, email); } }",
      filename: 'c.ts',
    },
  ],
  invalid: [
    {
      name: 'NestJS @Body()',
      code: `${IMPORT}\nclass C { @Post() create(@Body() dto: CreateDto) { this.logger.log(dto); } }`,
      output: `${IMPORT}\nclass C { @Post() create(@Body() dto: CreateDto) { this.logger.log(redact(dto)); } }`,
      filename: 'c.ts',
      errors: [{ messageId: 'payloadLeak', data: { name: 'dto', callee: 'this.logger.log', through: '', what: 'request body' } }],
    },
    {
      name: 'NestJS @Headers()',
      code: `${IMPORT}\nclass C { @Get() list(@Headers() headers: Record<string, string>) { this.logger.log(headers as unknown); } }`,
      output: `${IMPORT}\nclass C { @Get() list(@Headers() headers: Record<string, string>) { this.logger.log(redact(headers) as unknown); } }`,
      filename: 'c.ts',
      errors: [{ messageId: 'payloadLeak', data: { name: 'headers', callee: 'this.logger.log', through: '', what: 'request headers' } }],
    },
    {
      name: 'NestJS @Req() whole',
      code: `${IMPORT}\nclass C { @Get() list(@Req() request: Request) { this.logger.log(request); } }`,
      output: `${IMPORT}\nclass C { @Get() list(@Req() request: Request) { this.logger.log(redact(request)); } }`,
      filename: 'c.ts',
      errors: [
        {
          messageId: 'payloadLeak',
          data: { name: 'request', callee: 'this.logger.log', through: '', what: 'request' },
          suggestions: [
            {
              messageId: 'summarizeRequest',
              data: { text: 'request' },
              output: `${IMPORT}\nclass C { @Get() list(@Req() request: Request) { this.logger.log({ method: request.method, path: request.path }); } }`,
            },
          ],
        },
      ],
    },
  ],
});
