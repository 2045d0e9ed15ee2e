/**
 * The runtime's logger integrations, recognised in a logger's options: a logger built with them
 * runs the redactor on every record it writes, so the leak rules stay quiet about the objects it
 * logs (not about message strings, which the integrations leave alone).
 *
 * - pino: `pino({ ...pinoRedaction() })`, or `formatters: { log: redactFields }`
 * - winston: `createLogger({ format: combine(redactFormat(), json()) })`
 * - bunyan: `streams: [{ type: 'raw', stream: bunyanStream(process.stdout) }]`, and
 *   `serializers: bunyanSerializers()` for `err`, `req` and `res`
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { childNodes } from '../utils/ast.js';
import { variableOf } from '../utils/eslint-utils.js';
import { importedBindingOf } from '../utils/imports.js';

/** Exports that redact every record, by module. */
export const RECORD_REDACTORS: Readonly<Record<string, readonly string[]>> = {
  '@secure-logging/redact': ['redactFields'],
  '@secure-logging/redact/pino': ['pinoRedaction'],
  '@secure-logging/redact/winston': ['redactFormat'],
  '@secure-logging/redact/bunyan': ['bunyanStream'],
};

/** Exports that provide serializers for `err`, `req` and `res`, by module. */
export const SERIALIZER_SETS: Readonly<Record<string, readonly string[]>> = {
  '@secure-logging/redact/bunyan': ['bunyanSerializers'],
};

/** True if the identifier names one of the exports in the table. */
export function isIntegration(identifier: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>, table: Readonly<Record<string, readonly string[]>>): boolean {
  const found = importedBindingOf(variableOf(identifier, sourceCode));
  return found !== null && Object.hasOwn(table, found.module) && table[found.module]?.includes(found.name) === true;
}

/** True if an options object (or anything nested in it, within bounds) uses a record redactor. */
export function usesRecordRedactor(options: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const stack: TSESTree.Node[] = [options];
  for (let visited = 0; stack.length > 0 && visited < 300; visited++) {
    const node = stack.pop();
    if (!node) break;
    if (node.type === AST_NODE_TYPES.Identifier) {
      if (isIntegration(node, sourceCode, RECORD_REDACTORS)) return true;
      continue;
    }
    stack.push(...childNodes(node, sourceCode.visitorKeys));
  }
  return false;
}
