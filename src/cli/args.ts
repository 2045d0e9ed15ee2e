/** The command line's options: parsing, validation and the usage text. */
import { parseArgs } from 'node:util';

export const USAGE = `Usage: secure-logging [options] [paths...]

Scans JavaScript, TypeScript, JSON and YAML files for secrets, personal data and raw payloads
in logs, and for debug levels in production. Paths default to the current directory.

Config: the project's own eslint.config.* (looked up from the current directory to the project
root, the first folder with a package.json or .git), or --config; without either, the plugin's
recommended config. Only secure-logging findings are reported.

Options:
  --config <file>       Use this ESLint config
  --no-config-lookup    Ignore the project's eslint.config.* and use the recommended config
  --fix                 Apply the fixes (wrap leaking values in redact())
  --format <name>       stylish (default), json or sarif
  --severity <level>    Report findings as errors (default) or warnings (warn), so that
                        --max-warnings decides the exit code
  --max-warnings <n>    Exit with 1 when there are more than n warnings
  --quiet               Report errors only
  -h, --help            Show this help
  -v, --version         Show the version

Exit codes: 0 no findings, 1 findings (errors, or more warnings than --max-warnings),
2 a usage or configuration error, 3 a file could not be parsed (its findings are unknown).`;

export const FORMATS = ['stylish', 'json', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];
const SEVERITIES = ['error', 'warn'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** A usage or configuration error: exit code 2. */
export class UsageError extends Error {}

export interface CliOptions {
  readonly paths: string[];
  readonly config: string | undefined;
  readonly configLookup: boolean;
  readonly fix: boolean;
  readonly format: Format;
  readonly severity: Severity | undefined;
  readonly maxWarnings: number;
  readonly quiet: boolean;
}

function oneOf<T extends string>(name: string, allowed: readonly T[], value: string): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, got "${value}"`);
  }
  return value as T;
}

/** Parses argv; throws a {@link UsageError} for anything it cannot accept. */
export function parseOptions(argv: readonly string[]): CliOptions | 'help' | 'version' {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        config: { type: 'string', short: 'c' },
        'no-config-lookup': { type: 'boolean' },
        fix: { type: 'boolean' },
        format: { type: 'string', short: 'f' },
        severity: { type: 'string' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (values.version) return 'version';
  const format = oneOf('format', FORMATS, values.format ?? 'stylish');
  const severity = values.severity === undefined ? undefined : oneOf('severity', SEVERITIES, values.severity);
  const maxWarningsText = values['max-warnings'];
  const maxWarnings = maxWarningsText === undefined ? -1 : Number(maxWarningsText);
  if (!Number.isInteger(maxWarnings) || (maxWarningsText !== undefined && maxWarnings < 0)) {
    throw new UsageError(`--max-warnings must be a whole number of 0 or more, got "${String(maxWarningsText)}"`);
  }
  if (values.config !== undefined && values['no-config-lookup']) {
    throw new UsageError('--config and --no-config-lookup cannot be used together');
  }
  return {
    paths: positionals.length > 0 ? positionals : ['.'],
    config: values.config,
    configLookup: !(values['no-config-lookup'] ?? false),
    fix: values.fix ?? false,
    format,
    severity,
    maxWarnings,
    quiet: values.quiet ?? false,
  };
}
