/**
 * Better remedies than `redact()` for a whole request, context or HTTP client error: log the
 * fields that are useful and carry nothing sensitive.
 *
 * | Logged whole | Remedy | Autofix when |
 * | --- | --- | --- |
 * | request (Express, Connect, Node, Fastify) | `{ method: req.method, path: req.path }` | the file imports `express` (other frameworks name the path differently) |
 * | Koa or Egg context | `{ method: ctx.method, path: ctx.path }` | always |
 * | caught HTTP client error | `{ message: err.message, status: err.response?.status, code: err.code }` | the file imports `axios` (got and superagent keep the status elsewhere) |
 *
 * The path leaves out the query string, which can carry tokens. Otherwise the remedy is a
 * suggestion. Either way it is offered only on a plain reference (`req`, `this.req`), which can
 * be read three times without side effects.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { ShapeName } from '../sources/catalog.js';
import { importedModules } from '../utils/imports.js';

/** A remedy for one logged value. */
export interface Remedy {
  /** The replacement text. */
  readonly text: string;
  /** The message id of its suggestion. */
  readonly messageId: 'summarizeRequest' | 'summarizeError';
  /** True when it is safe as the autofix. */
  readonly safe: boolean;
}

interface RemedyRule {
  readonly fields: (text: string) => string;
  readonly messageId: Remedy['messageId'];
  /** Module whose import makes the remedy safe as an autofix; `null` for always. */
  readonly module: string | null;
}

const REMEDIES: Partial<Record<ShapeName, RemedyRule>> = {
  request: { fields: (text) => `{ method: ${text}.method, path: ${text}.path }`, messageId: 'summarizeRequest', module: 'express' },
  context: { fields: (text) => `{ method: ${text}.method, path: ${text}.path }`, messageId: 'summarizeRequest', module: null },
  clientError: {
    fields: (text) => `{ message: ${text}.message, status: ${text}.response?.status, code: ${text}.code }`,
    messageId: 'summarizeError',
    module: 'axios',
  },
};

/** `req` or `this.req`: a reference the remedy can read fields from without evaluating twice. */
function isPlainReference(node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.Identifier || node.type === AST_NODE_TYPES.ThisExpression) return true;
  return node.type === AST_NODE_TYPES.MemberExpression && !node.computed && !node.optional && isPlainReference(node.object);
}

/** The remedy for a value of this shape logged at `sink`, if there is one. */
export function remedyFor(shape: ShapeName | null, sink: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): Remedy | null {
  const rule = shape === null ? undefined : REMEDIES[shape];
  if (!rule || !isPlainReference(sink)) return null;
  return {
    text: rule.fields(sourceCode.getText(sink)),
    messageId: rule.messageId,
    safe: rule.module === null || importedModules(sourceCode.ast).has(rule.module),
  };
}
