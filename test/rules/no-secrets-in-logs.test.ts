import rule from '../../rules/no-secrets-in-logs.js';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRuleTester } from '../support/rule-tester.js';

const ruleTester = createRuleTester();
const IMPORT = "import { redact } from '@secure-logging/redact';";
const APPS = fileURLToPath(new URL('../fixtures/apps/', import.meta.url));
const browserFile = path.join(APPS, 'browser/src/session.js');
const serverRenderedFile = path.join(APPS, 'server-rendered/src/session.js');

ruleTester.run('no-secrets-in-logs', rule, {
  valid: [
    // Telemetry: a Sentry scope's harmless tags; Datadog span tags in a file without dd-trace are not telemetry.
    "import * as Sentry from '@sentry/node';\nSentry.withScope((scope) => { scope.setTag('route', route); scope.setExtra('attempts', attempts); });",
    "span.setTag('token', token);",
    // The members of an enum of setting names name settings.
    'logger.info(InfraConfigEnum.ONBOARDING_RECOVERY_TOKEN, SettingsEnum.API_KEY);',
    // Wrapper methods that do not log the argument passed to them.
    "class Journal { note(msg, data) { this.write('info', msg); } write(level, msg) { logger[level](msg); } }\nconst journal = new Journal();\njournal.note('x', password);",
    "const audit = { record(event, data) { logger.info({ event }); } };\naudit.record('login', password);",
    // The host and path of a URL built from a connection string carry no password.
    'const url = new URL(databaseUrl); logger.info(url.host, url.pathname, url.origin);',
    // A forwarding wrapper called with harmless values.
    "function log() { console.log(...arguments); } log('started', count);",
    // A signature of something other than a webhook, and whether one was checked.
    "logger.info({ documentSignature, signatureValid: true, hasHubSignature: Boolean(req.headers['x-hub-signature-256']) });",
    // Single environment variables by a harmless name, and some other object's env.
    'console.log(process.env.NODE_ENV, process.env.PORT, config.env, req.app.env);',
    // A computed key that is not a level, a debug logger's settings.
    'logger[method](password);',
    // A bound method that is not a log method, and a bound log method never called.
    'const run = task.run.bind(task); run(password);',
    'const info = logger.info.bind(logger); queue.push(password);',
    "import createDebug from 'debug'; const debug = createDebug('app'); createDebug.enable(password);",
    // The writes that reach the call decide: a mask or an empty string replaces the secret.
    "let token = getToken(); token = '***'; logger.info(token);",
    "const password = '[REDACTED]'; logger.info(password);",
    "const password = ''; logger.info({ password });",
    // A browser app's console writes to the user's own developer tools.
    { code: "console.log('signed in', accessToken);", filename: browserFile },
    // The key a credential is stored under names a field, not the credential.
    'function alreadyEncrypted(credential, credentialKey) { console.log(`credential ${credentialKey} is already updated`); }',
    // A secret word under a collection of locations names where the secret is fetched from.
    'function rotate(endpoint = this.endpoints.token) { logger.debug("rotating", { endpoint }); }',
    'logger.info(config.urls.password_reset, routes.token, links.apiKey);',
    // Message text is never data.
    "console.log('password reset email sent');",
    "logger.info('Invalid password attempt');",
    'logger.warn(`token refresh failed`);',
    // Sanitized, counted or boolean values.
    'console.log(password.length);',
    'console.log(!!token);',
    'console.log(typeof secret);',
    'console.log(token === undefined);',
    'console.log(token != null);',
    `${IMPORT}\nconsole.log(redact(secret));`,
    // Loggers built with the runtime's integrations redact every object they log.
    "import pino from 'pino';\nimport { pinoRedaction } from '@secure-logging/redact/pino';\nconst logger = pino({ ...pinoRedaction(), level: 'info' });\nlogger.info({ password });\nlogger.child({ job: 1 }).warn({ user, apiKey });",
    "import pino from 'pino';\nimport { redactFields } from '@secure-logging/redact';\nconst logger = pino({ formatters: { log: redactFields } });\nlogger.info({ token });",
    "import winston from 'winston';\nimport { redactFormat } from '@secure-logging/redact/winston';\nconst logger = winston.createLogger({ format: winston.format.combine(redactFormat(), winston.format.json()) });\nlogger.info('login', { password });",
    "const bunyan = require('bunyan');\nconst { bunyanStream } = require('@secure-logging/redact/bunyan');\nconst log = bunyan.createLogger({ name: 'a', streams: [{ type: 'raw', stream: bunyanStream(process.stdout) }] });\nlog.info({ secret });",
    // A known value decides, whatever the name: null, booleans, numbers, counts, containers.
    'const password = null;\nconsole.log(password);',
    'const token = true;\nlogger.info({ token });',
    'let apiKey = 0;\napiKey = 1;\nconsole.log(apiKey);',
    "let secret = 'abc'.length;\nconsole.log(secret);",
    "const authorization = { type: 'object' };\nconst schema = { authorization };\nconsole.log(JSON.stringify(schema));",
    'const apiKey = isProduction ? 1 : 0;\nconsole.log({ apiKey });',
    // Only writes that can reach the call count: not one after it, in the other branch, or replaced before it.
    "function f() { let value = 'ok'; logger.info({ value }); value = getToken(); return value; }",
    "function f(flag) { let value = 'ok'; if (flag) { value = getToken(); } else { logger.info({ value }); } }",
    "function f() { let value = getToken(); value = 'masked'; logger.info({ value }); }",
    // Inside a guard that proves the value empty, it is empty.
    "function check(token) { if (!token) { logger.warn('token missing', token); } }",
    'function check(token) { if (token == null) logger.warn({ token }); }',
    "function check(apiKey) { if (typeof apiKey === 'undefined' && strict) logger.error({ apiKey }); }",
    'function check(token) { return token ? use(token) : logger.warn(token); }',
    // The runtime under another local name still sanitizes.
    "const { redact: hide } = require('@secure-logging/redact');\nlogger.info({ token: hide(token) });",
    "import * as safe from '@secure-logging/redact';\nlogger.info({ token: safe.redact(token) });",
    'logger.info({ password: hashPassword(password) });',
    'logger.info({ token: token ? "set" : "missing" });',
    "logger.info({ password: '***' });",
    // Safe names.
    'console.log(user.id);',
    'console.log(tokenCount);',
    'console.log(passwordLength, maxPasswordLength, passwordPolicy);',
    'console.log(isTokenValid, hasPassword);',
    'console.log(tokenExpiresAt, nextPageToken, cancellationToken);',
    'console.log(tokenizer, author, authorized);',
    'logger.info({ userId: user.id, email_verified: true });',
    'logger.info({ passwordHash: user.passwordHash });',
    'logger.info({ password: user.passwordHash });',
    // Field-sensitive: another field of an object with a secret is fine.
    'logger.info(config.port);',
    'logger.info({ port: config.port, host: config.host });',
    // Not a log call.
    'dialog.error(password);',
    'catalog.info(token);',
    'logs.push(apiKey);',
    'history.log(secret);',
    'function f(console) { console.log(password); }',
    // Level and condition arguments are not data.
    "import winston from 'winston'; winston.log(tokenLevel, 'msg');",
    'console.assert(token, "no token");',
    // Wrapped already.
    "import { redact } from 'eslint-plugin-secure-logging/redact'; logger.info({ token: redact(token) });",
    // The PII rule owns personal data.
    'logger.info({ email });',
    // Name fallback switched off.
    {
      code: 'logger.info(password);',
      settings: { 'secure-logging': { nameFallback: false } },
    },
    // Ignored names.
    {
      code: 'logger.info({ sessionId });',
      options: [{ ignore: ['sessionId'] }],
    },
    // Data flow: clean values stay clean through variables and functions.
    'const { password, ...rest } = req.body; logger.info(rest);',
    'const config = { port: 3000, password: pw }; logger.info(config.port);',
    'let m = "start"; m = "done"; logger.info(m);',
    'function describe(u) { return `user ${u.id}`; } logger.info(describe(user));',
    'function fields(input) { return { id: input.id, token: input.token }; } logger.info(fields(body).id);',
    'const hashed = sha256(password); logger.info(hashed);',
    'const safeUser = redactUser(user); logger.info(safeUser);',
    "const masked = '****' + card.number.slice(-4); logger.info({ masked });",
    'logger.info(crypto.createHash("sha256").update(token).digest("hex"));',
    'logger.info(await bcrypt.hash(password, 10));',
    'logger.info(Boolean(token), token !== undefined, tokens.size);',
    "function audit(msg, data) { logger.info(msg, data); } audit('login', { userId: 1 });",
    'let a, b; a = b; b = a; logger.info(a);',
    // Literals: ordinary text, ids and hashes.
    "logger.info('request 550e8400-e29b-41d4-a716-446655440000 done');",
    "logger.info('deployed 9fceb02d0ae598e95dc970b74767f19372d61af8');",
    "const unused = 'sk_live_51H8abcdefghijklmnopqrstuv';",
    {
      code: "logger.info('token AKIAIOSFODNN7EXAMPLE');",
      options: [{ checkLiterals: false }],
    },
    // Development-only branches under recommended.
    "if (process.env.NODE_ENV === 'development') { logger.debug({ password }); }",
    'if (isTest) logger.debug(token);',
    // A pino logger that redacts the key itself.
    "import pino from 'pino'; const log = pino({ redact: ['password'] }); log.info({ password });",
    "import pino from 'pino'; const log = pino({ redact: { paths: ['req.headers.authorization'] } }); log.info({ req: { headers: { authorization } } });",
    // A project wrapper declared as redacting.
    {
      code: 'audit.info({ token });',
      settings: { 'secure-logging': { loggers: [{ name: 'audit', redacts: ['token'] }] } },
    },
    // Sanitizers named in settings.
    {
      code: 'logger.info(scrub(password));',
      settings: { 'secure-logging': { sanitizers: ['scrub'] } },
    },
    // Response fields that are not the body.
    "const res = await fetch('https://idp.example.com/oauth/token'); logger.info(res.status);",
    // Words ignored in settings.
    {
      code: 'logger.info({ cookie });',
      settings: { 'secure-logging': { words: { ignore: ['cookie'] } } },
    },
  ],
  invalid: [
    {
      // Wrapping inside would make JSON.parse throw on the mask.
      name: 'a secret parsed as JSON is wrapped outside JSON.parse',
      code: `${IMPORT}\nfunction f(credentials) { logger.info('parsed', JSON.parse(credentials)); }`,
      output: `${IMPORT}\nfunction f(credentials) { logger.info('parsed', redact(JSON.parse(credentials))); }`,
      errors: [{ messageId: 'leak', data: { name: 'credentials', callee: 'logger.info', through: '' } }],
    },
    {
      name: 'a password in a Sentry context',
      code: `import * as Sentry from '@sentry/node';\n${IMPORT}\nSentry.setContext('login', { user: name, password });`,
      output: `import * as Sentry from '@sentry/node';\n${IMPORT}\nSentry.setContext('login', { user: name, password: redact(password) });`,
      errors: [{ messageId: 'sentLeak', data: { name: 'password', callee: 'Sentry.setContext', destination: 'Sentry', through: '' } }],
    },
    {
      name: 'a token on a scope, and on a dd-trace span',
      code: `import * as Sentry from '@sentry/node';\nimport tracer from 'dd-trace';\n${IMPORT}\nSentry.withScope((scope) => { scope.setExtra('token', token); });\nconst span = tracer.scope().active();\nspan.setTag('api.key', apiKey);`,
      output: `import * as Sentry from '@sentry/node';\nimport tracer from 'dd-trace';\n${IMPORT}\nSentry.withScope((scope) => { scope.setExtra('token', redact(token)); });\nconst span = tracer.scope().active();\nspan.setTag('api.key', redact(apiKey));`,
      errors: [
        { messageId: 'sentLeak', data: { name: 'token', callee: 'scope.setExtra', destination: 'Sentry', through: '' } },
        { messageId: 'sentLeak', data: { name: 'apiKey', callee: 'span.setTag', destination: 'Datadog', through: '' } },
      ],
    },
    {
      name: 'a static settings holder is not an enum of names',
      code: `${IMPORT}\nlogger.info(Settings.API_TOKEN);`,
      output: `${IMPORT}\nlogger.info(redact(Settings.API_TOKEN));`,
      errors: [{ messageId: 'leak', data: { name: 'API_TOKEN', callee: 'logger.info', through: '' } }],
    },
    {
      name: 'a logging class whose method forwards to another through this',
      code: `${IMPORT}\nclass Journal { note(msg, data) { this.write('info', msg, data); } write(level, msg, data) { logger[level](msg, data); } }\nconst journal = new Journal();\njournal.note('x', password);`,
      output: `${IMPORT}\nclass Journal { note(msg, data) { this.write('info', msg, data); } write(level, msg, data) { logger[level](msg, data); } }\nconst journal = new Journal();\njournal.note('x', redact(password));`,
      errors: [{ messageId: 'leak', data: { name: 'password', callee: 'journal.note', through: '' } }],
    },
    {
      name: 'a wrapper written as an object-literal method',
      code: `${IMPORT}\nconst audit = { record(event, data) { logger.info({ event, data }); } };\naudit.record('login', password);`,
      output: `${IMPORT}\nconst audit = { record(event, data) { logger.info({ event, data }); } };\naudit.record('login', redact(password));`,
      errors: [{ messageId: 'leak', data: { name: 'password', callee: 'audit.record', through: '' } }],
    },
    {
      name: 'the href of a URL built from a connection string',
      code: `${IMPORT}\nconst url = new URL(process.env.DATABASE_URL);\nlogger.info(url.href, String(url));`,
      output: `${IMPORT}\nconst url = new URL(process.env.DATABASE_URL);\nlogger.info(redact(url.href), String(redact(url)));`,
      // No suggestion to wrap where it enters: `new URL('[REDACTED]')` would throw.
      errors: [
        { messageId: 'leak', data: { name: 'DATABASE_URL', callee: 'logger.info', through: ' through `url` (line 2)' }, suggestions: [] },
        { messageId: 'leak', data: { name: 'DATABASE_URL', callee: 'logger.info', through: ' through `url` (line 2)' }, suggestions: [] },
      ],
    },
    {
      name: 'arguments spread into console.log',
      code: `${IMPORT}\nfunction log() { console.log(...arguments); }\nlog('x', token);`,
      output: `${IMPORT}\nfunction log() { console.log(...arguments); }\nlog('x', redact(token));`,
      errors: [{ messageId: 'leak', data: { name: 'token', callee: 'log', through: '' } }],
    },
    {
      name: 'webhook signature headers',
      code: `${IMPORT}\nlogger.warn('bad signature', req.headers['stripe-signature'], req.headers['x-hub-signature-256']);`,
      output: `${IMPORT}\nlogger.warn('bad signature', redact(req.headers['stripe-signature']), redact(req.headers['x-hub-signature-256']));`,
      errors: [
        { messageId: 'leak', data: { name: 'stripe-signature', callee: 'logger.warn', through: '' } },
        { messageId: 'leak', data: { name: 'x-hub-signature-256', callee: 'logger.warn', through: '' } },
      ],
    },
    {
      name: 'the whole environment',
      code: `${IMPORT}\nconsole.log('env', process.env);\nlogger.info(JSON.stringify(process.env));\nlogger.debug({ ...process.env });`,
      output: `${IMPORT}\nconsole.log('env', redact(process.env));\nlogger.info(JSON.stringify(redact(process.env)));\nlogger.debug({ ...redact(process.env) });`,
      errors: [
        { messageId: 'leak', data: { name: 'process.env', callee: 'console.log', through: '' } },
        { messageId: 'leak', data: { name: 'process.env', callee: 'logger.info', through: '' } },
        { messageId: 'leak', data: { name: 'process.env', callee: 'logger.debug', through: '' } },
      ],
    },
    {
      name: 'a computed level, .call and the debug package',
      code: `${IMPORT}\nimport createDebug from 'debug';\nconst debug = createDebug('auth');\nlogger[level]('login', password);\nlogger.info.call(logger, token);\ndebug('token %s', token);`,
      output: `${IMPORT}\nimport createDebug from 'debug';\nconst debug = createDebug('auth');\nlogger[level]('login', redact(password));\nlogger.info.call(logger, redact(token));\ndebug('token %s', redact(token));`,
      errors: [
        { messageId: 'leak', data: { name: 'password', callee: 'logger[level]', through: '' } },
        { messageId: 'leak', data: { name: 'token', callee: 'logger.info', through: '' } },
        { messageId: 'leak', data: { name: 'token', callee: 'debug', through: '' } },
      ],
    },
    {
      name: 'a log method bound to a variable, with a bound prefix',
      code: `${IMPORT}\nconst warn = console.warn.bind(console, '[auth]');\nfunction login(password) { warn('bad login', password); }`,
      output: `${IMPORT}\nconst warn = console.warn.bind(console, '[auth]');\nfunction login(password) { warn('bad login', redact(password)); }`,
      errors: [{ messageId: 'leak', data: { name: 'password', callee: 'console.warn', through: '' } }],
    },
    {
      name: 'a mask written in one branch only',
      code: `${IMPORT}\nlet token = getToken(); if (x) token = '***'; logger.info(token);`,
      output: `${IMPORT}\nlet token = getToken(); if (x) token = '***'; logger.info(redact(token));`,
      errors: [{ messageId: 'leak', data: { name: 'token', callee: 'logger.info', through: '' } }],
    },
    {
      name: 'a mask written after the call',
      code: `${IMPORT}\nlet token = getToken(); logger.info(token); token = '***';`,
      output: `${IMPORT}\nlet token = getToken(); logger.info(redact(token)); token = '***';`,
      errors: [{ messageId: 'leak', data: { name: 'token', callee: 'logger.info', through: '' } }],
    },
    {
      name: 'an empty string replaced by the secret before the call',
      code: `${IMPORT}\nlet token = ''; token = getToken(); logger.info(token);`,
      output: `${IMPORT}\nlet token = ''; token = getToken(); logger.info(redact(token));`,
      errors: [{ messageId: 'leak', data: { name: 'token', callee: 'logger.info', through: '' } }],
    },
    {
      name: 'a browser app, with reportInClientApps',
      code: "console.log('signed in', accessToken);",
      filename: browserFile,
      options: [{ reportInClientApps: true }],
      output: `${IMPORT}\nconsole.log('signed in', redact(accessToken));`,
      errors: [{ messageId: 'leak', data: { name: 'accessToken', callee: 'console.log', through: '' } }],
    },
    {
      name: 'a browser app that logs through a logger, not the console',
      code: "logger.info('signed in', accessToken);",
      filename: browserFile,
      output: `${IMPORT}\nlogger.info('signed in', redact(accessToken));`,
      errors: [{ messageId: 'leak', data: { name: 'accessToken', callee: 'logger.info', through: '' } }],
    },
    {
      name: 'a server-rendered app (Next.js) runs on a server too',
      code: "console.log('signed in', accessToken);",
      filename: serverRenderedFile,
      output: `${IMPORT}\nconsole.log('signed in', redact(accessToken));`,
      errors: [{ messageId: 'leak', data: { name: 'accessToken', callee: 'console.log', through: '' } }],
    },
    {
      name: "a token endpoint's raw answer is reported even where the call failed",
      code: `${IMPORT}\nasync function refresh() {\n  const res = await fetch('https://idp.example.com/oauth/token', { method: 'POST' });\n  const body = await res.json();\n  if (res.status !== 200) logger.error('refresh failed', body);\n}`,
      output: `${IMPORT}\nasync function refresh() {\n  const res = await fetch('https://idp.example.com/oauth/token', { method: 'POST' });\n  const body = await res.json();\n  if (res.status !== 200) logger.error('refresh failed', redact(body));\n}`,
      errors: [{ messageId: 'leak', data: { name: 'token response', callee: 'logger.error', through: ' through `body` (line 4), `res` (line 3)' } }],
    },
    {
      name: 'a token response read where the call succeeded',
      code: `${IMPORT}\nasync function refresh() {\n  const res = await fetch('https://idp.example.com/oauth/token', { method: 'POST' });\n  const body = await res.json();\n  if (res.ok) logger.info('refreshed', body);\n}`,
      output: `${IMPORT}\nasync function refresh() {\n  const res = await fetch('https://idp.example.com/oauth/token', { method: 'POST' });\n  const body = await res.json();\n  if (res.ok) logger.info('refreshed', redact(body));\n}`,
      errors: [{ messageId: 'leak', data: { name: 'token response', callee: 'logger.info', through: ' through `body` (line 4), `res` (line 3)' } }],
    },
    {
      name: 'a token of an endpoint configuration is still a token',
      code: `${IMPORT}\nlogger.info({ endpoint, token: endpointConfig.token });`,
      output: `${IMPORT}\nlogger.info({ endpoint, token: redact(endpointConfig.token) });`,
      errors: [{ messageId: 'leak', data: { name: 'token', callee: 'logger.info', through: '' } }],
    },
    {
      code: 'console.log(password);',
      output: `${IMPORT}\nconsole.log(redact(password));`,
      errors: [
        {
          messageId: 'leak',
          data: { name: 'password', callee: 'console.log', through: '' },
          line: 1,
          column: 13,
          endLine: 1,
          endColumn: 21,
        },
      ],
    },
    {
      name: 'shorthand property',
      code: "import pino from 'pino';\nconst logger = pino();\nlogger.info({ token }, 'refreshed');",
      output: `import pino from 'pino';\n${IMPORT}\nconst logger = pino();\nlogger.info({ token: redact(token) }, 'refreshed');`,
      errors: [{ messageId: 'leak', data: { name: 'token', callee: 'logger.info', through: '' }, line: 3, column: 15 }],
    },
    {
      name: 'member expression',
      code: `${IMPORT}\nreq.log.info(req.headers.authorization);`,
      output: `${IMPORT}\nreq.log.info(redact(req.headers.authorization));`,
      errors: [{ messageId: 'leak', data: { name: 'authorization', callee: 'req.log.info', through: '' } }],
    },
    {
      name: 'template slot',
      code: `${IMPORT}\nlogger.warn(\`reset link: \${resetToken}\`);`,
      output: `${IMPORT}\nlogger.warn(\`reset link: \${redact(resetToken)}\`);`,
      errors: [{ messageId: 'leak', data: { name: 'resetToken', callee: 'logger.warn', through: '' } }],
    },
    {
      name: 'concatenation',
      code: `${IMPORT}\nconsole.error('key=' + apiKey);`,
      output: `${IMPORT}\nconsole.error('key=' + redact(apiKey));`,
      errors: [{ messageId: 'leak', data: { name: 'apiKey', callee: 'console.error', through: '' } }],
    },
    {
      name: 'object key names the secret',
      code: `${IMPORT}\nlogger.info({ password: input });`,
      output: `${IMPORT}\nlogger.info({ password: redact(input) });`,
      errors: [{ messageId: 'leak', data: { name: 'password', callee: 'logger.info', through: '' } }],
    },
    {
      name: 'spread of credentials',
      code: `${IMPORT}\nlogger.info({ ...credentials, at: now });`,
      output: `${IMPORT}\nlogger.info({ ...redact(credentials), at: now });`,
      errors: [{ messageId: 'leak', data: { name: 'credentials', callee: 'logger.info', through: '' } }],
    },
    {
      name: 'nested object and array',
      code: `${IMPORT}\nlogger.info({ user: { id, auth: [session.cookie] } });`,
      output: `${IMPORT}\nlogger.info({ user: { id, auth: [redact(session.cookie)] } });`,
      errors: [{ messageId: 'leak', data: { name: 'cookie', callee: 'logger.info', through: '' } }],
    },
    {
      name: 'logical and conditional',
      code: `${IMPORT}\nconsole.log(token ?? fallbackSecret, ok ? clientSecret : 'none');`,
      output: `${IMPORT}\nconsole.log(redact(token) ?? redact(fallbackSecret), ok ? redact(clientSecret) : 'none');`,
      errors: [
        { messageId: 'leak', data: { name: 'token', callee: 'console.log', through: '' } },
        { messageId: 'leak', data: { name: 'fallbackSecret', callee: 'console.log', through: '' } },
        { messageId: 'leak', data: { name: 'clientSecret', callee: 'console.log', through: '' } },
      ],
    },
    {
      name: 'await, getter-named calls and TypeScript wrappers',
      code: `${IMPORT}\nasync function f() { logger.info(await getToken() as string, jwt!); }`,
      output: `${IMPORT}\nasync function f() { logger.info(redact(await getToken()) as string, redact(jwt)!); }`,
      errors: [
        { messageId: 'leak', data: { name: 'getToken', callee: 'logger.info', through: '' } },
        { messageId: 'leak', data: { name: 'jwt', callee: 'logger.info', through: '' } },
      ],
    },
    {
      name: 'environment variable',
      code: `${IMPORT}\nconsole.log(process.env.STRIPE_SECRET_KEY);`,
      output: `${IMPORT}\nconsole.log(redact(process.env.STRIPE_SECRET_KEY));`,
      errors: [{ messageId: 'leak', data: { name: 'STRIPE_SECRET_KEY', callee: 'console.log', through: '' } }],
    },
    {
      name: 'computed key with a literal',
      code: `${IMPORT}\nlogger.info(headers['x-api-key']);`,
      output: `${IMPORT}\nlogger.info(redact(headers['x-api-key']));`,
      errors: [{ messageId: 'leak', data: { name: 'x-api-key', callee: 'logger.info', through: '' } }],
    },
    {
      name: 'transparent property takes the object name',
      code: `${IMPORT}\nlogger.info(password.value);`,
      output: `${IMPORT}\nlogger.info(redact(password.value));`,
      errors: [{ messageId: 'leak', data: { name: 'password', callee: 'logger.info', through: '' } }],
    },
    {
      name: 'winston meta after the message',
      code: `${IMPORT}\nimport winston from 'winston';\nwinston.log('info', 'login', { user, passwd });`,
      output: `${IMPORT}\nimport winston from 'winston';\nwinston.log('info', 'login', { user, passwd: redact(passwd) });`,
      errors: [{ messageId: 'leak', data: { name: 'passwd', callee: 'winston.log', through: '' } }],
    },
    {
      name: 'NestJS class logger',
      code: `${IMPORT}\nimport { Logger } from '@nestjs/common';\nclass S { private readonly logger = new Logger(S.name); run(dto: { refreshToken: string }) { this.logger.log(dto.refreshToken); } }`,
      output: `${IMPORT}\nimport { Logger } from '@nestjs/common';\nclass S { private readonly logger = new Logger(S.name); run(dto: { refreshToken: string }) { this.logger.log(redact(dto.refreshToken)); } }`,
      errors: [{ messageId: 'leak', data: { name: 'refreshToken', callee: 'this.logger.log', through: '' } }],
    },
    {
      name: 'settings-declared logger',
      code: `${IMPORT}\naudit.record({ pass });`,
      output: `${IMPORT}\naudit.record({ pass: redact(pass) });`,
      settings: { 'secure-logging': { loggers: [{ name: 'audit', methods: ['record'] }] } },
      errors: [{ messageId: 'leak', data: { name: 'pass', callee: 'audit.record', through: '' } }],
    },
    {
      name: 'custom redact helper and source',
      code: "import log from 'loglevel';\nlog.info(secret);",
      output: "import log from 'loglevel';\nimport { mask } from '@acme/log-safety';\nlog.info(mask(secret));",
      settings: { 'secure-logging': { redact: { name: 'mask', source: '@acme/log-safety' } } },
      errors: [{ messageId: 'leak', data: { name: 'secret', callee: 'log.info', through: '' } }],
    },
    {
      name: 'extra words',
      code: `${IMPORT}\nlogger.info(pepper);`,
      output: `${IMPORT}\nlogger.info(redact(pepper));`,
      options: [{ words: ['pepper'] }],
      errors: [{ messageId: 'leak', data: { name: 'pepper', callee: 'logger.info', through: '' } }],
    },
    {
      name: 'a file that uses require gets a require',
      code: "'use strict';\nconst pino = require('pino');\nconst log = pino();\nlog.info({ apiKey });",
      output: "'use strict';\nconst pino = require('pino');\nconst { redact } = require('@secure-logging/redact');\nconst log = pino();\nlog.info({ apiKey: redact(apiKey) });",
      errors: [{ messageId: 'leak', data: { name: 'apiKey', callee: 'log.info', through: '' } }],
    },
    {
      name: "pino's redact option takes the name: the runtime comes in under a fresh one",
      code: "import pino from 'pino';\nconst redact = ['req.headers.authorization'];\nconst logger = pino({ redact });\nlogger.info({ password });",
      output:
        "import pino from 'pino';\nimport { redact as redactForLog } from '@secure-logging/redact';\nconst redact = ['req.headers.authorization'];\nconst logger = pino({ redact });\nlogger.info({ password: redactForLog(password) });",
      errors: [{ messageId: 'leak', data: { name: 'password', callee: 'logger.info', through: '' } }],
    },
    {
      name: 'an aliased require of the runtime is reused',
      code: "const { redact: hide } = require('@secure-logging/redact');\nlogger.info({ token });",
      output: "const { redact: hide } = require('@secure-logging/redact');\nlogger.info({ token: hide(token) });",
      errors: [{ messageId: 'leak', data: { name: 'token', callee: 'logger.info', through: '' } }],
    },
    {
      name: 'two findings in one file converge on one import (the second pass reuses it)',
      code: 'logger.info({ token });\nlogger.warn({ apiKey });',
      output: [
        `${IMPORT}\nlogger.info({ token: redact(token) });\nlogger.warn({ apiKey });`,
        `${IMPORT}\nlogger.info({ token: redact(token) });\nlogger.warn({ apiKey: redact(apiKey) });`,
      ],
      errors: [
        { messageId: 'leak', data: { name: 'token', callee: 'logger.info', through: '' } },
        { messageId: 'leak', data: { name: 'apiKey', callee: 'logger.warn', through: '' } },
      ],
    },
    {
      name: 'a redacting pino logger still logs a bare value as its message',
      code: "import pino from 'pino';\nimport { pinoRedaction } from '@secure-logging/redact/pino';\nimport { redact } from '@secure-logging/redact';\nconst logger = pino({ ...pinoRedaction() });\nlogger.info(password);",
      output: "import pino from 'pino';\nimport { pinoRedaction } from '@secure-logging/redact/pino';\nimport { redact } from '@secure-logging/redact';\nconst logger = pino({ ...pinoRedaction() });\nlogger.info(redact(password));",
      errors: [{ messageId: 'leak', data: { name: 'password', callee: 'logger.info', through: '' } }],
    },
    {
      name: 'a pinoRedaction of your own is not the runtime',
      code: `${IMPORT}\nimport pino from 'pino';\nimport { pinoRedaction } from './logging';\nconst logger = pino({ ...pinoRedaction() });\nlogger.info({ password });`,
      output: `${IMPORT}\nimport pino from 'pino';\nimport { pinoRedaction } from './logging';\nconst logger = pino({ ...pinoRedaction() });\nlogger.info({ password: redact(password) });`,
      errors: [{ messageId: 'leak', data: { name: 'password', callee: 'logger.info', through: '' } }],
    },
    {
      name: 'another logger in the same file does not redact',
      code: `${IMPORT}\nimport pino from 'pino';\nimport { pinoRedaction } from '@secure-logging/redact/pino';\nconst safe = pino({ ...pinoRedaction() });\nconst plain = pino();\nsafe.info({ token });\nplain.info({ token });`,
      output: `${IMPORT}\nimport pino from 'pino';\nimport { pinoRedaction } from '@secure-logging/redact/pino';\nconst safe = pino({ ...pinoRedaction() });\nconst plain = pino();\nsafe.info({ token });\nplain.info({ token: redact(token) });`,
      errors: [{ messageId: 'leak', data: { name: 'token', callee: 'plain.info', through: '' }, line: 7 }],
    },
    {
      name: 'a secret field of a parsed body',
      code: `${IMPORT}\nexport const handler = async (event) => { console.log(JSON.parse(event.body).password); };`,
      output: `${IMPORT}\nexport const handler = async (event) => { console.log(redact(JSON.parse(event.body).password)); };`,
      errors: [{ messageId: 'leak', data: { name: 'password', callee: 'console.log', through: '' } }],
    },
    {
      name: 'a variable written a call later is unknown again: the name decides',
      code: `${IMPORT}\nlet token = null;\ntoken = getToken();\nconsole.log(token);`,
      output: `${IMPORT}\nlet token = null;\ntoken = getToken();\nconsole.log(redact(token));`,
      errors: [{ messageId: 'leak', data: { name: 'token', callee: 'console.log', through: '' } }],
    },
    {
      name: 'a hard-coded string under a secret name is a credential',
      code: `${IMPORT}\nconst password = 'changeme';\nconsole.log({ password });`,
      output: `${IMPORT}\nconst password = 'changeme';\nconsole.log({ password: redact(password) });`,
      errors: [{ messageId: 'leak', data: { name: 'password', callee: 'console.log', through: '' } }],
    },
    {
      name: 'a known container still has its secret fields traced',
      code: `${IMPORT}\nconst credentials = { user: 'ann', token: getToken() };\nconsole.log(credentials);`,
      output: `${IMPORT}\nconst credentials = { user: 'ann', token: getToken() };\nconsole.log(redact(credentials));`,
      errors: [
        {
          messageId: 'leak',
          data: { name: 'getToken', callee: 'console.log', through: ' through `credentials` (line 2)' },
          suggestions: [
            {
              messageId: 'wrapAtSource',
              data: { text: 'getToken()', redact: 'redact', line: '2' },
              output: `${IMPORT}\nconst credentials = { user: 'ann', token: redact(getToken()) };\nconsole.log(credentials);`,
            },
          ],
        },
      ],
    },
    {
      name: 'a guard on another value, or one that does not prove emptiness, does not count',
      code: `${IMPORT}\nfunction check(token, other) { if (!other) logger.warn(token); if (!token || retry) logger.warn(token); if (token) logger.info(token); }`,
      output: `${IMPORT}\nfunction check(token, other) { if (!other) logger.warn(redact(token)); if (!token || retry) logger.warn(redact(token)); if (token) logger.info(redact(token)); }`,
      errors: [
        { messageId: 'leak', data: { name: 'token', callee: 'logger.warn', through: '' } },
        { messageId: 'leak', data: { name: 'token', callee: 'logger.warn', through: '' } },
        { messageId: 'leak', data: { name: 'token', callee: 'logger.info', through: '' } },
      ],
    },
    {
      name: 'a write that may happen before the call counts: in a branch, or carried back by a loop',
      code: `${IMPORT}\nfunction f(flag, items) { let value = 'ok'; if (flag) value = getToken(); logger.info({ value }); for (const item of items) { logger.info(item.id, value); value = item.token; } }`,
      output: `${IMPORT}\nfunction f(flag, items) { let value = 'ok'; if (flag) value = getToken(); logger.info({ value: redact(value) }); for (const item of items) { logger.info(item.id, redact(value)); value = item.token; } }`,
      errors: [
        { messageId: 'leak', data: { name: 'getToken', callee: 'logger.info', through: ' through `value` (line 2)' }, suggestions: [{ messageId: 'wrapAtSource', data: { text: 'getToken()', redact: 'redact', line: '2' }, output: `${IMPORT}\nfunction f(flag, items) { let value = 'ok'; if (flag) value = redact(getToken()); logger.info({ value }); for (const item of items) { logger.info(item.id, value); value = item.token; } }` }] },
        { messageId: 'leak', data: { name: 'getToken', callee: 'logger.info', through: ' through `value` (line 2)' }, suggestions: [{ messageId: 'wrapAtSource', data: { text: 'getToken()', redact: 'redact', line: '2' }, output: `${IMPORT}\nfunction f(flag, items) { let value = 'ok'; if (flag) value = redact(getToken()); logger.info({ value }); for (const item of items) { logger.info(item.id, value); value = item.token; } }` }] },
        { messageId: 'leak', data: { name: 'token', callee: 'logger.info', through: ' through `value` (line 2)' }, suggestions: [{ messageId: 'wrapAtSource', data: { text: 'item.token', redact: 'redact', line: '2' }, output: `${IMPORT}\nfunction f(flag, items) { let value = 'ok'; if (flag) value = getToken(); logger.info({ value }); for (const item of items) { logger.info(item.id, value); value = redact(item.token); } }` }] },
      ],
    },
    {
      name: 'fix mode suggestion',
      code: 'logger.error(privateKey);',
      output: null,
      options: [{ fix: 'suggestion' }],
      errors: [
        {
          messageId: 'leak',
          data: { name: 'privateKey', callee: 'logger.error', through: '' },
          suggestions: [
            {
              messageId: 'wrapInRedact',
              data: { text: 'privateKey', redact: 'redact' },
              output: `${IMPORT}\nlogger.error(redact(privateKey));`,
            },
          ],
        },
      ],
    },
    {
      name: 'fix mode none',
      code: 'logger.error(privateKey);',
      output: null,
      options: [{ fix: 'none' }],
      errors: [{ messageId: 'leak', suggestions: [] }],
    },
    {
      name: 'two findings in one call: the first pass adds the import once, the second wraps the rest',
      code: 'console.log(password, token);',
      output: [`${IMPORT}\nconsole.log(redact(password), token);`, `${IMPORT}\nconsole.log(redact(password), redact(token));`],
      errors: [
        { messageId: 'leak', data: { name: 'password', callee: 'console.log', through: '' } },
        { messageId: 'leak', data: { name: 'token', callee: 'console.log', through: '' } },
      ],
    },
    {
      name: 'through a template variable: autofix at the sink, suggestion at the source',
      code: `${IMPORT}\nconst url = \`https://app/reset?t=\${resetToken}\`;\nlogger.error({ url }, 'failed to send the reset email');`,
      output: `${IMPORT}\nconst url = \`https://app/reset?t=\${resetToken}\`;\nlogger.error({ url: redact(url) }, 'failed to send the reset email');`,
      errors: [
        {
          messageId: 'leak',
          data: { name: 'resetToken', callee: 'logger.error', through: ' through `url` (line 2)' },
          line: 3,
          column: 16,
          suggestions: [
            {
              messageId: 'wrapAtSource',
              data: { text: 'resetToken', redact: 'redact', line: '2' },
              output: `${IMPORT}\nconst url = \`https://app/reset?t=\${redact(resetToken)}\`;\nlogger.error({ url }, 'failed to send the reset email');`,
            },
          ],
        },
      ],
    },
    {
      name: 'through a later assignment with +=',
      code: `${IMPORT}\nlet line = 'user: ';\nline += password;\nlogger.info(line);`,
      output: `${IMPORT}\nlet line = 'user: ';\nline += password;\nlogger.info(redact(line));`,
      errors: [
        {
          messageId: 'leak',
          data: { name: 'password', callee: 'logger.info', through: ' through `line` (line 3)' },
          suggestions: [
            {
              messageId: 'wrapAtSource',
              data: { text: 'password', redact: 'redact', line: '3' },
              output: `${IMPORT}\nlet line = 'user: ';\nline += redact(password);\nlogger.info(line);`,
            },
          ],
        },
      ],
    },
    {
      name: 'a whole config object with a secret field',
      code: `${IMPORT}\nconst config = { port: 3000, password: process.env.DB_PASSWORD };\nlogger.info(config);`,
      output: `${IMPORT}\nconst config = { port: 3000, password: process.env.DB_PASSWORD };\nlogger.info(redact(config));`,
      errors: [
        {
          messageId: 'leak',
          data: { name: 'DB_PASSWORD', callee: 'logger.info', through: ' through `config` (line 2)' },
          suggestions: [
            {
              messageId: 'wrapAtSource',
              data: { text: 'process.env.DB_PASSWORD', redact: 'redact', line: '2' },
              output: `${IMPORT}\nconst config = { port: 3000, password: redact(process.env.DB_PASSWORD) };\nlogger.info(config);`,
            },
          ],
        },
      ],
    },
    {
      // A field's name does not decide what it holds: `id` names a scalar, yet this one holds a key.
      name: 'a field named like an id still carries what was written to it',
      code: `${IMPORT}\nconst service = { id: process.env.API_KEY, port: 3000 };\nlogger.info({ service: service.id, port: service.port });`,
      output: `${IMPORT}\nconst service = { id: process.env.API_KEY, port: 3000 };\nlogger.info({ service: redact(service.id), port: service.port });`,
      errors: [
        {
          messageId: 'leak',
          data: { name: 'API_KEY', callee: 'logger.info', through: ' through `service` (line 2)' },
          suggestions: [
            {
              messageId: 'wrapAtSource',
              data: { text: 'process.env.API_KEY', redact: 'redact', line: '2' },
              output: `${IMPORT}\nconst service = { id: redact(process.env.API_KEY), port: 3000 };\nlogger.info({ service: service.id, port: service.port });`,
            },
          ],
        },
      ],
    },
    {
      name: 'a destructured, renamed key',
      code: `${IMPORT}\nconst { token: t } = req.query;\nlogger.info(t);`,
      output: `${IMPORT}\nconst { token: t } = req.query;\nlogger.info(redact(t));`,
      errors: [{ messageId: 'leak', data: { name: 'token', callee: 'logger.info', through: '' } }],
    },
    {
      name: 'through JSON.stringify',
      code: `${IMPORT}\nlogger.info(JSON.stringify({ id, password: pw }));`,
      output: `${IMPORT}\nlogger.info(JSON.stringify({ id, password: redact(pw) }));`,
      errors: [{ messageId: 'leak', data: { name: 'pw', callee: 'logger.info', through: '' } }],
    },
    {
      name: 'through a local helper function',
      code: `${IMPORT}\nconst format = (label, value) => \`\${label}=\${value}\`;\nlogger.info(format('token', token));`,
      output: `${IMPORT}\nconst format = (label, value) => \`\${label}=\${value}\`;\nlogger.info(format('token', redact(token)));`,
      errors: [{ messageId: 'leak', data: { name: 'token', callee: 'logger.info', through: ' through `format()` (line 2)' } }],
    },
    {
      name: 'a wrapper logger is reported at its call site',
      code: `${IMPORT}\nfunction audit(msg, data) { logger.info(msg, data); }\naudit('login', password);`,
      output: `${IMPORT}\nfunction audit(msg, data) { logger.info(msg, data); }\naudit('login', redact(password));`,
      errors: [{ messageId: 'leak', data: { name: 'password', callee: 'audit', through: '' }, line: 3, column: 16 }],
    },
    {
      name: 'a closure',
      code: `${IMPORT}\nfunction client(clientSecret) {\n  const header = \`Basic \${clientSecret}\`;\n  return () => logger.debug(header);\n}`,
      output: `${IMPORT}\nfunction client(clientSecret) {\n  const header = \`Basic \${clientSecret}\`;\n  return () => logger.debug(redact(header));\n}`,
      errors: [
        {
          messageId: 'leak',
          data: { name: 'clientSecret', callee: 'logger.debug', through: ' through `header` (line 3)' },
          suggestions: [
            {
              messageId: 'wrapAtSource',
              data: { text: 'clientSecret', redact: 'redact', line: '3' },
              output: `${IMPORT}\nfunction client(clientSecret) {\n  const header = \`Basic \${redact(clientSecret)}\`;\n  return () => logger.debug(header);\n}`,
            },
          ],
        },
      ],
    },
    {
      name: 'the raw JSON of an OAuth token refresh',
      code: `${IMPORT}\nasync function refresh() {\n  const res = await fetch('https://idp.example.com/oauth/token', { method: 'POST' });\n  const body = await res.text();\n  logger.error('refresh failed', body);\n}`,
      output: `${IMPORT}\nasync function refresh() {\n  const res = await fetch('https://idp.example.com/oauth/token', { method: 'POST' });\n  const body = await res.text();\n  logger.error('refresh failed', redact(body));\n}`,
      errors: [
        {
          messageId: 'leak',
          data: { name: 'token response', callee: 'logger.error', through: ' through `body` (line 4), `res` (line 3)' },
        },
      ],
    },
    {
      name: 'a secret literal: suggestion only',
      code: "logger.info('using key AKIAIOSFODNN7EXAMPLE');",
      output: null,
      errors: [
        {
          messageId: 'literalLeak',
          data: { name: 'an AWS access key id', callee: 'logger.info', through: '' },
          suggestions: [
            {
              messageId: 'wrapInRedact',
              data: { text: "'using key AKIAIOSFODNN7EXAMPLE'", redact: 'redact' },
              output: `${IMPORT}\nlogger.info(redact('using key AKIAIOSFODNN7EXAMPLE'));`,
            },
          ],
        },
      ],
    },
    {
      name: 'a URL with a password',
      code: "const DB = 'postgres://admin:hunter2@db.internal:5432/app';\nconsole.log(`connecting to ${DB}`);",
      output: null,
      errors: [
        {
          messageId: 'literalLeak',
          data: { name: 'a URL with a user and password', callee: 'console.log', through: ' through `DB` (line 1)' },
          suggestions: [
            {
              messageId: 'wrapInRedact',
              data: { text: 'DB', redact: 'redact' },
              output: `${IMPORT}\nconst DB = 'postgres://admin:hunter2@db.internal:5432/app';\nconsole.log(\`connecting to \${redact(DB)}\`);`,
            },
            {
              messageId: 'wrapAtSource',
              data: { text: "'postgres://admin:hunter2@db.internal:5432/app'", redact: 'redact', line: '1' },
              output: `${IMPORT}\nconst DB = redact('postgres://admin:hunter2@db.internal:5432/app');\nconsole.log(\`connecting to \${DB}\`);`,
            },
          ],
        },
      ],
    },
    {
      name: 'development-only code is reported when reportInDevelopment is on',
      code: `${IMPORT}\nif (process.env.NODE_ENV === 'development') { logger.debug({ password }); }`,
      output: `${IMPORT}\nif (process.env.NODE_ENV === 'development') { logger.debug({ password: redact(password) }); }`,
      options: [{ reportInDevelopment: true }],
      errors: [{ messageId: 'leak', data: { name: 'password', callee: 'logger.debug', through: '' } }],
    },
    {
      name: 'production-only code is always reported',
      code: `${IMPORT}\nif (process.env.NODE_ENV === 'production') { logger.info({ sessionId }); }`,
      output: `${IMPORT}\nif (process.env.NODE_ENV === 'production') { logger.info({ sessionId: redact(sessionId) }); }`,
      errors: [{ messageId: 'leak', data: { name: 'sessionId', callee: 'logger.info', through: '' } }],
    },
    {
      name: 'a pino logger without that redact path',
      code: `${IMPORT}\nimport pino from 'pino';\nconst log = pino({ redact: ['password'] });\nlog.info({ apiKey });`,
      output: `${IMPORT}\nimport pino from 'pino';\nconst log = pino({ redact: ['password'] });\nlog.info({ apiKey: redact(apiKey) });`,
      errors: [{ messageId: 'leak', data: { name: 'apiKey', callee: 'log.info', through: '' } }],
    },
    {
      name: '{ token } at warn in a streaming handler',
      code: `${IMPORT}\nstream.on('data', (chunk) => { if (chunk.expired) logger.warn({ token }); });`,
      output: `${IMPORT}\nstream.on('data', (chunk) => { if (chunk.expired) logger.warn({ token: redact(token) }); });`,
      errors: [{ messageId: 'leak', data: { name: 'token', callee: 'logger.warn', through: '' } }],
    },
    {
      name: 'a getter call',
      code: `${IMPORT}\nlogger.info(user.getPassword());`,
      output: `${IMPORT}\nlogger.info(redact(user.getPassword()));`,
      errors: [{ messageId: 'leak', data: { name: 'getPassword', callee: 'logger.info', through: '' } }],
    },
    {
      name: 'an array pushed with a session id',
      code: `${IMPORT}\nconst items = [];\nitems.push(sessionId);\nlogger.info(items);`,
      output: `${IMPORT}\nconst items = [];\nitems.push(sessionId);\nlogger.info(redact(items));`,
      errors: [
        {
          messageId: 'leak',
          data: { name: 'sessionId', callee: 'logger.info', through: ' through `items` (line 3)' },
          suggestions: [
            {
              messageId: 'wrapAtSource',
              data: { text: 'sessionId', redact: 'redact', line: '3' },
              output: `${IMPORT}\nconst items = [];\nitems.push(redact(sessionId));\nlogger.info(items);`,
            },
          ],
        },
      ],
    },
    {
      name: 'sequence expression: only the logged value is wrapped',
      code: `${IMPORT}\nconsole.log((next(), token));`,
      output: `${IMPORT}\nconsole.log((next(), redact(token)));`,
      errors: [{ messageId: 'leak', data: { name: 'token', callee: 'console.log', through: '' } }],
    },
  ],
});
