/**
 * The nearest package.json above a file, as Node finds it: its module `type` and the names of the
 * packages it depends on. Read once per folder per process.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface Manifest {
  /** `module` or `commonjs` (the default when the field is absent or the file unreadable). */
  readonly type: string;
  /** Every package named in `dependencies`, `devDependencies` and `peerDependencies`. */
  readonly dependencies: ReadonlySet<string>;
}

const manifests = new Map<string, Manifest | undefined>();

function dependencyNames(parsed: Record<string, unknown>): Set<string> {
  const names = new Set<string>();
  for (const field of ['dependencies', 'devDependencies', 'peerDependencies']) {
    const block = parsed[field];
    if (block && typeof block === 'object') for (const name of Object.keys(block)) names.add(name);
  }
  return names;
}

function read(file: string): Manifest {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    if (!parsed || typeof parsed !== 'object') return { type: 'commonjs', dependencies: new Set() };
    const record = parsed as Record<string, unknown>;
    return { type: typeof record.type === 'string' ? record.type : 'commonjs', dependencies: dependencyNames(record) };
  } catch {
    return { type: 'commonjs', dependencies: new Set() };
  }
}

/** The nearest package.json at or above `folder`, or `undefined` when there is none. */
export function nearestManifest(folder: string): Manifest | undefined {
  if (manifests.has(folder)) return manifests.get(folder);
  const file = path.join(folder, 'package.json');
  let manifest: Manifest | undefined;
  if (existsSync(file)) manifest = read(file);
  else {
    const parent = path.dirname(folder);
    manifest = parent === folder ? undefined : nearestManifest(parent);
  }
  if (manifests.size >= 1000) manifests.clear();
  manifests.set(folder, manifest);
  return manifest;
}
