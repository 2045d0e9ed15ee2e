/**
 * The nearest package.json above a file, as Node finds it: its module `type`, the names of the
 * packages it depends on and its `imports` map. Read once per folder per process.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface Manifest {
  /** The folder that holds the package.json. */
  readonly folder: string;
  /** `module` or `commonjs` (the default when the field is absent or the file unreadable). */
  readonly type: string;
  /** Every package named in `dependencies`, `devDependencies` and `peerDependencies`. */
  readonly dependencies: ReadonlySet<string>;
  /** The `imports` map (`#logger`), as written. */
  readonly imports: Readonly<Record<string, unknown>>;
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
  const folder = path.dirname(file);
  const empty: Manifest = { folder, type: 'commonjs', dependencies: new Set(), imports: {} };
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    if (!parsed || typeof parsed !== 'object') return empty;
    const record = parsed as Record<string, unknown>;
    const imports = record.imports && typeof record.imports === 'object' ? (record.imports as Record<string, unknown>) : {};
    return { folder, type: typeof record.type === 'string' ? record.type : 'commonjs', dependencies: dependencyNames(record), imports };
  } catch {
    return empty;
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
