/**
 * pino-style redact paths (`password`, `req.headers.authorization`, `*.token`, `a[*].b`,
 * `headers["x-api-key"]`): parsing, and whether a path covers a key path.
 */

/**
 * The redact path that stands for "the logger redacts every object it logs" (a logger built with
 * the runtime's integrations, see `./integrations.ts`); it never comes from a user's config.
 */
export const EVERY_RECORD = '**';

/**
 * The paths of a pino `redact` option's static value: an array of paths, or `{ paths }`; `null`
 * when the value is neither (not known statically).
 */
export function redactOptionPaths(value: unknown): string[] | null {
  const paths: unknown = Array.isArray(value) ? value : typeof value === 'object' && value !== null ? (value as { paths?: unknown }).paths : undefined;
  return Array.isArray(paths) ? paths.filter((path): path is string => typeof path === 'string') : null;
}

/** Splits a redact path into segments; `*` is a wildcard. */
export function parseRedactPath(path: string): string[] {
  const segments: string[] = [];
  let current = '';
  let index = 0;
  while (index < path.length) {
    const character = path[index] ?? '';
    if (character === '.') {
      if (current) segments.push(current);
      current = '';
      index++;
    } else if (character === '[') {
      if (current) segments.push(current);
      current = '';
      const close = path.indexOf(']', index);
      if (close === -1) return [...segments, path.slice(index)];
      segments.push(path.slice(index + 1, close).replace(/^(["'])(.*)\1$/u, '$2'));
      index = close + 1;
    } else {
      current += character;
      index++;
    }
  }
  if (current) segments.push(current);
  return segments;
}

/**
 * True if redacting `redactPath` hides the value at `keyPath`: the path matches the key path or
 * one of its prefixes, wildcards matching any single key. An unknown key (`*`) in the key path
 * is only matched by a wildcard.
 */
export function redactPathCovers(redactPath: string, keyPath: readonly string[]): boolean {
  const segments = parseRedactPath(redactPath);
  if (segments.length === 0 || segments.length > keyPath.length) return false;
  return segments.every((segment, index) => segment === '*' || (segment === keyPath[index] && segment !== '*'));
}

/** True if any of the paths covers the key path. */
export function isRedactedByLogger(redactPaths: readonly string[], keyPath: readonly string[]): boolean {
  return keyPath.length > 0 && redactPaths.some((path) => redactPathCovers(path, keyPath));
}
