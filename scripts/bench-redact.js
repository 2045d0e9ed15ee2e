// Times the redact() runtime on typical log records, next to @pinojs/redact and fast-redact
// configured with the paths that hold the same secrets, as ratios measured in one run.
//
// Each implementation turns a record into a log line: ours is JSON.stringify(redact(record)); the
// path-based ones serialize themselves (safe-stable-stringify for the axios error, which is
// circular). Implementations take turns in every round; the table shows the median per round.
//
//   node scripts/bench-redact.js [--rounds N]
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import axios from 'axios';
import express from 'express';
import fastRedact from 'fast-redact';
import pinojsRedact from '@pinojs/redact';
import { stringify as safeStringify } from 'safe-stable-stringify';
import { redact } from '@secure-logging/redact';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '15' } } });
const ROUNDS = Math.max(3, Number(values.rounds));
const TOKEN = 'sk_live_benchmarkToken0123456789';

/** A 1 KB record: a user, the request line and headers, a password. */
function smallRecord() {
  return {
    event: 'login',
    user: { id: 42, email: 'ann@example.com', name: 'Ann Example', role: 'admin' },
    req: {
      method: 'POST',
      url: '/api/v1/login',
      headers: { authorization: `Bearer ${TOKEN}`, cookie: `sid=${TOKEN}`, 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64)', accept: 'application/json', 'x-request-id': 'f0a1b2c3d4e5' },
    },
    password: 'hunter2',
    durationMs: 123,
    client: { ip: '203.0.113.7', locale: 'en-GB', app: 'web', version: '4.12.0', referrer: 'https://www.example.com/account/settings' },
    items: [1, 2, 3, 4, 5].map((id) => ({ id, sku: `SKU-${String(id)}`, title: `Item ${String(id)}`, quantity: id, price: id * 9.99 })),
  };
}

/** An 18 KB record: an order with many lines, each with a card, and the request headers. */
function largeRecord() {
  return {
    event: 'order.created',
    order: {
      id: 'ord_123',
      customer: { id: 7, email: 'ann@example.com', phone: '+1 555 0100' },
      lines: Array.from({ length: 100 }, (_, index) => ({
        id: index,
        sku: `SKU-${String(index).padStart(5, '0')}`,
        title: `Product number ${String(index)} with a longer title`,
        quantity: (index % 5) + 1,
        price: 19.99 + index,
        card: { number: '4111111111111111', brand: 'visa', last4: '1111' },
      })),
    },
    req: { method: 'POST', url: '/api/v1/orders', headers: { authorization: `Bearer ${TOKEN}`, cookie: `sid=${TOKEN}`, accept: 'application/json' } },
  };
}

const SMALL_PATHS = ['user.email', 'user.name', 'req.headers.authorization', 'req.headers.cookie', 'password'];
const LARGE_PATHS = ['order.customer.email', 'order.customer.phone', 'order.lines[*].card.number', 'req.headers.authorization', 'req.headers.cookie'];
const AXIOS_PATHS = [
  'config.headers.Authorization',
  'config.url',
  'request._header',
  'request._redirectable._options.headers.Authorization',
  'request._redirectable._currentUrl',
  'request.path',
  'response.config.headers.Authorization',
  'response.request._header',
  'response.data',
];

/** A real axios error (401 from a loopback Express server) and a real Express request. */
async function httpObjects() {
  let request;
  const app = express();
  app.get('/deny', (req, res) => {
    request = req;
    res.status(401).json({ error: 'denied' });
  });
  const server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  let error;
  try {
    await axios.get(`http://127.0.0.1:${String(server.address().port)}/deny?access_token=${TOKEN}`, { headers: { Authorization: `Bearer ${TOKEN}` } });
  } catch (caught) {
    error = caught;
  }
  await new Promise((resolve) => server.close(resolve));
  return { error, request };
}

/** Errors as loggers write them: name, message and stack, and their own fields. */
const errorFields = (_key, value) =>
  value instanceof Error ? { ...Object.fromEntries(Object.entries(value)), name: value.name, message: value.message, stack: value.stack } : value;

const ours = (record) => JSON.stringify(redact(record), errorFields);

function pathBased(factory, paths, serialize) {
  return factory({ paths, serialize });
}

function time(fn, input, iterations) {
  const start = performance.now();
  let bytes = 0;
  for (let index = 0; index < iterations; index++) bytes += fn(input).length;
  return { ms: (performance.now() - start) / iterations, bytes: bytes / iterations };
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

async function main() {
  const { error, request } = await httpObjects();
  const cases = [
    { name: '1 KB record', input: smallRecord(), paths: SMALL_PATHS, serialize: JSON.stringify, iterations: 4000 },
    { name: '18 KB record', input: largeRecord(), paths: LARGE_PATHS, serialize: JSON.stringify, iterations: 300 },
    { name: 'axios error', input: error, paths: AXIOS_PATHS, serialize: safeStringify, iterations: 300 },
  ];
  console.log(`redact() runtime: ${String(ROUNDS)} rounds, implementations interleaved; median ms per record\n`);
  console.log('| Record | input JSON bytes | redact() ms | fast-redact ms | @pinojs/redact ms | ÷ fast-redact | ÷ @pinojs/redact | redact() output bytes | fast-redact output bytes |');
  console.log('| :-- | --: | --: | --: | --: | --: | --: | --: | --: |');
  for (const { name, input, paths, serialize, iterations } of cases) {
    const implementations = {
      ours,
      fast: pathBased(fastRedact, paths, serialize),
      pinojs: pathBased(pinojsRedact, paths, serialize),
    };
    const samples = { ours: [], fast: [], pinojs: [] };
    const bytes = {};
    for (const fn of Object.values(implementations)) time(fn, input, Math.ceil(iterations / 4));
    for (let round = 0; round < ROUNDS; round++) {
      const order = Object.keys(implementations);
      for (let shift = 0; shift < round % order.length; shift++) order.push(order.shift());
      for (const key of order) {
        const result = time(implementations[key], input, iterations);
        samples[key].push(result.ms);
        bytes[key] = result.bytes;
      }
    }
    const [a, b, c] = [median(samples.ours), median(samples.fast), median(samples.pinojs)];
    const inputBytes = safeStringify(input).length;
    console.log(
      `| ${name} | ${String(inputBytes)} | ${a.toFixed(4)} | ${b.toFixed(4)} | ${c.toFixed(4)} | ${(a / b).toFixed(2)} | ${(a / c).toFixed(2)} | ${String(Math.round(bytes.ours))} | ${String(Math.round(bytes.fast))} |`,
    );
  }
  const requestLine = JSON.stringify(redact(request));
  console.log(`\nA whole Express request, redacted: ${String(requestLine.length)} bytes (as safe-stable-stringify writes it unredacted: ${String(safeStringify(request).length)} bytes).`);
  const redactedError = redact(error);
  console.log(`A caught axios error, redacted: ${String(JSON.stringify({ ...redactedError, name: redactedError.name, message: redactedError.message }).length)} bytes without its stack (${String(redactedError.stack.length)} bytes).`);
  console.log('fast-redact and @pinojs/redact mask only the listed paths; redact() judges every key and summarises HTTP objects.');
}

await main();
