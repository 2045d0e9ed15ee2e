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
 */
import {
  classifyName,
  compileVocabulary,
  DEFAULT_VOCABULARY,
  type Vocabulary,
  type VocabularyOverrides,
} from './classify/names.js';

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

function isSensitiveKey(key: string, walk: Walk): boolean {
  return classifyName(key, walk.limits.vocabulary) !== null;
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

/** Copies a value that sits under a key known to be safe. */
function copyValue(value: unknown, depth: number, walk: Walk): unknown {
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
    return copyObject(object, depth, walk);
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
    if (isSensitiveKey(key, walk)) {
      result[key] = walk.limits.mask;
      continue;
    }
    const read = readProperty(source, key);
    result[key] = read.ok ? copyValue(read.value, depth + 1, walk) : UNREADABLE;
  }
  return result;
}

function copyObject(object: object, depth: number, walk: Walk): unknown {
  const binary = describeBinary(object);
  if (binary !== undefined) return binary;
  if (Array.isArray(object)) {
    const length = object.length;
    const limit = Math.min(length, walk.limits.maxEntries);
    const result: unknown[] = [];
    for (let index = 0; index < limit; index++) {
      const read = readProperty(object, String(index));
      result.push(read.ok ? copyValue(read.value, depth + 1, walk) : UNREADABLE);
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
    for (const [key, entry] of object) {
      if (count++ >= walk.limits.maxEntries) break;
      const copiedKey = typeof key === 'string' ? safeString(key, walk) : copyValue(key, depth + 1, walk);
      const sensitive = typeof key === 'string' && isSensitiveKey(key, walk);
      result.set(copiedKey, sensitive ? walk.limits.mask : copyValue(entry, depth + 1, walk));
    }
    return result;
  }
  if (object instanceof Set) {
    const result = new Set<unknown>();
    let count = 0;
    for (const entry of object) {
      if (count++ >= walk.limits.maxEntries) break;
      result.add(copyValue(entry, depth + 1, walk));
    }
    return result;
  }
  if (object instanceof Error) {
    const result: Record<string, unknown> = {};
    for (const key of ['name', 'message']) {
      const read = readProperty(object, key);
      result[key] = read.ok ? copyValue(read.value, depth + 1, walk) : UNREADABLE;
    }
    const stack = readProperty(object, 'stack');
    if (stack.ok && typeof stack.value === 'string') result['stack'] = safeString(stack.value, walk);
    Object.assign(result, copyEntriesOf(object, depth, walk));
    const cause = readProperty(object, 'cause');
    if (cause.ok && cause.value !== undefined) result['cause'] = copyValue(cause.value, depth + 1, walk);
    return result;
  }
  const toJSON = readProperty(object, 'toJSON');
  if (toJSON.ok && typeof toJSON.value === 'function') {
    const json: unknown = (toJSON.value as () => unknown).call(object);
    if (json !== object) {
      return typeof json === 'object' && json !== null
        ? copyValue(json, depth, walk)
        : copyValue(json, depth + 1, walk);
    }
  }
  return copyEntriesOf(object, depth, walk);
}

function redactWith(value: unknown, limits: Limits): unknown {
  try {
    if (value === null || typeof value !== 'object') {
      return limits.mask;
    }
    const walk: Walk = { limits, ancestors: new Set(), nodes: 0 };
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

/**
 * Returns a copy of `value` that is safe to log. Primitives become `'[REDACTED]'`; objects keep
 * their safe fields and lose the values of sensitive ones (`password`, `token`, `email`, …).
 */
export function redact(value: unknown): unknown {
  return redactWith(value, DEFAULT_LIMITS);
}

export default redact;
