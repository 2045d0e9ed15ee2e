import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createEslint, summarize } from '../support/eslint-project.js';

const examples = fileURLToPath(new URL('../../examples', import.meta.url));

/** The exact findings on the bundled example app. */
const PINNED = [
  "config/config.prod.yaml:5:10 no-debug-level-in-production Log level 'trace' under `level` in a production config file.",
  "config/production.json:4:14 no-debug-level-in-production Log level 'debug' under `level` in a production config file.",
  "src/accounts.js:19:25 no-secrets-in-logs 'token' looks like a secret and reaches `logger.error()` through `resetUrl` (line 12).",
  "src/accounts.js:27:37 no-pii-in-logs 'email' looks like personal data and reaches `logger.warn()`.",
  "src/accounts.js:31:34 no-pii-in-logs 'account' is a whole record about a person and reaches `logger.debug()`; log the fields you need.",
  // One report per value: the raw body, which the secret rule also finds, goes to the most specific rule.
  "src/accounts.js:45:45 no-raw-bodies-in-logs 'fetch().body' carries the raw fetch response body (with a secret: 'token response') and reaches `logger.error()` through `raw` (line 42), `response` (line 38); log the fields you need.",
  "src/accounts.js:55:19 no-secrets-in-logs 'token' looks like a secret and reaches `logger.warn()`.",
  "src/accounts.js:61:45 no-pii-in-logs 'newEmail' looks like personal data and reaches `audit()`.",
  "src/app.js:14:27 no-secrets-in-logs 'password' looks like a secret and reaches `logger.info()`.",
  "src/app.js:21:36 no-secrets-in-logs 'token' looks like a secret and reaches `req.log.info()`.",
  "src/app.js:9:9 no-unredacted-http-logger `pinoHttp()` logs the headers of every request and response, Authorization, Cookie and Set-Cookie included. Add redact paths for them.",
  "src/billing.js:13:34 no-secrets-in-logs 'STRIPE_SECRET_KEY' looks like a secret and reaches `log.error()`.",
  "src/express-payloads.js:11:15 no-raw-bodies-in-logs 'req.body' carries the raw request body and reaches `logger.info()`; log the fields you need.",
  "src/express-payloads.js:19:23 no-raw-bodies-in-logs 'req' carries the raw request and reaches `logger.error()`; log the fields you need.",
  "src/express-payloads.js:27:29 no-raw-bodies-in-logs 'axios.get().data' carries the raw HTTP client response body and reaches `logger.debug()` through `response` (line 25); log the fields you need.",
  "src/express-payloads.js:32:18 no-raw-bodies-in-logs 'error' carries the raw HTTP client error and reaches `logger.error()`; log the fields you need.",
  "src/express-payloads.js:6:55 no-debug-level-in-production 'debug' is the fallback of `process.env.LOG_LEVEL`, so production logs at 'debug' whenever `process.env.LOG_LEVEL` is unset.",
  "src/fastify-payloads.js:8:31 no-raw-bodies-in-logs 'request.headers' carries the raw request headers and reaches `request.log.info()`; log the fields you need.",
  "src/koa-payloads.js:19:37 no-raw-bodies-in-logs 'ctx.request.body' carries the raw request body and reaches `logger.warn()` through `payload` (line 17); log the fields you need.",
  "src/legacy.cjs:7:39 no-secrets-in-logs 'authorization' looks like a secret and reaches `console.log()`.",
  "src/orders.service.ts:17:42 no-secrets-in-logs 'clientSecret' looks like a secret and reaches `this.logger.debug()`.",
  "src/users.js:11:54 no-secrets-in-logs 'apiKey' looks like a secret and reaches `logger.info()`.",
  "src/users.js:19:53 no-secrets-in-logs 'refreshToken' looks like a secret and reaches `audit.warn()`.",
];

describe('examples/', () => {
  it('has exactly the pinned findings (plugin from source)', async () => {
    const results = await createEslint(examples).lintFiles(['.']);
    expect(summarize(results, examples)).toEqual(PINNED);
  });

  it('the example config, which loads the built package by name, finds the same', async () => {
    const eslint = new ESLint({ cwd: examples });
    const results = await eslint.lintFiles(['.']);
    expect(summarize(results, examples)).toEqual(PINNED);
  });

  it('every leak is fixable; what is left after --fix is the level findings, which only have suggestions', async () => {
    const results = await createEslint(examples, { fix: true }).lintFiles(['.']);
    const left = summarize(results, examples);
    expect(results.flatMap((result) => result.messages.filter((message) => message.fatal))).toEqual([]);
    // The fix adds an import line above, so compare without positions.
    const withoutPosition = (line: string): string => line.replace(/:\d+:\d+ /u, ' ');
    expect(left.map(withoutPosition)).toEqual(
      PINNED.filter((line) => line.includes(' no-debug-level-in-production ')).map(withoutPosition),
    );
    expect(results.filter((result) => result.output !== undefined)).toHaveLength(9);
  });
});
