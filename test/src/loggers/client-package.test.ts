import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isClientPackage } from '../../../src/loggers/client-package.js';

const APPS = fileURLToPath(new URL('../../fixtures/apps/', import.meta.url));

describe('isClientPackage', () => {
  it.each([
    ['a React app', path.join(APPS, 'browser/src/api/telemetry.js'), true],
    ['a Next.js app renders on a server', path.join(APPS, 'server-rendered/pages/index.js'), false],
    ['this package (a Node library)', fileURLToPath(import.meta.url), false],
    ['a relative name (stdin, RuleTester default)', 'file.js', false],
  ])('%s', (_, filename, expected) => {
    expect(isClientPackage(filename)).toBe(expected);
  });
});
