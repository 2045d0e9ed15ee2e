/** Runs the real `ESLint` class with the plugin built from source. */
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import plugin from '../../src/index.js';

/** An ESLint instance over `cwd` with the recommended config and the TypeScript parser for .ts. */
export function createEslint(cwd: string, options: { fix?: boolean } = {}): ESLint {
  return new ESLint({
    cwd,
    overrideConfigFile: true,
    fix: options.fix ?? false,
    overrideConfig: [
      ...(plugin.configs.recommended as ESLint.Options['baseConfig'][]),
      { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser as never } },
    ] as never,
  });
}

/** `file:line:column rule name` for every message, sorted. */
export function summarize(results: readonly ESLint.LintResult[], cwd: string): string[] {
  return results
    .flatMap((result) =>
      result.messages.map((message) => {
        const file = result.filePath.slice(cwd.length + 1).replaceAll('\\', '/');
        const rule = message.ruleId?.replace('secure-logging/', '') ?? 'fatal';
        return `${file}:${String(message.line)}:${String(message.column)} ${rule} ${message.message}`;
      }),
    )
    .sort();
}
