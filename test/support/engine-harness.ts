/**
 * Runs the shared engine through a real `Linter` and returns what it found, so engine tests see
 * exactly what rules see.
 */
import { Linter } from 'eslint';
import type { TSESLint } from '@typescript-eslint/utils';
import tsParser from '@typescript-eslint/parser';
import { useFileAnalysis, type FileAnalysis } from '../../src/engine.js';
import type { LogCall } from '../../src/loggers/find-log-calls.js';

export interface HarnessOptions {
  readonly settings?: Record<string, unknown>;
  readonly sourceType?: 'module' | 'commonjs' | 'script';
  readonly typescript?: boolean;
  readonly globals?: Record<string, 'readonly' | 'writable'>;
  readonly filename?: string;
  /** Lint with type information, as `file.ts` of the project in this directory. */
  readonly project?: string;
}

/** Lints `code` with a probe rule and returns what `read` takes from the file's analysis. */
export function withAnalysis<T>(code: string, options: HarnessOptions, read: (analysis: FileAnalysis) => T): T {
  let result: { value: T } | undefined;
  const probe: TSESLint.RuleModule<'none'> = {
    meta: { type: 'problem', messages: { none: 'none' }, schema: [] },
    create(context) {
      const { analysis, listeners } = useFileAnalysis(context);
      return {
        ...listeners,
        'Program:exit'() {
          result = { value: read(analysis) };
        },
      };
    },
  };
  const linter = new Linter({ configType: 'flat', ...(options.project ? { cwd: options.project } : {}) });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.ts', '**/*.js'],
        plugins: { probe: { rules: { probe } } as never },
        rules: { 'probe/probe': 'error' },
        languageOptions: {
          sourceType: options.sourceType ?? 'module',
          ...(options.typescript || options.project ? { parser: tsParser } : {}),
          ...(options.project
            ? {
                parserOptions: {
                  project: './tsconfig.json',
                  tsconfigRootDir: options.project,
                  // With CI=true typescript-eslint infers a single run and types the file as it is
                  // on disk, not the code given here; its own RuleTester opts out the same way.
                  disallowAutomaticSingleRunInference: true,
                },
              }
            : {}),
          ...(options.globals ? { globals: options.globals } : {}),
        },
        settings: options.settings ?? {},
      },
    ],
    options.filename ?? (options.project ? `${options.project}/file.ts` : options.typescript ? 'file.ts' : 'file.js'),
  );
  const fatal = messages.find((message) => message.fatal === true || message.ruleId === null);
  if (fatal) throw new Error(`Lint failed: ${fatal.message}`);
  if (!result) throw new Error('The probe rule did not run');
  return result.value;
}

/** The log calls the engine found in `code`. */
export function findCalls(code: string, options: HarnessOptions = {}): LogCall[] {
  return withAnalysis(code, options, (analysis) => [...analysis.logCalls()]);
}

/** `callee:library` for each log call, in source order. */
export function describeCalls(calls: readonly LogCall[]): string[] {
  return calls.map((call) => `${call.callee}:${call.library}`);
}
