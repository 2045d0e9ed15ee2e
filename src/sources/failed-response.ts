/**
 * Failed responses: a log call inside a branch that has tested an HTTP response for failure
 * (`if (!res.ok)`, `res.status !== 200`, `response.statusCode >= 400`, the else of `res.ok`) logs
 * the server's error answer, not the payload a successful call returns. A token endpoint's error
 * body holds an error code, not tokens.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { enclosingBranches, memberPathText, skipExpressionWrappers } from '../utils/ast.js';

const STATUS_FIELDS = new Set(['status', 'statusCode']);

/** What a test says about the response held by one of `holders`: failed, succeeded, or nothing. */
type Outcome = 'failed' | 'ok' | null;

function negate(outcome: Outcome): Outcome {
  return outcome === null ? null : outcome === 'failed' ? 'ok' : 'failed';
}

/** `holder.ok` or `holder.status`: the holder's name and the field, when it is one of `holders`. */
function responseField(node: TSESTree.Node, holders: ReadonlySet<string>): string | null {
  const expression = skipExpressionWrappers(node);
  if (expression.type !== AST_NODE_TYPES.MemberExpression || expression.computed || expression.property.type !== AST_NODE_TYPES.Identifier) return null;
  const owner = memberPathText(expression.object);
  return owner !== null && holders.has(owner) ? expression.property.name : null;
}

function numberOf(node: TSESTree.Node): number | null {
  const expression = skipExpressionWrappers(node);
  return expression.type === AST_NODE_TYPES.Literal && typeof expression.value === 'number' ? expression.value : null;
}

/** `status OP n` read as success or failure; `n OP status` is turned around first. */
function statusOutcome(operator: string, value: number): Outcome {
  switch (operator) {
    case '===':
    case '==':
      return value >= 200 && value < 300 ? 'ok' : value >= 400 ? 'failed' : null;
    case '!==':
    case '!=':
      return value >= 200 && value < 300 ? 'failed' : null;
    case '>=':
      return value >= 300 ? 'failed' : null;
    case '>':
      return value >= 299 ? 'failed' : null;
    case '<':
      return value <= 300 ? 'ok' : null;
    case '<=':
      return value <= 299 ? 'ok' : null;
    default:
      return null;
  }
}

const FLIPPED: Readonly<Record<string, string>> = { '<': '>', '>': '<', '<=': '>=', '>=': '<=' };

function outcomeOf(test: TSESTree.Node, holders: ReadonlySet<string>, depth = 0): Outcome {
  if (depth > 10) return null;
  const node = skipExpressionWrappers(test);
  if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === '!') return negate(outcomeOf(node.argument, holders, depth + 1));
  if (node.type === AST_NODE_TYPES.LogicalExpression && node.operator !== '??') {
    const left = outcomeOf(node.left, holders, depth + 1);
    const right = outcomeOf(node.right, holders, depth + 1);
    // `a || b` is a failure when either side is; `a && b` is a success when either side is.
    if (node.operator === '||') return left === 'failed' || right === 'failed' ? 'failed' : null;
    return left === 'ok' || right === 'ok' ? 'ok' : null;
  }
  if (responseField(node, holders) === 'ok') return 'ok';
  if (node.type !== AST_NODE_TYPES.BinaryExpression || node.left.type === AST_NODE_TYPES.PrivateIdentifier) return null;
  const leftField = responseField(node.left, holders);
  if (leftField === 'ok') {
    const right = skipExpressionWrappers(node.right);
    if (right.type !== AST_NODE_TYPES.Literal || typeof right.value !== 'boolean') return null;
    const equal = node.operator === '===' || node.operator === '==' ? true : node.operator === '!==' || node.operator === '!=' ? false : null;
    return equal === null ? null : right.value === equal ? 'ok' : 'failed';
  }
  if (leftField !== null && STATUS_FIELDS.has(leftField)) {
    const value = numberOf(node.right);
    return value === null ? null : statusOutcome(node.operator, value);
  }
  const rightField = responseField(node.right, holders);
  if (rightField !== null && STATUS_FIELDS.has(rightField)) {
    const value = numberOf(node.left);
    return value === null ? null : statusOutcome(FLIPPED[node.operator] ?? node.operator, value);
  }
  return null;
}

/**
 * True when `node` runs only after a response held by one of `holders` (variable names or member
 * paths such as `res` or `this.response`) was found to have failed.
 */
export function isInFailedResponseBranch(node: TSESTree.Node, holders: ReadonlySet<string>): boolean {
  if (holders.size === 0) return false;
  for (const { test, truthy } of enclosingBranches(node)) {
    const outcome = outcomeOf(test, holders);
    if (outcome !== null) return (outcome === 'failed') === truthy;
  }
  return false;
}
