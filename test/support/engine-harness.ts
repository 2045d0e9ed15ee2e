/**
 * Runs the shared engine through a real `Linter` and returns what it found, so engine tests see
 * exactly what rules see.
 */
import { Linter } from 'eslint';
import type { TSESLint } from '@typescript-eslint/utils';
import tsParser from '@typescript-eslint/parser';
import { useFileAnalysis } from '../../src/engine.js';
import type { LogCall } from '../../src/loggers/find-log-calls.js';

export interface HarnessOptions {
  readonly settings?: Record<string, unknown>;
  readonly sourceType?: 'module' | 'commonjs' | 'script';
  readonly typescript?: boolean;
  readonly globals?: Record<string, 'readonly' | 'writable'>;
}

/** Lints `code` with a probe rule and returns the log calls the engine found. */
export function findCalls(code: string, options: HarnessOptions = {}): LogCall[] {
  let result: readonly LogCall[] = [];
  const probe: TSESLint.RuleModule<'none'> = {

    meta: { type: 'problem', messages: { none: 'none' }, schema: [] },
    create(context) {
      const { analysis, listeners } = useFileAnalysis(context);
      return {
        ...listeners,
        'Program:exit'() {
          result = analysis.logCalls();
        },
      };
    },
  };
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.ts', '**/*.js'],
        plugins: { probe: { rules: { probe } } as never },
        rules: { 'probe/probe': 'error' },
        languageOptions: {
          sourceType: options.sourceType ?? 'module',
          ...(options.typescript ? { parser: tsParser } : {}),
          ...(options.globals ? { globals: options.globals } : {}),
        },
        settings: options.settings ?? {},
      },
    ],
    options.typescript ? 'file.ts' : 'file.js',
  );
  const fatal = messages.find((message) => message.fatal === true || message.ruleId === null);
  if (fatal) throw new Error(`Lint failed: ${fatal.message}`);
  return [...result];
}

/** `callee:library` for each log call, in source order. */
export function describeCalls(calls: readonly LogCall[]): string[] {
  return calls.map((call) => `${call.callee}:${call.library}`);
}
