/**
 * HTTP objects, recognised by shape (no HTTP library is imported): Node's `IncomingMessage`,
 * `ServerResponse` and `ClientRequest`; Express, Koa and Fastify requests, replies and contexts;
 * axios, got and superagent responses; fetch's `Request`, `Response` and `Headers`.
 *
 * Each becomes a small summary: method, URL (credentials and secret-looking query values masked),
 * status, and the headers, with credential headers masked. Sockets, `_header`, `rawHeaders`,
 * bodies, request configs and cookies are never copied.
 */

/** What the summaries need from the redactor: the mask, and whether a key names a secret. */
export interface HttpContext {
  readonly mask: string;
  isSensitiveKey(key: string): boolean;
}

type Bag = Record<string, unknown>;

/** Reads a property without letting a getter or a proxy throw. */
export function read(source: unknown, key: string): unknown {
  if (source === null || (typeof source !== 'object' && typeof source !== 'function')) return undefined;
  try {
    return (source as Bag)[key];
  } catch {
    return undefined;
  }
}

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const number = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

/** An instance of a class, not a plain object literal or `Object.create(null)`. */
function isInstance(value: object): boolean {
  try {
    const prototype: unknown = Object.getPrototypeOf(value);
    return prototype !== null && prototype !== Object.prototype;
  } catch {
    return false;
  }
}

function globalClass(name: string): (abstract new (...args: never[]) => unknown) | undefined {
  const candidate = (globalThis as Bag)[name];
  return typeof candidate === 'function' ? (candidate as abstract new (...args: never[]) => unknown) : undefined;
}

function isInstanceOfGlobal(value: object, name: string): boolean {
  const constructor = globalClass(name);
  try {
    return constructor !== undefined && value instanceof constructor;
  } catch {
    return false;
  }
}

const USERINFO = /^([a-z][\d+.a-z-]*:\/\/)[^\s#/?@]*@/iu;

/**
 * A URL with its user name and password masked, and the values of query parameters whose names
 * say they are secret or personal masked. Relative URLs stay relative; a fragment is dropped.
 */
export function maskUrl(url: string, context: HttpContext): string {
  const withoutFragment = url.split('#', 1)[0] ?? '';
  const masked = withoutFragment.replace(USERINFO, `$1${context.mask}@`);
  const queryAt = masked.indexOf('?');
  if (queryAt === -1) return masked;
  const query = masked
    .slice(queryAt + 1)
    .split('&')
    .map((pair) => {
      const equals = pair.indexOf('=');
      if (equals === -1) return pair;
      let name = pair.slice(0, equals);
      try {
        name = decodeURIComponent(name.replaceAll('+', ' '));
      } catch {
        // Keep the raw name.
      }
      return context.isSensitiveKey(name) ? `${pair.slice(0, equals)}=${context.mask}` : pair;
    })
    .join('&');
  return `${masked.slice(0, queryAt)}?${query}`;
}

const SCHEME_CHARACTER = /[\d+.a-z-]/iu;
const URL_END = /[\s"'<>`]/u;

/**
 * Masks URLs inside free text (error messages and stacks). A linear scan from each `://`, so no
 * text can make it backtrack.
 */
export function maskUrlsInText(value: string, context: HttpContext): string {
  let result = '';
  let done = 0;
  let at = value.indexOf('://');
  while (at !== -1) {
    let start = at;
    while (start > done && SCHEME_CHARACTER.test(value.charAt(start - 1))) start--;
    let end = at + 3;
    while (end < value.length && !URL_END.test(value.charAt(end))) end++;
    if (start < at) {
      result += value.slice(done, start) + maskUrl(value.slice(start, end), context);
      done = end;
    }
    at = value.indexOf('://', Math.max(end, at + 3));
  }
  return result + value.slice(done);
}

/** Header names and values, from a plain object, a fetch `Headers`, or anything with `entries()`. */
function headerEntries(headers: unknown): [string, unknown][] {
  if (!isObject(headers)) return [];
  try {
    if (isInstanceOfGlobal(headers, 'Headers') || (isInstance(headers) && typeof read(headers, 'entries') === 'function')) {
      return [...(headers as { entries(): Iterable<[string, unknown]> }).entries()].slice(0, 200);
    }
    return Object.keys(headers)
      .slice(0, 200)
      .map((name) => [name, read(headers, name)]);
  } catch {
    return [];
  }
}

/** Headers with credential headers (authorization, cookies, API keys, tokens) masked. */
export function safeHeaders(headers: unknown, context: HttpContext): Bag | undefined {
  const entries = headerEntries(headers);
  if (entries.length === 0) return undefined;
  const result: Bag = {};
  for (const [name, value] of entries) {
    if (context.isSensitiveKey(name)) {
      result[name] = context.mask;
    } else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      result[name] = typeof value === 'string' && value.length > 1000 ? `${value.slice(0, 1000)}…` : value;
    } else if (Array.isArray(value)) {
      result[name] = value.filter((item) => typeof item === 'string').slice(0, 20);
    }
  }
  return result;
}

/** Headers a response object exposes: `getHeaders()`, `headers` or superagent's `header`. */
function headersOf(value: object): unknown {
  const getHeaders = read(value, 'getHeaders');
  if (typeof getHeaders === 'function') {
    try {
      return (getHeaders as () => unknown).call(value);
    } catch {
      return undefined;
    }
  }
  return read(value, 'headers') ?? read(value, 'header');
}

function put(target: Bag, key: string, value: unknown): void {
  if (value !== undefined) target[key] = value;
}

function urlOf(value: object, context: HttpContext): string | undefined {
  const url = text(read(value, 'originalUrl')) ?? text(read(value, 'url')) ?? hrefOf(read(value, 'url'));
  return url === undefined ? undefined : maskUrl(url, context);
}

function hrefOf(value: unknown): string | undefined {
  return isObject(value) ? text(read(value, 'href')) : undefined;
}

/** A client request's URL: `protocol//host` + `path` (Node's `ClientRequest`). */
function clientUrlOf(value: object, context: HttpContext): string | undefined {
  const path = text(read(value, 'path'));
  if (path === undefined) return undefined;
  // The Host header carries the port; the request's own `host` does not.
  const host = text(read(headersOf(value), 'host')) ?? text(read(value, 'host'));
  const protocol = text(read(value, 'protocol')) ?? 'http:';
  return maskUrl(host === undefined ? path : `${protocol}//${host}${path}`, context);
}

function requestSummary(value: object, context: HttpContext): Bag {
  const summary: Bag = {};
  put(summary, 'method', text(read(value, 'method')));
  put(summary, 'url', urlOf(value, context) ?? clientUrlOf(value, context));
  put(summary, 'headers', safeHeaders(headersOf(value), context));
  return summary;
}

function responseSummary(value: object, context: HttpContext): Bag {
  const summary: Bag = {};
  put(summary, 'status', number(read(value, 'status')) ?? number(read(value, 'statusCode')));
  put(summary, 'statusText', text(read(value, 'statusText')) ?? text(read(value, 'statusMessage')));
  put(summary, 'url', urlOf(value, context));
  put(summary, 'headers', safeHeaders(headersOf(value), context));
  return summary;
}

/** Properties that only live on sockets, streams and HTTP messages. */
const WIRE_KEYS = ['socket', 'connection', '_header', 'rawHeaders', '_events'];

function hasWireKeys(value: object): boolean {
  return WIRE_KEYS.some((key) => read(value, key) !== undefined);
}

/** The HTTP summary of a value, or `undefined` when it is no HTTP object. */
export function summarizeHttp(value: object, context: HttpContext): Bag | undefined {
  if (isInstanceOfGlobal(value, 'Headers')) return safeHeaders(value, context) ?? {};
  if (isInstanceOfGlobal(value, 'Request')) return requestSummary(value, context);
  if (isInstanceOfGlobal(value, 'Response')) return responseSummary(value, context);
  // axios responses are plain objects: { data, status, statusText, headers, config, request }.
  if (number(read(value, 'status')) !== undefined && isObject(read(value, 'config')) && 'request' in value) {
    return responseSummary(value, context);
  }
  if (!isInstance(value)) return undefined;
  // Koa and Egg contexts: ctx.request / ctx.response wrap ctx.req / ctx.res.
  if (isObject(read(value, 'request')) && isObject(read(value, 'response')) && isObject(read(value, 'req')) && isObject(read(value, 'res'))) {
    const summary = requestSummary(value, context);
    put(summary, 'status', number(read(value, 'status')));
    return summary;
  }
  const method = text(read(value, 'method'));
  const statusCode = number(read(value, 'statusCode')) ?? number(read(value, 'status'));
  // Server responses (Node, Express) and Fastify replies: status and headers, never the body.
  if (method === undefined && statusCode !== undefined && (typeof read(value, 'setHeader') === 'function' || isObject(read(value, 'raw')) || hasWireKeys(value) || isObject(read(value, 'req')))) {
    return responseSummary(value, context);
  }
  // Incoming requests (Node, Express, Fastify), Node's ClientRequest, and got responses.
  if (method !== undefined && (hasWireKeys(value) || isObject(read(value, 'raw')) || typeof read(value, 'getHeaders') === 'function')) {
    return requestSummary(value, context);
  }
  if (statusCode !== undefined && hasWireKeys(value)) return responseSummary(value, context);
  if (hasWireKeys(value)) return { '[HTTP object]': true };
  return undefined;
}

/** Keys of an error that carry a whole request or response (axios, got, superagent). */
const ERROR_CARRIERS = new Set(['config', 'request', 'response', 'options', 'timings', 'socket', 'req', 'res', 'headers', 'toJSON', 'isAxiosError']);

/** True for keys of an error that are not copied: the request and response carriers. */
export function isErrorCarrier(key: string): boolean {
  return ERROR_CARRIERS.has(key);
}

/** Method, URL and status of the request an HTTP client error came from. */
export function httpErrorFields(error: object, context: HttpContext): Bag {
  const fields: Bag = {};
  const config = read(error, 'config');
  const options = read(error, 'options');
  const request = read(error, 'request');
  const response = read(error, 'response');
  const method = text(read(config, 'method')) ?? text(read(options, 'method')) ?? text(read(request, 'method'));
  put(fields, 'method', method?.toUpperCase());
  const configUrl = text(read(config, 'url'));
  const baseUrl = text(read(config, 'baseURL'));
  const url =
    (configUrl !== undefined && baseUrl !== undefined && !/^[a-z][\d+.a-z-]*:/iu.test(configUrl)
      ? `${trimSlashes(baseUrl, 'end')}/${trimSlashes(configUrl, 'start')}`
      : configUrl) ??
    hrefOf(read(options, 'url')) ??
    text(read(options, 'url')) ??
    (isObject(request) ? clientUrlOf(request, context) : undefined) ??
    (isObject(response) ? text(read(response, 'url')) : undefined);
  put(fields, 'url', url === undefined ? undefined : maskUrl(url, context));
  const status = number(read(response, 'status')) ?? number(read(response, 'statusCode'));
  put(fields, 'status', number(read(error, 'status')) ?? number(read(error, 'statusCode')) ?? status);
  return fields;
}

function trimSlashes(value: string, side: 'start' | 'end'): string {
  let start = 0;
  let end = value.length;
  if (side === 'start') while (start < end && value.charAt(start) === '/') start++;
  else while (end > start && value.charAt(end - 1) === '/') end--;
  return value.slice(start, end);
}
