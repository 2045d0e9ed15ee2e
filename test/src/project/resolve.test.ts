import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resolveImport } from '../../../src/project/resolve.js';

const project = fileURLToPath(new URL('../../fixtures/cross-file/', import.meta.url));
const from = path.join(project, 'src/routes.js');
const lib = (name: string): string => path.join(project, 'src/lib', name);

describe('resolveImport', () => {
  it.each([
    ['a relative file with its extension', './lib/logger.js', lib('logger.js')],
    ['a relative file without extension', './lib/audit', lib('audit.js')],
    ['a folder through its index', './lib', lib('index.js')],
    ['a jsconfig path alias', '@lib/error-reporter.js', lib('error-reporter.js')],
    ['a package #import', '#reporter', lib('error-reporter.js')],
  ])('%s: %s', (_, specifier, expected) => {
    expect(resolveImport(from, specifier)).toBe(expected);
  });

  it.each([
    ['a package', 'pino'],
    ['a scoped package the aliases do not cover', '@nestjs/common'],
    ['a Node built-in', 'node:fs'],
    ['a missing file', './lib/missing.js'],
    ['an unknown #import', '#nothing'],
  ])('%s: %s is not followed', (_, specifier) => {
    expect(resolveImport(from, specifier)).toBeNull();
  });

  it('needs an absolute importing file (stdin and virtual files are not followed)', () => {
    expect(resolveImport('routes.js', './lib/logger.js')).toBeNull();
  });

  it('maps a .js specifier to the TypeScript source beside it', () => {
    expect(resolveImport(from, './lib/tracing.js')).toBe(lib('tracing.ts'));
  });
});
