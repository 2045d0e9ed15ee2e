import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createEslint, summarize } from '../support/eslint-project.js';

const examples = fileURLToPath(new URL('../../examples', import.meta.url));

/** The exact findings on the bundled example app. */
const PINNED = [
  "src/accounts.js:19:25 no-secrets-in-logs 'token' looks like a secret and reaches `logger.error()` through `resetUrl` (line 12).",
  "src/accounts.js:27:37 no-pii-in-logs 'email' looks like personal data and reaches `logger.warn()`.",
  "src/accounts.js:31:34 no-pii-in-logs 'account' is a whole record about a person and reaches `logger.debug()`; log the fields you need.",
  "src/accounts.js:45:45 no-secrets-in-logs 'token response' looks like a secret and reaches `logger.error()` through `raw` (line 42), `response` (line 38).",
  "src/accounts.js:55:19 no-secrets-in-logs 'token' looks like a secret and reaches `logger.warn()`.",
  "src/accounts.js:61:45 no-pii-in-logs 'newEmail' looks like personal data and reaches `audit()`.",
  "src/app.js:14:27 no-secrets-in-logs 'password' looks like a secret and reaches `logger.info()`.",
  "src/app.js:21:36 no-secrets-in-logs 'token' looks like a secret and reaches `req.log.info()`.",
  "src/billing.js:13:34 no-secrets-in-logs 'STRIPE_SECRET_KEY' looks like a secret and reaches `log.error()`.",
  "src/legacy.cjs:7:39 no-secrets-in-logs 'authorization' looks like a secret and reaches `console.log()`.",
  "src/orders.service.ts:17:42 no-secrets-in-logs 'clientSecret' looks like a secret and reaches `this.logger.debug()`.",
  "src/users.js:11:54 no-secrets-in-logs 'apiKey' looks like a secret and reaches `logger.info()`.",
  "src/users.js:19:53 no-secrets-in-logs 'refreshToken' looks like a secret and reaches `audit.warn()`.",
];

describe('examples/', () => {
  it('has exactly the pinned findings (plugin from source)', async () => {
    const results = await createEslint(examples).lintFiles(['src']);
    expect(summarize(results, examples)).toEqual(PINNED);
  });

  it('the example config, which loads the built package by name, finds the same', async () => {
    const eslint = new ESLint({ cwd: examples });
    const results = await eslint.lintFiles(['src']);
    expect(summarize(results, examples)).toEqual(PINNED);
  });

  it('every finding is fixable, and the fixed code is clean', async () => {
    const results = await createEslint(examples, { fix: true }).lintFiles(['src']);
    for (const result of results) {
      expect(result.messages.filter((message) => message.fatal)).toEqual([]);
      expect(result.messages).toEqual([]);
    }
    expect(results.filter((result) => result.output !== undefined)).toHaveLength(6);
  });
});
