/**
 * Runs the shared engine through a real `Linter` and returns what it found, so engine tests see
 * exactly what rules see.
 */
import tsParser from '@typescript-eslint/parser';
import { useFileAnalysis, type FileAnalysis } from '../../src/engine.js';
import type { LogCall } from '../../src/loggers/find-log-calls.js';
import { lintWithRule } from './probe.js';

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
  lintWithRule(
    code,
    (context) => {
      const { analysis, listeners } = useFileAnalysis(context);
      return {
        ...listeners,
        'Program:exit'() {
          result = { value: read(analysis) };
        },
      };
    },
    {
      cwd: options.project,
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
      settings: options.settings,
      filename: options.filename ?? (options.project ? `${options.project}/file.ts` : options.typescript ? 'file.ts' : 'file.js'),
    },
  );
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
