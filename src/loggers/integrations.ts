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
import { variableOf } from '../utils/eslint-utils.js';

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

/** The module and exported name an identifier is bound to by an import or a destructuring require. */
function importOf(identifier: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>): { module: string; name: string } | null {
  const node = variableOf(identifier, sourceCode)?.defs[0]?.node as TSESTree.Node | undefined;
  if (node?.type === AST_NODE_TYPES.ImportSpecifier) {
    const name = node.imported.type === AST_NODE_TYPES.Identifier ? node.imported.name : node.imported.value;
    return { module: (node.parent as TSESTree.ImportDeclaration).source.value, name };
  }
  if (node?.type !== AST_NODE_TYPES.VariableDeclarator || node.id.type !== AST_NODE_TYPES.ObjectPattern) return null;
  const init = node.init;
  if (init?.type !== AST_NODE_TYPES.CallExpression || init.callee.type !== AST_NODE_TYPES.Identifier || init.callee.name !== 'require') return null;
  const source = init.arguments[0];
  if (source?.type !== AST_NODE_TYPES.Literal || typeof source.value !== 'string') return null;
  for (const property of node.id.properties) {
    if (property.type === AST_NODE_TYPES.Property && property.value.type === AST_NODE_TYPES.Identifier && property.value.name === identifier.name && property.key.type === AST_NODE_TYPES.Identifier) {
      return { module: source.value, name: property.key.name };
    }
  }
  return null;
}

/** True if the identifier names one of the exports in the table. */
export function isIntegration(identifier: TSESTree.Identifier, sourceCode: Readonly<TSESLint.SourceCode>, table: Readonly<Record<string, readonly string[]>>): boolean {
  const found = importOf(identifier, sourceCode);
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
    for (const key of sourceCode.visitorKeys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        for (const item of child) if (isNode(item)) stack.push(item);
      } else if (isNode(child)) {
        stack.push(child);
      }
    }
  }
  return false;
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
