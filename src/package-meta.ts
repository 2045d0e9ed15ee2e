/** Reads this package's name and version from its `package.json`, wherever the code runs from. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package name. */
export const PACKAGE_NAME = 'eslint-plugin-secure-logging';

function readVersion(): string {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (let step = 0; step < 6; step++) {
    try {
      const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as {
        name?: unknown;
        version?: unknown;
      };
      if (manifest.name === PACKAGE_NAME && typeof manifest.version === 'string') return manifest.version;
    } catch {
      // No package.json here; look one level up.
    }
    directory = dirname(directory);
  }
  return '0.0.0';
}

/** The package version. */
export const PACKAGE_VERSION: string = readVersion();
