/**
 * Resolves an import specifier of a file to the project file it names, the way Node and
 * TypeScript would for the cases that matter to the engine:
 *
 * - relative specifiers (`./log`, `../lib/logger.js`), with the source extensions tried in
 *   order, `index` files, and TypeScript's `.js` → `.ts` mapping;
 * - tsconfig `compilerOptions.paths` (with `baseUrl` and `extends` of relative files), found in
 *   the nearest `tsconfig.json` or `jsconfig.json`;
 * - the package's own `imports` map (`#logger`).
 *
 * Bare package names are not followed: libraries are catalogue entries, not project code.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { evaluate, parse } from '@humanwhocodes/momoa';
import { nearestManifest } from '../utils/manifest.js';

const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
/** `./log.js` written in TypeScript source names `./log.ts`. */
const TS_FOR_JS: Readonly<Record<string, readonly string[]>> = {
  '.js': ['.ts', '.tsx'],
  '.jsx': ['.tsx'],
  '.mjs': ['.mts'],
  '.cjs': ['.cts'],
};

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The file a path names, trying source extensions and `index` files. */
function resolveFile(base: string): string | null {
  const extension = path.extname(base);
  if (extension !== '' && isFile(base)) return base;
  for (const replacement of TS_FOR_JS[extension] ?? []) {
    const candidate = base.slice(0, -extension.length) + replacement;
    if (isFile(candidate)) return candidate;
  }
  for (const candidate of SOURCE_EXTENSIONS) if (isFile(base + candidate)) return base + candidate;
  for (const candidate of SOURCE_EXTENSIONS) {
    const index = path.join(base, `index${candidate}`);
    if (isFile(index)) return index;
  }
  return null;
}

interface PathMapping {
  readonly baseUrl: string;
  readonly paths: ReadonlyMap<string, readonly string[]>;
}

const mappings = new Map<string, PathMapping | null>();

function readJsonc(file: string): Record<string, unknown> | null {
  try {
    const value = evaluate(parse(readFileSync(file, 'utf8'), { mode: 'jsonc', allowTrailingCommas: true }));
    return value && typeof value === 'object' && !Array.isArray(value) ? (value) : null;
  } catch {
    return null;
  }
}

/** `compilerOptions.paths` and `baseUrl` of a tsconfig file, following relative `extends`. */
function readMapping(file: string, depth = 0): PathMapping | null {
  const config = readJsonc(file);
  if (!config || depth > 4) return null;
  const options = (config.compilerOptions ?? {}) as Record<string, unknown>;
  const folder = path.dirname(file);
  let inherited: PathMapping | null = null;
  const parents = Array.isArray(config.extends) ? config.extends : [config.extends];
  for (const parent of parents) {
    if (typeof parent !== 'string' || !parent.startsWith('.')) continue;
    const parentFile = path.resolve(folder, parent.endsWith('.json') ? parent : `${parent}.json`);
    inherited = readMapping(parentFile, depth + 1) ?? inherited;
  }
  const rawPaths = options.paths;
  if (!rawPaths || typeof rawPaths !== 'object') return inherited;
  const baseUrl = typeof options.baseUrl === 'string' ? path.resolve(folder, options.baseUrl) : folder;
  const paths = new Map<string, string[]>();
  for (const [pattern, targets] of Object.entries(rawPaths as Record<string, unknown>)) {
    if (Array.isArray(targets)) paths.set(pattern, targets.filter((target): target is string => typeof target === 'string'));
  }
  return { baseUrl, paths };
}

/** The path mapping of the nearest tsconfig.json (or jsconfig.json) above a folder. */
function mappingFor(folder: string): PathMapping | null {
  const cached = mappings.get(folder);
  if (cached !== undefined) return cached;
  const config = ['tsconfig.json', 'jsconfig.json'].map((name) => path.join(folder, name)).find((file) => existsSync(file));
  const parent = path.dirname(folder);
  const mapping = config ? readMapping(config) : parent === folder ? null : mappingFor(parent);
  if (mappings.size >= 1000) mappings.clear();
  mappings.set(folder, mapping);
  return mapping;
}

function resolvePaths(specifier: string, mapping: PathMapping): string | null {
  for (const [pattern, targets] of mapping.paths) {
    const star = pattern.indexOf('*');
    let captured: string | null = null;
    if (star === -1) captured = pattern === specifier ? '' : null;
    else if (specifier.startsWith(pattern.slice(0, star)) && specifier.endsWith(pattern.slice(star + 1)) && specifier.length >= pattern.length - 1) {
      captured = specifier.slice(star, specifier.length - (pattern.length - star - 1));
    }
    if (captured === null) continue;
    for (const target of targets) {
      const resolved = resolveFile(path.resolve(mapping.baseUrl, target.replace('*', captured)));
      if (resolved) return resolved;
    }
  }
  return null;
}

/** `#logger` through the nearest package.json's `imports` map (string targets and `node`/`import`/`require`/`default` conditions). */
function resolvePackageImport(specifier: string, folder: string): string | null {
  const manifest = nearestManifest(folder);
  if (!manifest) return null;
  let target = Object.hasOwn(manifest.imports, specifier) ? manifest.imports[specifier] : undefined;
  if (target && typeof target === 'object') {
    const conditions = target as Record<string, unknown>;
    target = conditions.node ?? conditions.import ?? conditions.require ?? conditions.default;
  }
  return typeof target === 'string' && target.startsWith('.') ? resolveFile(path.resolve(manifest.folder, target)) : null;
}

/**
 * The project file `specifier` names when imported from `fromFile`, or `null` for a package, a
 * file that does not exist, or a specifier the resolver does not follow.
 */
export function resolveImport(fromFile: string, specifier: string): string | null {
  if (!path.isAbsolute(fromFile)) return null;
  const folder = path.dirname(fromFile);
  const key = `${folder}\0${specifier}`;
  const cached = resolutions.get(key);
  if (cached !== undefined) return cached;
  const resolved = resolveFrom(folder, specifier);
  if (resolutions.size >= 10_000) resolutions.clear();
  resolutions.set(key, resolved);
  return resolved;
}

const resolutions = new Map<string, string | null>();

function resolveFrom(folder: string, specifier: string): string | null {
  if (specifier.startsWith('./') || specifier.startsWith('../') || specifier === '.' || specifier === '..') {
    return resolveFile(path.resolve(folder, specifier));
  }
  if (specifier.startsWith('#')) return resolvePackageImport(specifier, folder);
  if (specifier.startsWith('node:') || path.isAbsolute(specifier)) return null;
  const mapping = mappingFor(folder);
  return mapping ? resolvePaths(specifier, mapping) : null;
}
