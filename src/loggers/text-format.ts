/**
 * Log injection: whether a winston logger writes text. Its options (and the options of its
 * transports) are searched for a call of a text format (`format.simple()`, `printf(…)`,
 * `winston.format.cli()`), following names to the constant they are declared with, a few steps deep.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { DefinitionType, variableOf } from '../utils/eslint-utils.js';
import { WINSTON_TEXT_FORMATS } from './catalog.js';
import { calleeName, childNodes } from '../utils/ast.js';

const TEXT_FORMATS = new Set(WINSTON_TEXT_FORMATS);
const MAX_NODES = 2_000;

/** True when the options of a winston logger name a text format anywhere in them. */
export function winstonWritesText(options: TSESTree.Node | null, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  if (!options) return false;
  const keys = sourceCode.visitorKeys as Readonly<Record<string, readonly string[] | undefined>>;
  const stack: { node: TSESTree.Node; hops: number }[] = [{ node: options, hops: 0 }];
  const seen = new Set<TSESTree.Node>();
  for (let visited = 0; stack.length > 0 && visited < MAX_NODES; visited++) {
    const item = stack.pop();
    if (!item || seen.has(item.node)) continue;
    const { node, hops } = item;
    seen.add(node);
    if (node.type === AST_NODE_TYPES.CallExpression) {
      const name = calleeName(node.callee);
      if (name !== null && TEXT_FORMATS.has(name)) return true;
    }
    // `const logFormat = printf(…)`, then `format: combine(timestamp(), logFormat)`.
    if (node.type === AST_NODE_TYPES.Identifier && hops < 3) {
      const definition = variableOf(node, sourceCode)?.defs[0];
      if (definition?.type === DefinitionType.Variable && definition.node.init && definition.node.id === definition.name) {
        stack.push({ node: definition.node.init, hops: hops + 1 });
      }
      continue;
    }
    // Functions are not formats being configured (printf's template is one; its call was seen).
    if (node.type === AST_NODE_TYPES.ArrowFunctionExpression || node.type === AST_NODE_TYPES.FunctionExpression) continue;
    for (const child of childNodes(node, keys)) stack.push({ node: child, hops });
  }
  return false;
}
