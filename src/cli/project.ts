/**
 * Where the command line lints from and with which config: the folder that holds the given paths,
 * the project's own `eslint.config.*`, or the plugin's recommended config.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { includeIgnoreFile } from '@eslint/config-helpers';
import type { ESLint } from 'eslint';
import plugin from '../index.js';
import { UsageError } from './args.js';

/** Config file names ESLint reads, in its order of preference. */
const CONFIG_FILES = ['eslint.config.js', 'eslint.config.mjs', 'eslint.config.cjs', 'eslint.config.ts', 'eslint.config.mts', 'eslint.config.cts'];

const TYPESCRIPT_EXTENSIONS = ['.ts', '.mts', '.cts', '.tsx'];
/** Extensions a directory scan looks at. */
const SCANNED_EXTENSIONS = ['.js', '.mjs', '.cjs', '.jsx', ...TYPESCRIPT_EXTENSIONS, '.json', '.jsonc', '.json5', '.yaml', '.yml'];

/**
 * The folder ESLint runs in: the working directory when it holds every path, otherwise the
 * deepest folder that holds them all (ESLint lints only files under its `cwd`).
 */
export function lintRoot(cwd: string, paths: readonly string[]): string {
  const targets = paths.map((given) => path.resolve(cwd, given));
  for (const target of targets) {
    if (!existsSync(target)) throw new UsageError(`No such file or directory: "${path.relative(cwd, target) || target}"`);
  }
  const inside = (folder: string, target: string): boolean => {
    const relative = path.relative(folder, target);
    return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
  };
  if (targets.every((target) => inside(cwd, target))) return cwd;
  let root = statSync(targets[0] ?? cwd).isDirectory() ? (targets[0] ?? cwd) : path.dirname(targets[0] ?? cwd);
  while (!targets.every((target) => inside(root, target))) {
    const parent = path.dirname(root);
    if (parent === root) break;
    root = parent;
  }
  return root;
}

/**
 * The project's `eslint.config.*`: looked up from `start` through its parents, up to and
 * including the project root (the first folder with a `package.json` or `.git`).
 */
export function findProjectConfig(start: string): string | undefined {
  let folder = start;
  for (;;) {
    for (const name of CONFIG_FILES) {
      const candidate = path.join(folder, name);
      if (existsSync(candidate)) return candidate;
    }
    if (existsSync(path.join(folder, 'package.json')) || existsSync(path.join(folder, '.git'))) return undefined;
    const parent = path.dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}

/** typescript-eslint's parser, when it is installed. */
export function loadTypeScriptParser(): object | undefined {
  try {
    return createRequire(import.meta.url)('@typescript-eslint/parser') as object;
  } catch {
    return undefined;
  }
}

/** The zero-config setup: `.gitignore`, the recommended config, and the TypeScript parser without types. */
export function zeroConfig(root: string, parser: object | undefined): ESLint.Options['overrideConfig'] {
  const gitignore = path.join(root, '.gitignore');
  return [
    ...(existsSync(gitignore) ? includeIgnoreFile([gitignore]) : []),
    ...plugin.configs.recommended,
    ...(parser ? [{ files: TYPESCRIPT_EXTENSIONS.map((extension) => `**/*${extension}`), languageOptions: { parser } }] : []),
  ] as ESLint.Options['overrideConfig'];
}

/** True for a file the TypeScript parser is needed for. */
export function isTypeScriptFile(file: string): boolean {
  return TYPESCRIPT_EXTENSIONS.includes(path.extname(file));
}

/** Files under the given paths that the config applies to (explicit files included), sorted. */
export async function expandFiles(eslint: ESLint, paths: readonly string[], cwd: string): Promise<string[]> {
  const found: string[] = [];
  const visit = async (target: string, explicit: boolean): Promise<void> => {
    if (statSync(target).isDirectory()) {
      const name = path.basename(target);
      if (name === 'node_modules' || name === '.git') return;
      if (!explicit && (await eslint.isPathIgnored(path.join(target, '__probe__.js')))) return;
      for (const entry of readdirSync(target).sort()) await visit(path.join(target, entry), false);
      return;
    }
    if (!explicit && !SCANNED_EXTENSIONS.includes(path.extname(target))) return;
    if (await eslint.isPathIgnored(target)) return;
    if ((await eslint.calculateConfigForFile(target)) === undefined) return;
    found.push(target);
  };
  for (const given of paths) await visit(path.resolve(cwd, given), true);
  return [...new Set(found)];
}
