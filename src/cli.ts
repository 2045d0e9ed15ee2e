/**
 * `secure-logging`: the command line. It runs ESLint's Node API with the project's own
 * `eslint.config.*` (or `--config`, or the plugin's recommended config when the project has none)
 * on JavaScript, TypeScript, JSON and YAML files, and reports the plugin's findings only.
 *
 * Exit codes: 0 no findings, 1 findings (errors, or more warnings than `--max-warnings`), 2 a usage
 * or configuration error, 3 a file could not be parsed.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ESLint, type Linter } from 'eslint';
import plugin, { PLUGIN_PREFIX } from './index.js';
import { PACKAGE_VERSION } from './package-meta.js';
import { toSarif } from './report/sarif.js';
import { DEFAULT_REDACT_SOURCE } from './settings.js';
import { type CliOptions, type Format, parseOptions, USAGE, UsageError } from './cli/args.js';
import { expandFiles, findProjectConfig, isTypeScriptFile, lintRoot, loadTypeScriptParser, zeroConfig } from './cli/project.js';

/** Exit code for a file that could not be parsed. */
export const EXIT_PARSE_ERROR = 3;

interface Io {
  cwd: string;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

const isOurs = (ruleId: string | null): boolean => ruleId?.startsWith(`${PLUGIN_PREFIX}/`) === true;

/** The ESLint options for a config choice; `describe` says which config it is. */
interface ConfigChoice {
  readonly options: ESLint.Options;
  readonly describe: string;
  readonly file: string | undefined;
}

function chooseConfig(options: CliOptions, io: Io, root: string, parser: object | undefined): ConfigChoice {
  const relative = (file: string): string => path.relative(io.cwd, file) || file;
  if (options.config !== undefined) {
    const file = path.resolve(io.cwd, options.config);
    if (!existsSync(file)) throw new UsageError(`--config: no such file "${options.config}"`);
    return { options: { overrideConfigFile: file }, describe: relative(file), file };
  }
  const found = options.configLookup ? findProjectConfig(root) : undefined;
  if (found !== undefined) return { options: { overrideConfigFile: found }, describe: relative(found), file: found };
  return {
    options: { overrideConfigFile: true, overrideConfig: zeroConfig(root, parser) },
    describe: `the plugin's recommended config${options.configLookup ? ' (the project has no eslint.config.*)' : ''}`,
    file: undefined,
  };
}

/** True when the config turns on one of the plugin's rules for the file. */
async function enablesOurRules(eslint: ESLint, file: string): Promise<boolean> {
  const config = (await eslint.calculateConfigForFile(file)) as { rules?: Record<string, unknown> } | undefined;
  return Object.entries(config?.rules ?? {}).some(([id, entry]) => {
    const severity: unknown = Array.isArray(entry) ? entry[0] : entry;
    return isOurs(id) && severity !== 0 && severity !== 'off';
  });
}

/** Keeps the plugin's findings (and parse errors), with the severity asked for; recounts. */
function ownFindings(results: ESLint.LintResult[], severity: CliOptions['severity']): ESLint.LintResult[] {
  return results.map((result) => {
    const messages = result.messages
      .filter((message) => message.fatal === true || isOurs(message.ruleId))
      .map((message): Linter.LintMessage =>
        severity === undefined || message.fatal === true ? message : { ...message, severity: severity === 'warn' ? 1 : 2 },
      );
    const count = (wanted: 1 | 2, fixable = false): number =>
      messages.filter((message) => message.severity === wanted && (!fixable || message.fix !== undefined)).length;
    return {
      ...result,
      messages,
      errorCount: count(2),
      warningCount: count(1),
      fixableErrorCount: count(2, true),
      fixableWarningCount: count(1, true),
      fatalErrorCount: messages.filter((message) => message.fatal === true).length,
    };
  });
}

/** Lints the files in batches, showing progress on a terminal. */
async function lintAll(eslint: ESLint, files: readonly string[], io: Io): Promise<ESLint.LintResult[]> {
  const progress = io.stderr.isTTY === true && !io.env['CI'] && files.length > 20;
  const results: ESLint.LintResult[] = [];
  const batch = 50;
  for (let start = 0; start < files.length; start += batch) {
    results.push(...(await eslint.lintFiles(files.slice(start, start + batch))));
    if (progress) io.stderr.write(`\rsecure-logging: ${String(Math.min(start + batch, files.length))}/${String(files.length)} files`);
  }
  if (progress) io.stderr.write('\n');
  return results;
}

/** After `--fix`: which files changed, and the runtime package the fixed code now imports. */
async function reportFixes(eslint: ESLint, results: readonly ESLint.LintResult[], io: Io): Promise<void> {
  const fixed = results.filter((result) => result.output !== undefined);
  if (fixed.length === 0) return;
  const sources = new Set<string>();
  for (const result of fixed) {
    const config = (await eslint.calculateConfigForFile(result.filePath)) as { settings?: Record<string, unknown> } | undefined;
    const settings = config?.settings?.[PLUGIN_PREFIX] as { redact?: { source?: unknown } } | undefined;
    const source = typeof settings?.redact?.source === 'string' ? settings.redact.source : DEFAULT_REDACT_SOURCE;
    if (result.output?.includes(source) === true) sources.add(source);
  }
  io.stderr.write(`secure-logging: fixed ${String(fixed.length)} file(s).\n`);
  for (const source of sources) {
    io.stderr.write(
      `secure-logging: the fixed code imports redact() from "${source}"; make it a dependency of your project (npm install ${source}).\n`,
    );
  }
}

/** Parse errors, reported apart from findings (on stderr; in SARIF, as tool notifications). */
function reportParseErrors(results: readonly ESLint.LintResult[], io: Io, root: string): number {
  let count = 0;
  for (const result of results) {
    for (const message of result.messages) {
      if (message.fatal !== true) continue;
      count++;
      const where = `${path.relative(root, result.filePath)}:${String(message.line)}:${String(message.column)}`;
      io.stderr.write(`secure-logging: could not parse ${where}: ${message.message}\n`);
    }
  }
  if (count > 0) io.stderr.write(`secure-logging: ${String(count)} file(s) could not be parsed; their findings are unknown.\n`);
  return count;
}

const withoutParseErrors = (results: readonly ESLint.LintResult[]): ESLint.LintResult[] =>
  results.map((result) =>
    result.fatalErrorCount > 0
      ? { ...result, messages: result.messages.filter((message) => message.fatal !== true), errorCount: result.errorCount - result.fatalErrorCount, fatalErrorCount: 0 }
      : result,
  );

async function format(eslint: ESLint, results: ESLint.LintResult[], name: Format, root: string): Promise<string> {
  if (name === 'sarif') {
    const log = toSarif({ results, rulesMeta: eslint.getRulesMetaForResults(results), cwd: root, eslintVersion: ESLint.version });
    return `${JSON.stringify(log, null, 2)}\n`;
  }
  const formatter = await eslint.loadFormatter(name);
  const text = await formatter.format(results);
  return text.endsWith('\n') || text === '' ? text : `${text}\n`;
}

async function run(options: CliOptions, io: Io): Promise<number> {
  const root = lintRoot(io.cwd, options.paths);
  const parser = loadTypeScriptParser();
  const choice = chooseConfig(options, io, root, parser);
  let eslint = new ESLint({ cwd: root, fix: options.fix, ...choice.options });
  let files = await expandFiles(eslint, options.paths.map((given) => path.resolve(io.cwd, given)), root);
  if (choice.file !== undefined && files[0] !== undefined && !(await enablesOurRules(eslint, files[0]))) {
    // The project's config does not turn the plugin on: lint with it and the recommended config.
    eslint = new ESLint({ cwd: root, fix: options.fix, overrideConfigFile: choice.file, overrideConfig: plugin.configs.recommended as Linter.Config[] });
    files = await expandFiles(eslint, options.paths.map((given) => path.resolve(io.cwd, given)), root);
    if (!options.quiet) io.stderr.write(`secure-logging: config: ${choice.describe}, which does not turn on secure-logging rules, plus the plugin's recommended config\n`);
  } else if (!options.quiet) {
    io.stderr.write(`secure-logging: config: ${choice.describe}\n`);
  }
  if (choice.file === undefined && parser === undefined) {
    const skipped = files.filter(isTypeScriptFile);
    if (skipped.length > 0) {
      files = files.filter((file) => !isTypeScriptFile(file));
      io.stderr.write(`secure-logging: skipped ${String(skipped.length)} TypeScript file(s): install typescript-eslint to scan them.\n`);
    }
  }
  if (files.length === 0) io.stderr.write('secure-logging: no files to scan (none matched, or all are ignored).\n');
  let results = ownFindings(await lintAll(eslint, files, io), options.severity);
  if (options.fix) {
    await ESLint.outputFixes(results);
    await reportFixes(eslint, results, io);
  }
  const parseErrors = reportParseErrors(results, io, root);
  if (options.format !== 'sarif') results = withoutParseErrors(results);
  if (options.quiet) results = ESLint.getErrorResults(results);
  io.stdout.write(await format(eslint, results, options.format, root));
  const errors = results.reduce((sum, result) => sum + result.errorCount - result.fatalErrorCount, 0);
  const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
  const tooManyWarnings = options.maxWarnings >= 0 && warnings > options.maxWarnings;
  if (tooManyWarnings && errors === 0) {
    io.stderr.write(`secure-logging: too many warnings (${String(warnings)}); the maximum is ${String(options.maxWarnings)}.\n`);
  }
  if (parseErrors > 0) return EXIT_PARSE_ERROR;
  return errors > 0 || tooManyWarnings ? 1 : 0;
}

/** Runs the CLI; returns the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let options;
  try {
    options = parseOptions(argv);
  } catch (error) {
    io.stderr.write(`secure-logging: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  try {
    if (options === 'help') {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (options === 'version') {
      io.stdout.write(`${PACKAGE_VERSION}\n`);
      return 0;
    }
    return await run(options, io);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`secure-logging: ${message}\n`);
    return 2;
  }
}
