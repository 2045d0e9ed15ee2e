/**
 * `@secure-logging/redact`: the `redact()` runtime that the fixes of eslint-plugin-secure-logging call.
 *
 * `redact(value)` returns something safe to log:
 * - a primitive becomes the mask (`'[REDACTED]'` by default);
 * - an object, array, `Map`, `Set` or `Error` becomes a copy in which values under sensitive keys
 *   are masked and everything else stays visible, so the log line stays useful.
 *
 * Sensitive keys are decided by the same name classifier the lint rules use. The function never
 * throws, never mutates its input, never returns the input object itself, and is bounded in depth,
 * breadth and total work, so cycles, throwing getters, revoked proxies and huge values are safe.
 * It has no dependencies.
 *
 * `logSafe(value)` returns the value as one line of text with line breaks and terminal escape
 * sequences written as visible escapes, for text logs that would otherwise take them as they are.
 */
import {
  classifyName,
  compileVocabulary,
  DEFAULT_VOCABULARY,
  type Vocabulary,
  type VocabularyOverrides,
} from './classify/names.js';
import { type HttpContext, httpErrorFields, isErrorCarrier, maskUrl, maskUrlsInText, read, summarizeHttp } from './http.js';

/** Options of {@link createRedactor}. */
export interface RedactOptions {
  /** Text that replaces a masked value. Default `'[REDACTED]'`. */
  readonly mask?: string;
  /** Deepest level copied; deeper values become `'[Depth limit]'`. Default 8. */
  readonly maxDepth?: number;
  /** Most entries copied from one object, array, map or set. Default 1,000. */
  readonly maxEntries?: number;
  /** Most values visited in one call. Default 10,000. */
  readonly maxNodes?: number;
  /** Longest string kept whole; longer ones are cut. Default 10,000. */
  readonly maxStringLength?: number;
  /** Words to add to or remove from the sensitive-name vocabulary. */
  readonly words?: VocabularyOverrides;
}

/** A redaction function, as returned by {@link createRedactor}. */
export type Redactor = (value: unknown) => unknown;

interface Limits {
  readonly mask: string;
  readonly maxDepth: number;
  readonly maxEntries: number;
  readonly maxNodes: number;
  readonly maxStringLength: number;
  readonly vocabulary: Vocabulary;
}

interface Walk {
  readonly limits: Limits;
  readonly ancestors: Set<object>;
  readonly http: HttpContext;
  nodes: number;
}

const UNREADABLE = '[Unreadable]';
const CIRCULAR = '[Circular]';
const DEPTH_LIMIT = '[Depth limit]';
const NODE_LIMIT = '[Size limit]';

function toLimits(options: RedactOptions): Limits {
  const whole = (value: number | undefined, fallback: number): number =>
    typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.floor(value) : fallback;
  return {
    mask: typeof options.mask === 'string' ? options.mask : '[REDACTED]',
    maxDepth: whole(options.maxDepth, 8),
    maxEntries: whole(options.maxEntries, 1000),
    maxNodes: whole(options.maxNodes, 10_000),
    maxStringLength: whole(options.maxStringLength, 10_000),
    vocabulary: options.words ? compileVocabulary(options.words) : DEFAULT_VOCABULARY,
  };
}

/**
 * Whether a key names a secret or personal data, judged with the key it sits under: `number` is
 * harmless, but under `card` it reads `card number`.
 */
function isSensitiveKey(key: string, walk: Walk, parentKey?: string): boolean {
  const vocabulary = walk.limits.vocabulary;
  if (classifyName(key, vocabulary) !== null) return true;
  return parentKey !== undefined && parentKey.length <= 100 && key.length <= 100 && classifyName(`${parentKey} ${key}`, vocabulary) !== null;
}

function safeString(value: string, walk: Walk): string {
  const max = walk.limits.maxStringLength;
  return value.length > max ? `${value.slice(0, max)}…[${String(value.length - max)} more]` : value;
}

function describeBinary(value: object): string | undefined {
  try {
    const nodeBuffer = (globalThis as { Buffer?: { isBuffer(candidate: unknown): candidate is { length: number } } }).Buffer;
    if (nodeBuffer?.isBuffer(value)) {
      return `[Buffer ${String(value.length)} bytes]`;
    }
    if (ArrayBuffer.isView(value)) {
      return `[${value.constructor.name} ${String(value.byteLength)} bytes]`;
    }
    if (value instanceof ArrayBuffer) {
      return `[ArrayBuffer ${String(value.byteLength)} bytes]`;
    }
  } catch {
    return UNREADABLE;
  }
  return undefined;
}

function readProperty(source: object, key: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: (source as Record<string, unknown>)[key] };
  } catch {
    return { ok: false };
  }
}

/** Copies a value that sits under a key known to be safe (`key`, when it sits under one). */
function copyValue(value: unknown, depth: number, walk: Walk, key?: string): unknown {
  walk.nodes++;
  if (walk.nodes > walk.limits.maxNodes) return NODE_LIMIT;
  switch (typeof value) {
    case 'string':
      return safeString(value, walk);
    case 'number':
    case 'boolean':
    case 'undefined':
      return value;
    case 'bigint':
      return value;
    case 'symbol':
      return value.toString();
    case 'function':
      return `[Function ${value.name || 'anonymous'}]`;
    default:
      break;
  }
  if (value === null) return null;
  const object = value as object;
  if (depth >= walk.limits.maxDepth) return DEPTH_LIMIT;
  if (walk.ancestors.has(object)) return CIRCULAR;
  walk.ancestors.add(object);
  try {
    return copyObject(object, depth, walk, key);
  } catch {
    return UNREADABLE;
  } finally {
    walk.ancestors.delete(object);
  }
}

function copyEntriesOf(
  source: object,
  depth: number,
  walk: Walk,
  parentKey?: string,
  skip?: (key: string) => boolean,
): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  let keys: string[];
  try {
    keys = Object.keys(source);
  } catch {
    return { '[Unreadable]': true };
  }
  let count = 0;
  for (const key of keys) {
    if (count >= walk.limits.maxEntries) {
      result['…'] = `${String(keys.length - count)} more keys`;
      break;
    }
    count++;
    if (skip?.(key) === true) continue;
    if (isSensitiveKey(key, walk, parentKey)) {
      result[key] = walk.limits.mask;
      continue;
    }
    const read = readProperty(source, key);
    result[key] = read.ok ? copyValue(read.value, depth + 1, walk, key) : UNREADABLE;
  }
  return result;
}

function copyObject(object: object, depth: number, walk: Walk, key?: string): unknown {
  const binary = describeBinary(object);
  if (binary !== undefined) return binary;
  if (Array.isArray(object)) {
    const length = object.length;
    const limit = Math.min(length, walk.limits.maxEntries);
    const result: unknown[] = [];
    for (let index = 0; index < limit; index++) {
      const item = readProperty(object, String(index));
      // Items of `cards: [...]` are judged as cards.
      result.push(item.ok ? copyValue(item.value, depth + 1, walk, key) : UNREADABLE);
    }
    if (length > limit) result.push(`…${String(length - limit)} more items`);
    return result;
  }
  if (object instanceof Date) {
    return new Date(object.getTime());
  }
  if (object instanceof RegExp) {
    return new RegExp(object.source, object.flags);
  }
  if (object instanceof Map) {
    const result = new Map<unknown, unknown>();
    let count = 0;
    for (const [mapKey, entry] of object) {
      if (count++ >= walk.limits.maxEntries) break;
      const copiedKey = typeof mapKey === 'string' ? safeString(mapKey, walk) : copyValue(mapKey, depth + 1, walk);
      const sensitive = typeof mapKey === 'string' && isSensitiveKey(mapKey, walk, key);
      result.set(copiedKey, sensitive ? walk.limits.mask : copyValue(entry, depth + 1, walk, typeof mapKey === 'string' ? mapKey : undefined));
    }
    return result;
  }
  if (object instanceof Set) {
    const result = new Set<unknown>();
    let count = 0;
    for (const entry of object) {
      if (count++ >= walk.limits.maxEntries) break;
      result.add(copyValue(entry, depth + 1, walk, key));
    }
    return result;
  }
  if (object instanceof Error) return copyError(object, depth, walk);
  // A URL serialises to its href, user and password included: mask them and secret query values.
  const URLClass = (globalThis as { URL?: abstract new (...args: never[]) => { readonly href: string } }).URL;
  if (URLClass !== undefined && object instanceof URLClass) return maskUrl(object.href, walk.http);
  const http = summarizeHttp(object, walk.http);
  if (http !== undefined) return http;
  const toJSON = readProperty(object, 'toJSON');
  if (toJSON.ok && typeof toJSON.value === 'function') {
    const json: unknown = (toJSON.value as () => unknown).call(object);
    if (json !== object) {
      return typeof json === 'object' && json !== null
        ? copyValue(json, depth, walk)
        : copyValue(json, depth + 1, walk);
    }
  }
  return copyEntriesOf(object, depth, walk, key);
}

function defineHidden(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: false, writable: true, configurable: true });
}

/**
 * An error stays an error, so that loggers still treat it as one (pino's `err` serializer,
 * winston's `errors` format): a new `Error` with the name, message and stack (URLs in them
 * masked), `code` and `status`, and the other own fields redacted. An HTTP client error (axios,
 * got, superagent) keeps its method, URL and status, and loses the request, response and config
 * it carries, which hold the credentials.
 */
function copyError(error: Error, depth: number, walk: Walk): Error {
  const message = read(error, 'message');
  const copy = new Error(maskUrlsInText(safeString(typeof message === 'string' ? message : '', walk), walk.http));
  const name = read(error, 'name');
  defineHidden(copy, 'name', typeof name === 'string' ? safeString(name, walk) : 'Error');
  const stack = read(error, 'stack');
  defineHidden(copy, 'stack', typeof stack === 'string' ? maskUrlsInText(safeString(stack, walk), walk.http) : undefined);
  const carriesRequest =
    read(error, 'isAxiosError') === true || ['config', 'options', 'request', 'response'].some((key) => typeof read(error, key) === 'object');
  if (carriesRequest) Object.assign(copy, httpErrorFields(error, walk.http));
  const skip = (key: string): boolean =>
    key === 'name' || key === 'message' || key === 'stack' || key === 'cause' || (carriesRequest && (isErrorCarrier(key) || key in copy));
  Object.assign(copy, copyEntriesOf(error, depth, walk, undefined, skip));
  const cause = read(error, 'cause');
  if (cause !== undefined) defineHidden(copy, 'cause', copyValue(cause, depth + 1, walk, 'cause'));
  return copy;
}

const httpContexts = new WeakMap<Limits, HttpContext>();

function httpContextOf(limits: Limits): HttpContext {
  let context = httpContexts.get(limits);
  if (!context) {
    context = { mask: limits.mask, isSensitiveKey: (key) => classifyName(key, limits.vocabulary) !== null };
    httpContexts.set(limits, context);
  }
  return context;
}

function redactWith(value: unknown, limits: Limits): unknown {
  try {
    if (value === null || typeof value !== 'object') {
      return limits.mask;
    }
    const walk: Walk = { limits, ancestors: new Set(), nodes: 0, http: httpContextOf(limits) };
    const result = copyValue(value, 0, walk);
    return result === value ? limits.mask : result;
  } catch {
    return limits.mask;
  }
}

/** Builds a `redact` function with its own mask, bounds and vocabulary. */
export function createRedactor(options: RedactOptions = {}): Redactor {
  let limits: Limits;
  try {
    limits = toLimits(options);
  } catch {
    limits = toLimits({});
  }
  return (value: unknown) => redactWith(value, limits);
}

const DEFAULT_LIMITS = toLimits({});

const EMPTY_RECORD: Readonly<Record<string, unknown>> = Object.freeze({});

/**
 * A copy of a log record's fields that is safe to log: a field under a sensitive key is masked,
 * an object is redacted as {@link redact} does, and other primitives are kept (unlike `redact()`,
 * which masks a primitive it is given). For logger integrations: pino's `formatters.log`,
 * winston formats, bunyan streams. Keys listed in `keep` are copied as they are.
 */
export function redactFields(record: unknown, keep: readonly string[] = []): Record<string, unknown> {
  // A logger may hand over no record at all (pino's bindings without a base).
  if (typeof record !== 'object' || record === null) return {};
  try {
    const walk: Walk = { limits: DEFAULT_LIMITS, ancestors: new Set([record]), nodes: 0, http: httpContextOf(DEFAULT_LIMITS) };
    const skip = keep.length === 0 ? undefined : (key: string): boolean => keep.includes(key);
    const result = copyEntriesOf(record, 0, walk, undefined, skip);
    for (const key of keep) {
      const kept = read(record, key);
      if (kept !== undefined) result[key] = kept;
    }
    return result;
  } catch {
    return { ...EMPTY_RECORD };
  }
}

/**
 * Returns a copy of `value` that is safe to log. Primitives become `'[REDACTED]'`; objects keep
 * their safe fields and lose the values of sensitive ones (`password`, `token`, `email`, …).
 */
export function redact(value: unknown): unknown {
  return redactWith(value, DEFAULT_LIMITS);
}

export { logSafe } from './log-safe.js';

export default redact;
