/**
 * Log files that grow without bound or that every user can read (see `./catalog.ts`): winston
 * File transports without `maxsize` and `maxFiles`, log4js file appenders without `maxLogSize`
 * (in code and in JSON or YAML configs), bunyan file streams that are not `rotating-file`, pino
 * destinations and file transports created with a world-readable `mode`, and Egg's log rotator
 * turned off. Options that are not written out (a variable from elsewhere, a spread) are left alone.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { CALL, CONSTRUCT, getPropertyName, moduleReferences, type TraceMap } from '../utils/eslint-utils.js';
import { addPropertyFix, objectLiteralOf, propertyOf, staticValueOf } from '../utils/object-literal.js';
import { skipExpressionWrappers } from '../utils/ast.js';
import { configEntries, configScalar, type ConfigNode } from '../levels/config-files.js';
import {
  BUNYAN_ROTATING_TYPE,
  EGG_PLUGIN_CONFIG,
  EGG_ROTATOR_PLUGIN,
  LOG4JS_FILE_TYPES,
  LOG4JS_ROTATION_OPTION,
  PINO_FILE_TARGET,
  SUGGESTED,
  WINSTON_ROTATION_OPTIONS,
  WORLD_READABLE,
} from './catalog.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

export type LogFileIssue = 'winstonFile' | 'log4jsFile' | 'bunyanFile' | 'worldReadable' | 'eggRotator';

/** One log file destination that does not rotate, or that every user can read. */
export interface LogFileFinding {
  readonly node: TSESTree.Node;
  readonly issue: LogFileIssue;
  /** For messages: the missing options, or the mode. */
  readonly detail: string;
  /** A suggestion that adds what is missing, when the options are an object literal. */
  readonly suggestion: TSESLint.ReportFixFunction | null;
}

type Kind = 'winston-file' | 'log4js-configure' | 'bunyan' | 'pino-destination' | 'pino-transport';

const TRACE_MAP: TraceMap<Kind> = {
  winston: { transports: { File: { [CONSTRUCT]: 'winston-file' } } },
  log4js: { configure: { [CALL]: 'log4js-configure' } },
  bunyan: { [CALL]: 'bunyan', [CONSTRUCT]: 'bunyan', createLogger: { [CALL]: 'bunyan' } },
  pino: { destination: { [CALL]: 'pino-destination' }, transport: { [CALL]: 'pino-transport' } },
};

function winstonFile(node: TSESTree.Node, sourceCode: SourceCode): LogFileFinding | null {
  if (node.type !== AST_NODE_TYPES.NewExpression) return null;
  const options = objectLiteralOf(node.arguments[0], sourceCode);
  if (!options) return null;
  const missing = WINSTON_ROTATION_OPTIONS.filter((name) => !propertyOf(options, name, sourceCode));
  if (missing.length === 0) return null;
  const values: Record<string, number> = { maxsize: SUGGESTED.maxSize, maxFiles: SUGGESTED.files };
  const text = missing.map((name) => `${name}: ${String(values[name])}`).join(', ');
  return { node, issue: 'winstonFile', detail: missing.join(' or '), suggestion: addPropertyFix(options, text, sourceCode) };
}

function log4jsAppenders(node: TSESTree.Node, sourceCode: SourceCode): LogFileFinding[] {
  if (node.type !== AST_NODE_TYPES.CallExpression) return [];
  const config = objectLiteralOf(node.arguments[0], sourceCode);
  const appenders = config ? propertyOf(config, 'appenders', sourceCode) : undefined;
  const all = appenders ? objectLiteralOf(appenders.value, sourceCode) : null;
  if (!all) return [];
  const findings: LogFileFinding[] = [];
  for (const property of all.properties) {
    if (property.type !== AST_NODE_TYPES.Property) continue;
    const appender = objectLiteralOf(property.value, sourceCode);
    const type = appender ? propertyOf(appender, 'type', sourceCode) : undefined;
    if (!appender || !type || !LOG4JS_FILE_TYPES.includes(String(staticValueOf(type.value, sourceCode)))) continue;
    if (propertyOf(appender, LOG4JS_ROTATION_OPTION, sourceCode)) continue;
    findings.push({
      node: appender,
      issue: 'log4jsFile',
      detail: LOG4JS_ROTATION_OPTION,
      suggestion: addPropertyFix(appender, `${LOG4JS_ROTATION_OPTION}: ${String(SUGGESTED.maxSize)}, backups: ${String(SUGGESTED.files)}`, sourceCode),
    });
  }
  return findings;
}

function bunyanStreams(node: TSESTree.Node, sourceCode: SourceCode): LogFileFinding[] {
  if (node.type !== AST_NODE_TYPES.CallExpression && node.type !== AST_NODE_TYPES.NewExpression) return [];
  const options = objectLiteralOf(node.arguments[0], sourceCode);
  const streams = options ? propertyOf(options, 'streams', sourceCode) : undefined;
  const list = streams ? skipExpressionWrappers(streams.value) : null;
  const single = options ? propertyOf(options, 'stream', sourceCode) : undefined;
  const candidates = [...(list?.type === AST_NODE_TYPES.ArrayExpression ? list.elements : []), ...(single ? [single.value] : [])];
  const findings: LogFileFinding[] = [];
  for (const element of candidates) {
    const stream = element && element.type !== AST_NODE_TYPES.SpreadElement ? objectLiteralOf(element, sourceCode) : null;
    if (!stream || !propertyOf(stream, 'path', sourceCode)) continue;
    const type = propertyOf(stream, 'type', sourceCode);
    if (type && staticValueOf(type.value, sourceCode) === BUNYAN_ROTATING_TYPE) continue;
    findings.push({ node: stream, issue: 'bunyanFile', detail: BUNYAN_ROTATING_TYPE, suggestion: null });
  }
  return findings;
}

/** A `mode` option that lets every user read the file. */
function worldReadableMode(options: TSESTree.ObjectExpression, sourceCode: SourceCode): LogFileFinding | null {
  const mode = propertyOf(options, 'mode', sourceCode);
  if (!mode) return null;
  const value = staticValueOf(mode.value, sourceCode);
  const bits = typeof value === 'number' ? value : typeof value === 'string' && /^0?[0-7]{3,4}$/u.test(value) ? Number.parseInt(value, 8) : null;
  if (bits === null || !Number.isInteger(bits) || bits < 0 || bits > 0o7777 || (bits & WORLD_READABLE) === 0) return null;
  const valueNode = mode.value;
  return {
    node: valueNode,
    issue: 'worldReadable',
    detail: `0o${bits.toString(8)}`,
    suggestion: (fixer) => fixer.replaceText(valueNode, SUGGESTED.mode),
  };
}

function pinoFiles(node: TSESTree.Node, kind: Kind, sourceCode: SourceCode): LogFileFinding[] {
  if (node.type !== AST_NODE_TYPES.CallExpression) return [];
  const options = objectLiteralOf(node.arguments[0], sourceCode);
  if (!options) return [];
  if (kind === 'pino-destination') return [worldReadableMode(options, sourceCode)].filter((finding) => finding !== null);
  // `pino.transport({ target: 'pino/file', options })`, or each of `targets`.
  const targets = propertyOf(options, 'targets', sourceCode);
  const list = targets ? skipExpressionWrappers(targets.value) : null;
  const transports = list?.type === AST_NODE_TYPES.ArrayExpression ? list.elements.map((element) => (element && element.type !== AST_NODE_TYPES.SpreadElement ? objectLiteralOf(element, sourceCode) : null)) : [options];
  const findings: LogFileFinding[] = [];
  for (const transport of transports) {
    const target = transport ? propertyOf(transport, 'target', sourceCode) : undefined;
    if (!transport || !target || staticValueOf(target.value, sourceCode) !== PINO_FILE_TARGET) continue;
    const inner = propertyOf(transport, 'options', sourceCode);
    const fileOptions = inner ? objectLiteralOf(inner.value, sourceCode) : null;
    const found = fileOptions ? worldReadableMode(fileOptions, sourceCode) : null;
    if (found) findings.push(found);
  }
  return findings;
}

/** `logrotator: false` or `{ enable: false }` in Egg's plugin config. */
function eggRotatorOff(sourceCode: SourceCode, filename: string): LogFileFinding[] {
  if (!EGG_PLUGIN_CONFIG.test(filename)) return [];
  const findings: LogFileFinding[] = [];
  const off = (value: TSESTree.Node): boolean => {
    const inner = skipExpressionWrappers(value);
    if (staticValueOf(inner, sourceCode) === false) return true;
    const object = objectLiteralOf(inner, sourceCode);
    const enable = object ? propertyOf(object, 'enable', sourceCode) : undefined;
    return enable !== undefined && staticValueOf(enable.value, sourceCode) === false;
  };
  const visit = (node: TSESTree.Node): void => {
    if (node.type === AST_NODE_TYPES.AssignmentExpression && node.left.type === AST_NODE_TYPES.MemberExpression) {
      const name = getPropertyName(node.left, sourceCode.getScope(node));
      if (name === EGG_ROTATOR_PLUGIN && off(node.right)) findings.push({ node, issue: 'eggRotator', detail: EGG_ROTATOR_PLUGIN, suggestion: null });
    }
    if (node.type === AST_NODE_TYPES.Property && getPropertyName(node, sourceCode.getScope(node)) === EGG_ROTATOR_PLUGIN && off(node.value)) {
      findings.push({ node, issue: 'eggRotator', detail: EGG_ROTATOR_PLUGIN, suggestion: null });
    }
  };
  // Plugin configs are short and flat: their top-level statements and the objects they export.
  for (const statement of sourceCode.ast.body) {
    const expression =
      statement.type === AST_NODE_TYPES.ExpressionStatement ? statement.expression : statement.type === AST_NODE_TYPES.ExportDefaultDeclaration ? statement.declaration : null;
    if (!expression) continue;
    visit(expression);
    const exported = expression.type === AST_NODE_TYPES.AssignmentExpression ? expression.right : expression;
    const object = objectLiteralOf(exported, sourceCode);
    for (const property of object?.properties ?? []) visit(property);
  }
  return findings;
}

/** Every log file destination of a JavaScript or TypeScript file that does not rotate or is world-readable. */
export function findLogFileIssues(sourceCode: SourceCode, filename: string): LogFileFinding[] {
  const globalScope = sourceCode.scopeManager?.globalScope;
  if (!globalScope) return [];
  const findings: LogFileFinding[] = [...eggRotatorOff(sourceCode, filename)];
  const text = sourceCode.text;
  if (!['winston', 'log4js', 'bunyan', 'pino'].some((module) => text.includes(module))) return findings;
    const seen = new Set<TSESTree.Node>();
  for (const { node, info } of moduleReferences(globalScope, TRACE_MAP)) {
    if (seen.has(node)) continue;
    seen.add(node);
    if (info === 'winston-file') {
      const found = winstonFile(node, sourceCode);
      if (found) findings.push(found);
    } else if (info === 'log4js-configure') findings.push(...log4jsAppenders(node, sourceCode));
    else if (info === 'bunyan') findings.push(...bunyanStreams(node, sourceCode));
    else findings.push(...pinoFiles(node, info, sourceCode));
  }
  return findings.sort((a, b) => a.node.range[0] - b.node.range[0]);
}

/** log4js file appenders without `maxLogSize` in a JSON or YAML config: `{ "appenders": { "app": { "type": "file" } } }`. */
export function findConfigLogFileIssues(root: ConfigNode): ConfigNode[] {
  const found: ConfigNode[] = [];
  const appenders = configEntries(root)?.find((entry) => entry.key === 'appenders')?.value;
  for (const entry of (appenders ? configEntries(appenders) : null) ?? []) {
    const fields = configEntries(entry.value);
    if (!fields) continue;
    const type = fields.find((field) => field.key === 'type');
    const value = type ? configScalar(type.value)?.value : undefined;
    if (typeof value !== 'string' || !LOG4JS_FILE_TYPES.includes(value)) continue;
    if (fields.some((field) => field.key === LOG4JS_ROTATION_OPTION)) continue;
    found.push(entry.value);
  }
  return found;
}
