/**
 * Request-logging middleware configured so that credentials reach the log (see `./catalog.ts`):
 * pino-http and the middleware built on it without `redact` paths or serializers that take out
 * Authorization, Cookie and Set-Cookie; express-winston with the request headers in its
 * whitelist and those two not in `headerBlacklist`; morgan formats and tokens that print them.
 * Each finding carries the fix that adds what is missing, when the options are written out.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { CALL, DefinitionType, markTracePath, moduleReferences, type TraceMap, variableOf } from '../utils/eslint-utils.js';
import { addPropertyFix, objectLiteralOf, propertyOf, staticValueOf } from '../utils/object-literal.js';
import { skipExpressionWrappers } from '../utils/ast.js';
import { redactOptionPaths, redactPathCovers } from '../loggers/redact-paths.js';
import {
  EXPRESS_WINSTON_BLACKLIST,
  EXPRESS_WINSTON_DEFAULT_REQUEST_FIELDS,
  HTTP_LOGGERS,
  MORGAN_CREDENTIAL_TOKENS,
  PINO_HTTP_REDACT_PATHS,
  type HttpLoggerEntry,
  type HttpLoggerKind,
} from './catalog.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** One request logger that writes credentials. */
export interface HttpLoggerFinding {
  readonly node: TSESTree.Node;
  readonly kind: HttpLoggerKind;
  /** The call as written, for messages: `pinoHttp`, `expressWinston.logger`. */
  readonly callee: string;
  /** The credential headers it writes, for messages: `Authorization`, `Cookie`. */
  readonly headers: readonly string[];
  readonly fix: TSESLint.ReportFixFunction | null;
}

type Options = TSESTree.ObjectExpression;

/**
 * The options object a call is given: `null` when there is none, `'unknown'` when it is not an
 * object literal written in the file (or has a spread), so nothing is known of it.
 */
function optionsObject(node: TSESTree.Node | undefined, sourceCode: SourceCode): Options | null | 'unknown' {
  return node ? (objectLiteralOf(node, sourceCode) ?? 'unknown') : null;
}

function quote(text: string): string {
  return `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
}

/** The fix that adds `items` to an array literal, or `null` when it is not one. */
function appendToArray(node: TSESTree.Node, items: readonly string[]): TSESLint.ReportFixFunction | null {
  const array = skipExpressionWrappers(node);
  if (array.type !== AST_NODE_TYPES.ArrayExpression) return null;
  const text = items.map(quote).join(', ');
  const last = array.elements.at(-1);
  if (!last) return (fixer) => fixer.replaceText(array, `[${text}]`);
  return (fixer) => fixer.insertTextAfter(last, `, ${text}`);
}

/** The fix that puts an options object into a call that has none: `pinoHttp()` → `pinoHttp({ … })`. */
function addArgument(call: TSESTree.CallExpression, text: string, sourceCode: SourceCode): TSESLint.ReportFixFunction | null {
  if (call.arguments.length > 0) return null;
  const closing = sourceCode.getLastToken(call);
  return closing?.value === ')' ? (fixer) => fixer.insertTextBefore(closing, text) : null;
}

function redactArray(paths: readonly string[]): string {
  return `[${paths.map(quote).join(', ')}]`;
}

/** A serializer of pino's own (`pino.stdSerializers.req`) keeps the headers; any other is the project's. */
function isCustomSerializer(property: TSESTree.Property | undefined, sourceCode: SourceCode): boolean {
  return property !== undefined && !/stdSerializers\s*\.\s*(?:req|res)\b/u.test(sourceCode.getText(property.value));
}

/** The redact paths of a pino logger made in this file (`logger: pino({ redact })`), `null` when not known. */
function passedLoggerPaths(node: TSESTree.Node, sourceCode: SourceCode): readonly string[] | null {
  let value = skipExpressionWrappers(node);
  if (value.type === AST_NODE_TYPES.Identifier) {
    const definition = variableOf(value, sourceCode)?.defs[0];
    if (definition?.type !== DefinitionType.Variable || !definition.node.init) return null;
    value = skipExpressionWrappers(definition.node.init);
  }
  // Only a `pino(…)` call written here tells; a logger from elsewhere may redact anything.
  if (value.type !== AST_NODE_TYPES.CallExpression || !/(?:^|\.)pino$/u.test(sourceCode.getText(value.callee))) return null;
  const options = optionsObject(value.arguments[0], sourceCode);
  if (options === 'unknown') return null;
  const redact = options ? propertyOf(options, 'redact', sourceCode) : undefined;
  return redact ? redactPaths(redact, sourceCode) : [];
}

function redactPaths(property: TSESTree.Property, sourceCode: SourceCode): readonly string[] | null {
  return redactOptionPaths(staticValueOf(property.value, sourceCode));
}

interface Missing {
  readonly headers: string[];
  readonly paths: string[];
}

/** The credential headers to keep out: the catalogue's, and the project's own (`x-api-key`). */
interface Required {
  readonly pino: readonly { readonly path: string; readonly keys: readonly string[]; readonly header: string }[];
  readonly blacklist: readonly { readonly name: string; readonly header: string }[];
  readonly morgan: readonly { readonly side: 'req' | 'res'; readonly name: string; readonly header: string }[];
}

/** A pino redact path for a request header: `req.headers.authorization`, `req.headers["x-api-key"]`. */
function headerPath(name: string): string {
  return /^[A-Za-z_$][\w$]*$/u.test(name) ? `req.headers.${name}` : `req.headers[${JSON.stringify(name)}]`;
}

function requiredHeaders(extra: readonly string[]): Required {
  const names = [...new Set(extra.map((name) => name.toLowerCase()))].filter(
    (name) => !EXPRESS_WINSTON_BLACKLIST.some((entry) => entry.name === name) && !MORGAN_CREDENTIAL_TOKENS.some((entry) => entry.name === name),
  );
  return {
    pino: [...PINO_HTTP_REDACT_PATHS, ...names.map((name) => ({ path: headerPath(name), keys: ['req', 'headers', name], header: name }))],
    blacklist: [...EXPRESS_WINSTON_BLACKLIST, ...names.map((name) => ({ name, header: name }))],
    morgan: [...MORGAN_CREDENTIAL_TOKENS, ...names.map((name) => ({ side: 'req' as const, name, header: name }))],
  };
}

/** pino-http's options: which credential headers still reach the log, and the fix that adds redact paths for them. */
function pinoHttpGaps(
  call: TSESTree.CallExpression,
  argument: TSESTree.Node | undefined,
  sourceCode: SourceCode,
  required: Required,
  wrap: (text: string) => string,
): { missing: Missing; fix: TSESLint.ReportFixFunction | null } | null {
  const options = optionsObject(argument, sourceCode);
  if (options === 'unknown') return null;
  if (options === null) {
    const missing = { headers: required.pino.map((entry) => entry.header), paths: required.pino.map((entry) => entry.path) };
    return { missing, fix: addArgument(call, wrap(`{ redact: ${redactArray(missing.paths)} }`), sourceCode) };
  }
  const autoLogging = propertyOf(options, 'autoLogging', sourceCode);
  if (autoLogging && staticValueOf(autoLogging.value, sourceCode) === false) return null;
  const serializers = propertyOf(options, 'serializers', sourceCode);
  const serializerObject = serializers && skipExpressionWrappers(serializers.value);
  if (serializers && serializerObject?.type !== AST_NODE_TYPES.ObjectExpression) return null;
  const customReq = serializerObject?.type === AST_NODE_TYPES.ObjectExpression && isCustomSerializer(propertyOf(serializerObject, 'req', sourceCode), sourceCode);
  const customRes = serializerObject?.type === AST_NODE_TYPES.ObjectExpression && isCustomSerializer(propertyOf(serializerObject, 'res', sourceCode), sourceCode);
  const redact = propertyOf(options, 'redact', sourceCode);
  const own = redact ? redactPaths(redact, sourceCode) : [];
  if (own === null) return null;
  const logger = propertyOf(options, 'logger', sourceCode);
  const inherited = logger ? passedLoggerPaths(logger.value, sourceCode) : [];
  if (inherited === null) return null;
  const covered = [...own, ...inherited];
  const gaps = required.pino.filter((entry) => {
    if ((entry.keys[0] === 'req' && customReq) || (entry.keys[0] === 'res' && customRes)) return false;
    return !covered.some((path) => redactPathCovers(path, entry.keys));
  });
  if (gaps.length === 0) return null;
  const missing = { headers: gaps.map((entry) => entry.header), paths: gaps.map((entry) => entry.path) };
  let fix: TSESLint.ReportFixFunction | null;
  if (!redact) fix = addPropertyFix(options, `redact: ${redactArray(missing.paths)}`, sourceCode);
  else {
    const value = skipExpressionWrappers(redact.value);
    const paths = value.type === AST_NODE_TYPES.ObjectExpression ? propertyOf(value, 'paths', sourceCode)?.value : value;
    fix = paths ? appendToArray(paths, missing.paths) : null;
  }
  return { missing, fix };
}

/** nestjs-pino: pino-http's options under `pinoHttp` (also `[options, stream]`). */
function nestPinoGaps(call: TSESTree.CallExpression, sourceCode: SourceCode, required: Required): { missing: Missing; fix: TSESLint.ReportFixFunction | null } | null {
  const options = optionsObject(call.arguments[0], sourceCode);
  if (options === 'unknown') return null;
  if (options === null) return pinoHttpGaps(call, undefined, sourceCode, required, (text) => `{ pinoHttp: ${text} }`);
  const pinoHttp = propertyOf(options, 'pinoHttp', sourceCode);
  if (!pinoHttp) {
    const paths = required.pino.map((entry) => entry.path);
    return {
      missing: { headers: required.pino.map((entry) => entry.header), paths },
      fix: addPropertyFix(options, `pinoHttp: { redact: ${redactArray(paths)} }`, sourceCode),
    };
  }
  const value = skipExpressionWrappers(pinoHttp.value);
  const first = value.type === AST_NODE_TYPES.ArrayExpression ? value.elements[0] : value;
  if (!first || first.type === AST_NODE_TYPES.SpreadElement) return null;
  return pinoHttpGaps(call, first, sourceCode, required, (text) => text);
}

/** express-winston: the request headers, unless `meta: false`, a whitelist without them, or a blacklist with both. */
function expressWinstonGaps(call: TSESTree.CallExpression, sourceCode: SourceCode, required: Required): { missing: Missing; fix: TSESLint.ReportFixFunction | null } | null {
  const options = optionsObject(call.arguments[0], sourceCode);
  if (options === null || options === 'unknown') return null;
  const meta = propertyOf(options, 'meta', sourceCode);
  if (meta && staticValueOf(meta.value, sourceCode) === false) return null;
  // A request filter of the project's may take headers out.
  if (propertyOf(options, 'requestFilter', sourceCode)) return null;
  const whitelist = propertyOf(options, 'requestWhitelist', sourceCode);
  const fields = whitelist ? staticValueOf(whitelist.value, sourceCode) : EXPRESS_WINSTON_DEFAULT_REQUEST_FIELDS;
  if (!Array.isArray(fields) || !fields.includes('headers')) return null;
  const blacklist = propertyOf(options, 'headerBlacklist', sourceCode);
  const listed = blacklist ? staticValueOf(blacklist.value, sourceCode) : [];
  if (!Array.isArray(listed)) return null;
  const names = new Set(listed.filter((item): item is string => typeof item === 'string').map((item) => item.toLowerCase()));
  const gaps = required.blacklist.filter((entry) => !names.has(entry.name));
  if (gaps.length === 0) return null;
  const missing = { headers: gaps.map((entry) => entry.header), paths: gaps.map((entry) => entry.name) };
  const fix = blacklist ? appendToArray(blacklist.value, missing.paths) : addPropertyFix(options, `headerBlacklist: ${redactArray(missing.paths)}`, sourceCode);
  return { missing, fix };
}

function morganPatterns(tokens: Required['morgan']) {
  const escape = (text: string): string => text.replaceAll(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return tokens.map((token) => ({
    ...token,
    inFormat: new RegExp(`:${token.side}\\[${escape(token.name)}\\]`, 'iu'),
    inFunction: new RegExp(`tokens\\s*\\.\\s*${token.side}\\s*\\([^)]*['"\`]${escape(token.name)}['"\`]`, 'iu'),
  }));
}
const HEADER_READ = /headers\s*(?:\.\s*(authorization|cookie)\b|\[\s*['"`](authorization|cookie|proxy-authorization|set-cookie)['"`]\s*\])|\.(?:get|header|getHeader)\s*\(\s*['"`](authorization|cookie|proxy-authorization|set-cookie)['"`]/giu;

/** morgan: credential headers its format prints, as a string or a format function. */
function morganHeaders(call: TSESTree.CallExpression, sourceCode: SourceCode, required: Required): string[] {
  const tokens = morganPatterns(required.morgan);
  const format = call.arguments[0];
  if (!format) return [];
  const value = skipExpressionWrappers(format);
  if (value.type === AST_NODE_TYPES.ArrowFunctionExpression || value.type === AST_NODE_TYPES.FunctionExpression) {
    const text = sourceCode.getText(value);
    return tokens.filter((token) => token.inFunction.test(text)).map((token) => token.header);
  }
  const text = staticValueOf(value, sourceCode);
  if (typeof text !== 'string') return [];
  return tokens.filter((token) => token.inFormat.test(text)).map((token) => token.header);
}

/** `morgan.token('auth', (req) => req.headers.authorization)`: a token that prints a credential header. */
function morganTokenHeaders(call: TSESTree.CallExpression, sourceCode: SourceCode): string[] {
  const fn = call.arguments[1];
  if (!fn) return [];
  const found = new Set<string>();
  for (const match of sourceCode.getText(fn).matchAll(HEADER_READ)) {
    const name = (match[1] ?? match[2] ?? match[3] ?? '').toLowerCase();
    const token = MORGAN_CREDENTIAL_TOKENS.find((entry) => entry.name === name);
    if (token) found.add(token.header);
  }
  return [...found];
}

interface Marker {
  readonly entry: HttpLoggerEntry;
  readonly token?: boolean;
}

function traceMapFor(entries: readonly HttpLoggerEntry[]): TraceMap<Marker> {
  const map: TraceMap<Marker> = {};
  for (const entry of entries) {
    for (const path of entry.calls) markTracePath(map, [entry.module, ...path], CALL, { entry });
    if (entry.kind === 'morgan') {
      markTracePath(map, [entry.module, 'token'], CALL, { entry, token: true });
      markTracePath(map, [entry.module, 'default', 'token'], CALL, { entry, token: true });
    }
  }
  return map;
}

const TRACE_MAP = traceMapFor(HTTP_LOGGERS);
const MODULES = new Set(HTTP_LOGGERS.map((entry) => entry.module));

/** A cheap first look: a file that never names one of the modules has none of their loggers. */
function mentionsModule(sourceCode: SourceCode): boolean {
  const text = sourceCode.text;
  for (const module of MODULES) if (text.includes(module)) return true;
  return false;
}

/** Every request logger of the file that writes credentials. */
export function findHttpLoggerLeaks(sourceCode: SourceCode, extraHeaders: readonly string[] = []): HttpLoggerFinding[] {
  const globalScope = sourceCode.scopeManager?.globalScope;
  if (!globalScope || !mentionsModule(sourceCode)) return [];
    const required = requiredHeaders(extraHeaders);
  const findings: HttpLoggerFinding[] = [];
  const seen = new Set<TSESTree.Node>();
  const references = moduleReferences(globalScope, TRACE_MAP);
  for (const { node, info } of references) {
    if (node.type !== AST_NODE_TYPES.CallExpression || seen.has(node)) continue;
    seen.add(node);
    const callee = sourceCode.getText(node.callee);
    const kind = info.entry.kind;
    if (kind === 'morgan') {
      const headers = info.token === true ? morganTokenHeaders(node, sourceCode) : morganHeaders(node, sourceCode, required);
      if (headers.length > 0) findings.push({ node, kind, callee, headers, fix: null });
      continue;
    }
    const gaps =
      kind === 'pino-http'
        ? pinoHttpGaps(node, node.arguments[0], sourceCode, required, (text) => text)
        : kind === 'nestjs-pino'
          ? nestPinoGaps(node, sourceCode, required)
          : expressWinstonGaps(node, sourceCode, required);
    if (gaps) findings.push({ node, kind, callee, headers: gaps.missing.headers, fix: gaps.fix });
  }
  return findings.sort((a, b) => a.node.range[0] - b.node.range[0]);
}
