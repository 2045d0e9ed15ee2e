import rule from '../../rules/no-secrets-in-logs.js';
import { createRuleTester } from '../support/rule-tester.js';

const ruleTester = createRuleTester();
const IMPORT = "import { redact } from 'eslint-plugin-secure-logging/redact';";

ruleTester.run('no-secrets-in-logs', rule, {
  valid: [
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
  ],
  invalid: [
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
      output: `${IMPORT}\nasync function f() { logger.info(await redact(getToken()) as string, redact(jwt)!); }`,
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
      output: "'use strict';\nconst pino = require('pino');\nconst { redact } = require('eslint-plugin-secure-logging/redact');\nconst log = pino();\nlog.info({ apiKey: redact(apiKey) });",
      errors: [{ messageId: 'leak', data: { name: 'apiKey', callee: 'log.info', through: '' } }],
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
      name: 'sequence expression: only the logged value is wrapped',
      code: `${IMPORT}\nconsole.log((next(), token));`,
      output: `${IMPORT}\nconsole.log((next(), redact(token)));`,
      errors: [{ messageId: 'leak', data: { name: 'token', callee: 'console.log', through: '' } }],
    },
  ],
});
