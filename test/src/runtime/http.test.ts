/**
 * The runtime on real HTTP objects: an Express server on loopback, a real axios call to it (with
 * credentials in the headers, the URL and a cookie), Node's ClientRequest, and fetch's classes.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import axios, { type AxiosError } from 'axios';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redact } from '../../../packages/redact/src/index.js';

const TOKEN = 'sk_live_PLANTEDtoken1234567890';
const COOKIE = 'sid=PLANTEDcookie0987';
const PASSWORD = 'PLANTEDpassword';
const MASK = '[REDACTED]';

let server: http.Server;
let base = '';
const seen: { request?: unknown; response?: unknown } = {};

beforeAll(async () => {
  const app = express();
  app.use(express.json());
  app.post('/login', (req, res) => {
    seen.request = redact(req);
    seen.response = redact(res);
    res.status(401).json({ error: 'denied', token: TOKEN });
  });
  server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/** The own enumerable fields of an error, which loggers print beside name, message and stack. */
const ownFields = (value: object): Record<string, unknown> => Object.fromEntries(Object.entries(value));

const secrets = [TOKEN, COOKIE, PASSWORD, 'PLANTEDcookie0987', 'PLANTEDtoken'];
const expectNoSecret = (value: unknown): void => {
  const json = JSON.stringify(value);
  for (const secret of secrets) expect(json).not.toContain(secret);
};

async function failedLogin(): Promise<AxiosError> {
  try {
    await axios.post(
      `${base}/login?token=${TOKEN}&page=2`,
      { user: 'ann', password: PASSWORD },
      { headers: { Authorization: `Bearer ${TOKEN}`, Cookie: COOKIE, 'X-Request-Id': 'r-1' }, auth: undefined },
    );
  } catch (error) {
    return error as AxiosError;
  }
  throw new Error('the login should fail');
}

describe('redact() on HTTP objects', () => {
  it('a caught axios error stays an Error with name, message, code, status, method and URL, and nothing else', async () => {
    const error = await failedLogin();
    expect(JSON.stringify(error.config)).toContain(TOKEN);
    const result = redact(error) as Error & Record<string, unknown>;
    expect(result).toBeInstanceOf(Error);
    expect(result).not.toBe(error);
    expect(result.name).toBe('AxiosError');
    expect(result.message).toBe('Request failed with status code 401');
    expect(result.stack).toContain('AxiosError');
    expect(ownFields(result)).toEqual({
      code: 'ERR_BAD_REQUEST',
      status: 401,
      method: 'POST',
      url: `${base}/login?token=${MASK}&page=2`,
    });
    expectNoSecret({ ...ownFields(result), message: result.message, stack: result.stack });
    expect(JSON.stringify(ownFields(result)).length).toBeLessThan(300);
  });

  it('a whole Express request keeps method, URL and non-credential headers; no rawHeaders, socket or body', async () => {
    await failedLogin();
    const request = seen.request as Record<string, unknown>;
    expect(Object.keys(request).sort()).toEqual(['headers', 'method', 'url']);
    expect(request['method']).toBe('POST');
    expect(request['url']).toBe(`/login?token=${MASK}&page=2`);
    const headers = request['headers'] as Record<string, unknown>;
    expect(headers['authorization']).toBe(MASK);
    expect(headers['cookie']).toBe(MASK);
    expect(headers['x-request-id']).toBe('r-1');
    expect(headers['content-type']).toBe('application/json');
    expectNoSecret(request);
    expect(JSON.stringify(request).length).toBeLessThan(1000);
  });

  it('an Express response keeps its status and headers', async () => {
    await failedLogin();
    const response = seen.response as Record<string, unknown>;
    expect(response['status']).toBe(200);
    expect(Object.keys(response).sort()).toEqual(['headers', 'status', 'statusText'].filter((key) => key in response).sort());
    expectNoSecret(response);
  });

  it("Node's ClientRequest: method, URL and headers with credentials masked, no _header", () => {
    const request = http.request(`${base}/login?api_key=${TOKEN}`, { method: 'POST', headers: { authorization: `Basic ${TOKEN}`, accept: 'text/plain' } });
    request.on('error', () => undefined);
    const result = redact(request) as Record<string, unknown>;
    request.destroy();
    expect(result).toEqual({
      method: 'POST',
      url: `http://127.0.0.1:${base.split(':').at(-1) ?? ''}/login?api_key=${MASK}`,
      headers: { authorization: MASK, accept: 'text/plain', host: `127.0.0.1:${base.split(':').at(-1) ?? ''}` },
    });
  });

  it("fetch's Request, Response and Headers", async () => {
    const headers = new Headers({ authorization: `Bearer ${TOKEN}`, 'content-type': 'text/plain', 'set-cookie': COOKIE });
    expect(redact(headers)).toEqual({ authorization: MASK, 'content-type': 'text/plain', 'set-cookie': MASK });
    // fetch refuses URLs with credentials, so only the query can carry one.
    const request = new Request(`https://api.example.com/v1/items?access_token=${TOKEN}#frag`, { headers });
    expect(redact(request)).toEqual({
      method: 'GET',
      url: `https://api.example.com/v1/items?access_token=${MASK}`,
      headers: { authorization: MASK, 'content-type': 'text/plain', 'set-cookie': MASK },
    });
    const response = await fetch(`${base}/login`, { method: 'POST', headers: { cookie: COOKIE } });
    const summary = redact(response) as Record<string, unknown>;
    expect(summary['status']).toBe(401);
    expect(summary['url']).toBe(`${base}/login`);
    expectNoSecret(summary);
  });

  it('an axios response keeps status and headers, not data, config or request', async () => {
    const response = await axios.post(`${base}/login`, {}, { validateStatus: () => true, headers: { Authorization: `Bearer ${TOKEN}` } });
    const summary = redact(response) as Record<string, unknown>;
    expect(Object.keys(summary).sort()).toEqual(['headers', 'status', 'statusText']);
    expect(summary['status']).toBe(401);
    expectNoSecret(summary);
  });

  it('errors shaped like got and superagent errors lose their request and response', () => {
    // got's RequestError: options (with headers) and a response that holds the request.
    const got = Object.assign(new Error('Response code 403 (Forbidden)'), {
      name: 'HTTPError',
      code: 'ERR_NON_2XX_3XX_RESPONSE',
      options: { method: 'GET', url: new URL(`https://api.example.com/x?token=${TOKEN}`), headers: { authorization: `Bearer ${TOKEN}` } },
      response: { statusCode: 403, body: { token: TOKEN }, headers: { 'set-cookie': COOKIE } },
      timings: { start: 1 },
    });
    const gotResult = redact(got) as Error & Record<string, unknown>;
    expect(gotResult).toBeInstanceOf(Error);
    expect(ownFields(gotResult)).toEqual({ code: 'ERR_NON_2XX_3XX_RESPONSE', method: 'GET', url: `https://api.example.com/x?token=${MASK}`, status: 403 });
    // superagent: status on the error, response.req a ClientRequest-like object.
    const superagent = Object.assign(new Error('Unauthorized'), {
      status: 401,
      response: { status: 401, text: JSON.stringify({ token: TOKEN }), req: { method: 'GET', path: '/me', _header: `Authorization: ${TOKEN}` } },
    });
    const superagentResult = redact(superagent) as Error & Record<string, unknown>;
    expect(ownFields(superagentResult)).toEqual({ status: 401 });
    expectNoSecret({ ...ownFields(gotResult), ...ownFields(superagentResult), m: superagentResult.message });
  });

  it('URLs with credentials in an error message are masked', () => {
    const error = new Error(`connect ECONNREFUSED postgres://admin:${PASSWORD}@db.internal:5432/app`);
    const result = redact(error) as Error;
    expect(result.message).toBe(`connect ECONNREFUSED postgres://${MASK}@db.internal:5432/app`);
    expect(result.stack).not.toContain(PASSWORD);
  });

  it('a plain object with method, url and headers is not mistaken for a request', () => {
    expect(redact({ method: 'GET', url: '/a', headers: { authorization: 'x' }, durationMs: 12 })).toEqual({
      method: 'GET',
      url: '/a',
      headers: { authorization: MASK },
      durationMs: 12,
    });
  });
});

describe('redact(): sensitive at any depth, by context', () => {
  it.each([
    [{ card: { number: '4111111111111111', brand: 'visa', last4: '1111' } }, { card: { number: MASK, brand: 'visa', last4: '1111' } }],
    [{ payment: { cvv: '123', amount: 10 } }, { payment: { cvv: MASK, amount: 10 } }],
    [{ bank: { iban: 'DE89370400440532013000', name: 'GLS' } }, { bank: { iban: MASK, name: 'GLS' } }],
    [{ user: { id: 1, contact: { email: 'a@b.c', phone: '+1 555', city: 'Oslo' } } }, { user: { id: 1, contact: { email: MASK, phone: MASK, city: 'Oslo' } } }],
    [{ cards: [{ number: '4111111111111111' }] }, { cards: [{ number: MASK }] }],
    [{ headers: { 'X-Api-Key': 'k', x_api_key: 'k', 'X-Trace': 't' } }, { headers: { 'X-Api-Key': MASK, x_api_key: MASK, 'X-Trace': 't' } }],
    [{ order: { number: 'A-17' } }, { order: { number: 'A-17' } }],
  ])('%j', (input, expected) => {
    expect(redact(input)).toEqual(expected);
  });
});
