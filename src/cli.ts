/**
 * `secure-logging`: the zero-config command line. It runs ESLint's Node API with the plugin's
 * `recommended` config on JavaScript, TypeScript (parsed without types), JSON and YAML files,
 * respecting `.gitignore`; `--config` uses a project's own ESLint config instead.
 *
 * Exit codes: 0 clean, 1 findings (errors, or more warnings than `--max-warnings`), 2 a usage or
 * configuration error.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { includeIgnoreFile } from '@eslint/config-helpers';
import { ESLint } from 'eslint';
import plugin from './index.js';
import { PACKAGE_VERSION } from './package-meta.js';

const USAGE = `Usage: secure-logging [options] [paths...]

Scans JavaScript, TypeScript, JSON and YAML files for secrets, personal data and raw payloads
in logs, and for debug levels in production. Paths default to the current directory.

Options:
  --config <file>       Use this ESLint config instead of the plugin's recommended config
  --fix                 Apply the fixes (wrap leaking values in redact())
  --format <name>       stylish (default), json or sarif
  --max-warnings <n>    Exit with 1 when there are more than n warnings
  --quiet               Report errors only
  -h, --help            Show this help
  -v, --version         Show the version`;

const FORMATS = ['stylish', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

/** Extensions the zero-config scan looks at. */
const SCANNED_EXTENSIONS = ['.js', '.mjs', '.cjs', '.jsx', '.ts', '.mts', '.cts', '.tsx', '.json', '.jsonc', '.json5', '.yaml', '.yml'];

/** A usage or configuration error: exit code 2. */
class UsageError extends Error {}

interface Options {
  readonly paths: string[];
  readonly config: string | undefined;
  readonly fix: boolean;
  readonly format: Format;
  readonly maxWarnings: number;
  readonly quiet: boolean;
}

function parseOptions(argv: readonly string[]): Options | 'help' | 'version' {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        config: { type: 'string', short: 'c' },
        fix: { type: 'boolean' },
        format: { type: 'string', short: 'f' },
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
  const format = values.format ?? 'stylish';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${format}"`);
  }
  const maxWarningsText = values['max-warnings'];
  const maxWarnings = maxWarningsText === undefined ? -1 : Number(maxWarningsText);
  if (!Number.isInteger(maxWarnings) || (maxWarningsText !== undefined && maxWarnings < 0)) {
    throw new UsageError(`--max-warnings must be a whole number of 0 or more, got "${String(maxWarningsText)}"`);
  }
  return {
    paths: positionals.length > 0 ? positionals : ['.'],
    config: values.config,
    fix: values.fix ?? false,
    format: format as Format,
    maxWarnings,
    quiet: values.quiet ?? false,
  };
}

/** The zero-config setup: `.gitignore`, the recommended config, and the TypeScript parser without types. */
function zeroConfig(cwd: string): ESLint.Options['overrideConfig'] {
  const gitignore = path.join(cwd, '.gitignore');
  const parser = createRequire(import.meta.url)('@typescript-eslint/parser') as object;
  return [
    ...(existsSync(gitignore) ? includeIgnoreFile([gitignore]) : []),
    ...plugin.configs.recommended,
    { files: ['**/*.ts', '**/*.mts', '**/*.cts', '**/*.tsx'], languageOptions: { parser } },
  ] as ESLint.Options['overrideConfig'];
}

/** Files under the given paths that a config applies to (explicit files included), sorted. */
async function expandFiles(eslint: ESLint, paths: readonly string[], cwd: string): Promise<string[]> {
  const found: string[] = [];
  const visit = async (target: string, explicit: boolean): Promise<void> => {
    let stats;
    try {
      stats = statSync(target);
    } catch {
      if (explicit) throw new UsageError(`No such file or directory: "${path.relative(cwd, target) || target}"`);
      return;
    }
    if (stats.isDirectory()) {
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
  for (const given of paths) {
    const target = path.resolve(cwd, given);
    const relative = path.relative(cwd, target);
    if (relative.startsWith('..') || path.isAbsolute(relative)) {
      throw new UsageError(
        `"${given}" is outside the working directory; run secure-logging from a folder that contains it (ESLint lints only files under its working directory).`,
      );
    }
    await visit(target, true);
  }
  return [...new Set(found)];
}

/** Runs the CLI; returns the exit code. */
export async function main(
  argv: readonly string[],
  io: { cwd: string; stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream & { isTTY?: boolean }; env: NodeJS.ProcessEnv },
): Promise<number> {
  let options;
  try {
    options = parseOptions(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`secure-logging: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
  if (options === 'help') {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (options === 'version') {
    io.stdout.write(`${PACKAGE_VERSION}\n`);
    return 0;
  }
  if (options.config !== undefined && !existsSync(path.resolve(io.cwd, options.config))) {
    io.stderr.write(`secure-logging: --config: no such file "${options.config}"\n`);
    return 2;
  }
  try {
    const eslint = new ESLint({
      cwd: io.cwd,
      fix: options.fix,
      ...(options.config === undefined
        ? { overrideConfigFile: true, overrideConfig: zeroConfig(io.cwd) }
        : { overrideConfigFile: path.resolve(io.cwd, options.config) }),
    });
    const files = await expandFiles(eslint, options.paths, io.cwd);
    if (files.length === 0) io.stderr.write('secure-logging: no files to scan (none matched, or all are ignored).\n');
    const progress = io.stderr.isTTY === true && !io.env['CI'] && files.length > 20;
    let results: ESLint.LintResult[] = [];
    const batch = 50;
    for (let start = 0; start < files.length; start += batch) {
      results.push(...(await eslint.lintFiles(files.slice(start, start + batch))));
      if (progress) io.stderr.write(`\rsecure-logging: ${String(Math.min(start + batch, files.length))}/${String(files.length)} files`);
    }
    if (progress) io.stderr.write('\n');
    if (options.fix) await ESLint.outputFixes(results);
    if (options.quiet) results = ESLint.getErrorResults(results);
    io.stdout.write(await format(eslint, results, options.format, io.cwd));
    const errors = results.reduce((sum, result) => sum + result.errorCount, 0);
    const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
    const tooManyWarnings = options.maxWarnings >= 0 && warnings > options.maxWarnings;
    if (tooManyWarnings && errors === 0) {
      io.stderr.write(`secure-logging: too many warnings (${String(warnings)}); the maximum is ${String(options.maxWarnings)}.\n`);
    }
    return errors > 0 || tooManyWarnings ? 1 : 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`secure-logging: ${message}\n`);
    return 2;
  }
}

async function format(eslint: ESLint, results: ESLint.LintResult[], name: Format, cwd: string): Promise<string> {
  if (name === 'sarif') {
    const sarif = createRequire(import.meta.url)('@microsoft/eslint-formatter-sarif') as (
      results: ESLint.LintResult[],
      data: { cwd: string; rulesMeta: ReturnType<ESLint['getRulesMetaForResults']> },
    ) => string;
    return `${sarif(results, { cwd, rulesMeta: eslint.getRulesMetaForResults(results) })}\n`;
  }
  const formatter = await eslint.loadFormatter(name);
  const text = await formatter.format(results);
  return text.endsWith('\n') || text === '' ? text : `${text}\n`;
}
