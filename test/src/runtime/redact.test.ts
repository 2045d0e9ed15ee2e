import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import redactDefault, { createRedactor, redact } from '../../../packages/redact/src/index.js';

const MASK = '[REDACTED]';

describe('redact: primitives', () => {
  it.each([['hunter2'], [42], [true], [10n], [null], [undefined], [Symbol('s')]])('%s becomes the mask', (value) => {
    expect(redact(value)).toBe(MASK);
  });

  it('the default export is the same function', () => {
    expect(redactDefault).toBe(redact);
  });
});

describe('redact: objects keep safe fields and mask sensitive ones', () => {
  it('flat object', () => {
    expect(redact({ id: 7, email: 'a@b.c', password: 'p', tokenCount: 3, apiKey: 'k', name: 'n' })).toEqual({
      id: 7,
      email: MASK,
      password: MASK,
      tokenCount: 3,
      apiKey: MASK,
      name: 'n',
    });
  });

  it('nested objects and arrays', () => {
    expect(redact({ user: { id: 1, profile: { refresh_token: 'r' } }, items: [{ cvv: '123', sku: 'x' }] })).toEqual({
      user: { id: 1, profile: { refresh_token: MASK } },
      items: [{ cvv: MASK, sku: 'x' }],
    });
  });

  it('a sensitive key masks a whole subtree', () => {
    expect(redact({ credentials: { user: 'u', pass: 'p' } })).toEqual({ credentials: MASK });
  });

  it('headers', () => {
    expect(redact({ authorization: 'Bearer x', cookie: 'sid=1', 'content-type': 'json', 'x-api-key': 'k' })).toEqual({
      authorization: MASK,
      cookie: MASK,
      'content-type': 'json',
      'x-api-key': MASK,
    });
  });

  it('does not mutate its input and returns a new object', () => {
    const input = { password: 'p', nested: { token: 't' } };
    const snapshot = structuredClone(input);
    const output = redact(input);
    expect(input).toEqual(snapshot);
    expect(output).not.toBe(input);
  });
});

describe('redact: odd values', () => {
  it.each([
    ['postgres://admin:hunter2@db:5432/app', 'postgres://[REDACTED]@db:5432/app'],
    ['https://api.example.com/v1?api_key=abc&page=2', 'https://api.example.com/v1?api_key=[REDACTED]&page=2'],
    ['https://example.com/docs', 'https://example.com/docs'],
  ])('a URL object %s keeps no credentials', (text, expected) => {
    expect(redact(new URL(text))).toBe(expected);
    expect(redact({ link: new URL(text) })).toEqual({ link: expected });
  });

  it('cycles', () => {
    const a: Record<string, unknown> = { id: 1, secret: 's' };
    a['self'] = a;
    expect(redact(a)).toEqual({ id: 1, secret: MASK, self: '[Circular]' });
  });

  it('shared references that are not cycles are copied twice', () => {
    const shared = { id: 1 };
    expect(redact({ a: shared, b: shared })).toEqual({ a: { id: 1 }, b: { id: 1 } });
  });

  it('getters that throw', () => {
    const value = {
      id: 1,
      get broken(): string {
        throw new Error('boom');
      },
    };
    expect(redact(value)).toEqual({ id: 1, broken: '[Unreadable]' });
  });

  it('a proxy whose traps throw', () => {
    const proxy = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no keys');
        },
      },
    );
    expect(() => redact({ p: proxy })).not.toThrow();
    expect(redact({ p: proxy })).toEqual({ p: { '[Unreadable]': true } });
  });

  it('a revoked proxy', () => {
    const { proxy, revoke } = Proxy.revocable({ password: 'x' }, {});
    revoke();
    expect(redact({ p: proxy })).toEqual({ p: '[Unreadable]' });
    expect(redact(proxy)).toBe('[Unreadable]');
  });

  it('Map and Set', () => {
    const map = new Map<unknown, unknown>([
      ['token', 't'],
      ['id', 1],
    ]);
    const result = redact({ map, set: new Set(['a']) }) as { map: Map<unknown, unknown>; set: Set<unknown> };
    expect([...result.map]).toEqual([
      ['token', MASK],
      ['id', 1],
    ]);
    expect([...result.set]).toEqual(['a']);
  });

  it('Error keeps name and message, masks sensitive own fields', () => {
    const error = Object.assign(new Error('failed'), { code: 'E1', password: 'p' });
    const result = redact(error) as Record<string, unknown>;
    expect(result['name']).toBe('Error');
    expect(result['message']).toBe('failed');
    expect(result['code']).toBe('E1');
    expect(result['password']).toBe(MASK);
    expect(typeof result['stack']).toBe('string');
  });

  it('Buffer and typed arrays are described, not dumped', () => {
    expect(redact({ body: Buffer.from('secret-bytes') })).toEqual({ body: '[Buffer 12 bytes]' });
    expect(redact({ data: new Uint8Array(4) })).toEqual({ data: '[Uint8Array 4 bytes]' });
  });

  it('Date, RegExp and functions', () => {
    const result = redact({ at: new Date(0), re: /x/g, fn: function named() {} }) as Record<string, unknown>;
    expect(result['at']).toEqual(new Date(0));
    expect(result['re']).toEqual(/x/g);
    expect(result['fn']).toBe('[Function named]');
  });

  it('objects with toJSON are redacted through their JSON form', () => {
    const value = { toJSON: () => ({ id: 1, password: 'p' }) };
    expect(redact(value)).toEqual({ id: 1, password: MASK });
  });

  it('depth is bounded', () => {
    let deep: Record<string, unknown> = { leaf: 1 };
    for (let index = 0; index < 50; index++) deep = { next: deep };
    const text = JSON.stringify(redact(deep));
    expect(text).toContain('[Depth limit]');
    expect(text).not.toContain('leaf');
  });

  it('breadth is bounded', () => {
    const wide = Object.fromEntries(Array.from({ length: 5000 }, (_, index) => [`k${String(index)}`, index]));
    const result = redact(wide) as Record<string, unknown>;
    expect(Object.keys(result)).toHaveLength(1001);
    expect(result['…']).toBe('4000 more keys');
    const array = redact({ list: Array.from({ length: 3000 }, () => 0) }) as { list: unknown[] };
    expect(array.list).toHaveLength(1001);
  });

  it('very long strings are cut', () => {
    const result = redact({ note: 'a'.repeat(20_000) }) as { note: string };
    expect(result.note.length).toBeLessThan(10_100);
  });

  it('total work is bounded', () => {
    const fanOut = Array.from({ length: 200 }, () => Array.from({ length: 200 }, () => ({ id: 1 })));
    expect(JSON.stringify(redact(fanOut))).toContain('[Size limit]');
  });
});

describe('createRedactor', () => {
  it('custom mask and words', () => {
    const custom = createRedactor({ mask: '***', words: { add: { secret: ['pepper'] }, ignore: ['email'] } });
    expect(custom({ pepper: 'p', email: 'e', password: 'x' })).toEqual({ pepper: '***', email: 'e', password: '***' });
  });

  it('bad options fall back to defaults', () => {
    const custom = createRedactor({ maxDepth: -1, mask: 5 as unknown as string });
    expect(custom('x')).toBe(MASK);
  });
});

// Property-based tests: arbitrary JSON-like values with secrets planted under sensitive keys.
const PLANTED = 'PLANTED-SECRET-9f8e7d6c';
const sensitiveKey = fc.constantFrom('password', 'apiKey', 'access_token', 'Authorization', 'clientSecret', 'email', 'ssn', 'cardNumber', 'cookie', 'x-api-key');
const safeKey = fc.constantFrom('id', 'name', 'status', 'items', 'meta', 'count', 'createdAt', 'url', 'data', 'list');
const leaf = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null));

const valueWithSecret: fc.Arbitrary<unknown> = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    leaf,
    fc.array(tie('node'), { maxLength: 4 }),
    fc.dictionary(safeKey, tie('node'), { maxKeys: 4 }),
    fc.tuple(sensitiveKey, tie('node')).map(([key, value]) => ({ [key]: { inner: PLANTED, value } })),
    fc.tuple(sensitiveKey, fc.constant(PLANTED)).map(([key, value]) => ({ [key]: value })),
    fc.tuple(sensitiveKey, fc.constant(PLANTED)).map(([key, value]) => new Map([[key, value]])),
  ),
})).node;

/** An object with a prototype of its own, as HTTP messages are: the runtime recognises those by shape. */
const wireObject = (fields: Record<string, unknown>): object => Object.assign(Object.create({ kind: 'message' }) as object, fields);

/** HTTP-shaped values and errors with the secret planted where real clients put credentials. */
const httpWithSecret: fc.Arbitrary<unknown> = fc.oneof(
  // An axios-like error: config headers, config URL, request _header, response data.
  fc.record({ message: fc.string(), code: fc.string(), status: fc.integer() }).map(
    ({ message, code, status }) =>
      Object.assign(new Error(message.replaceAll(PLANTED, '')), {
        isAxiosError: true,
        code,
        config: { url: `https://api.example.com/a?token=${PLANTED}`, method: 'get', headers: { Authorization: `Bearer ${PLANTED}` } },
        request: wireObject({ method: 'GET', path: '/a', _header: `Authorization: Bearer ${PLANTED}`, socket: { pending: PLANTED } }),
        response: { status, data: { token: PLANTED, echo: PLANTED }, headers: { 'set-cookie': PLANTED } },
      }),
  ),
  // An incoming request with credentials in its headers, raw headers, URL and body.
  fc.constantFrom('GET', 'POST', 'PUT').map(
    (method) =>
      wireObject({
        method,
        url: `/login?password=${PLANTED}`,
        headers: { authorization: PLANTED, cookie: `sid=${PLANTED}`, 'x-api-key': PLANTED },
        rawHeaders: ['Authorization', PLANTED],
        socket: { buffer: PLANTED },
        body: { secret: PLANTED, note: PLANTED },
      }),
  ),
  // A server response with a cookie being set.
  fc.integer({ min: 100, max: 599 }).map(
    (statusCode) =>
      wireObject({ statusCode, setHeader: () => undefined, getHeaders: () => ({ 'set-cookie': [`sid=${PLANTED}`] }), _header: PLANTED }),
  ),
  // An error whose message names a URL with credentials, and a cause that carries a token.
  fc.string().map((text) =>
    Object.assign(new Error(`${text.replaceAll(PLANTED, '')} postgres://admin:${PLANTED}@db:5432/app`), { cause: { token: PLANTED } }),
  ),
);

function serialize(value: unknown): string {
  const seen = new WeakSet();
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item instanceof Map) return [...(item as Map<unknown, unknown>).entries()];
    if (item instanceof Set) return [...(item as Set<unknown>)];
    if (typeof item === 'bigint') return item.toString();
    if (typeof item === 'object' && item !== null) {
      if (seen.has(item)) return '[seen]';
      seen.add(item);
    }
    return item;
  });
}

describe('redact: properties', () => {
  it('never throws and never leaks a planted secret', () => {
    fc.assert(
      fc.property(valueWithSecret, (value) => {
        const output = redact(value);
        expect(serialize(output)).not.toContain(PLANTED);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws and never leaks a planted secret from HTTP objects and errors, at any depth', () => {
    fc.assert(
      fc.property(httpWithSecret, fc.constantFrom('err', 'error', 'req', 'res', 'data', 'result'), fc.boolean(), (value, key, nested) => {
        const output = redact(nested ? { [key]: value, at: [value] } : value);
        const errors = [output, ...(nested ? [(output as Record<string, unknown>)[key]] : [])].filter((item) => item instanceof Error);
        const text = serialize(output) + errors.map((error) => `${error.message} ${String(error.stack)} ${serialize(Object.fromEntries(Object.entries(error)))}`).join(' ');
        expect(text).not.toContain(PLANTED);
        if (value instanceof Error) expect(nested ? (output as Record<string, unknown>)[key] : output).toBeInstanceOf(Error);
      }),
      { numRuns: 300 },
    );
  });

  it('never mutates its input', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const before = JSON.stringify(value);
        redact(value);
        expect(JSON.stringify(value)).toBe(before);
      }),
      { numRuns: 300 },
    );
  });

  it('never returns an input object or the input primitive', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const output = redact(value);
        if (typeof value === 'object' && value !== null) expect(output).not.toBe(value);
        else expect(output).toBe(MASK);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on anything, including objects with throwing getters and cycles', () => {
    fc.assert(
      fc.property(fc.anything({ withMap: true, withSet: true, withTypedArray: true, withDate: true, withBigInt: true }), fc.boolean(), (value, cyclic) => {
        const holder: Record<string, unknown> = { value };
        if (cyclic) holder['self'] = holder;
        Object.defineProperty(holder, 'trap', {
          enumerable: true,
          get() {
            throw new Error('trap');
          },
        });
        expect(() => redact(holder)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
