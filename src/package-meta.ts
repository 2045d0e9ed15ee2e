/** Reads this package's name and version from its `package.json`, wherever the code runs from. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package name. */
export const PACKAGE_NAME = 'eslint-plugin-secure-logging';

interface Manifest {
  readonly root: string | undefined;
  readonly version: string;
  readonly homepage: string;
}

/** The repository's web address. */
export const REPOSITORY = 'https://github.com/eslint-plugin-secure-logging/eslint-plugin-secure-logging';

function readManifest(): Manifest {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (let step = 0; step < 6; step++) {
    try {
      const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as {
        name?: unknown;
        version?: unknown;
        homepage?: unknown;
      };
      if (manifest.name === PACKAGE_NAME && typeof manifest.version === 'string') {
        return {
          root: directory,
          version: manifest.version,
          homepage: typeof manifest.homepage === 'string' ? manifest.homepage : REPOSITORY,
        };
      }
    } catch {
      // No package.json here; look one level up.
    }
    directory = dirname(directory);
  }
  return { root: undefined, version: '0.0.0', homepage: REPOSITORY };
}

const manifest = readManifest();

/** The package version. */
export const PACKAGE_VERSION: string = manifest.version;

/** The folder that holds the package's `package.json` (and `docs/`), when it can be found. */
export const PACKAGE_ROOT: string | undefined = manifest.root;

/** The package's home page. */
export const PACKAGE_HOMEPAGE: string = manifest.homepage;
