// The benchmark: what the plugin costs over plain parsing, on the same files in one run.
//
//   npm run bench                     a deterministic synthetic corpus (~200k lines)
//   npm run bench -- --dir ../my-app  any codebase
//   npm run bench -- --runs 5 --scale 0.1
//
// It reports ms per 1,000 lines and each configuration's cost over its floor (the median of
// --runs runs), checks that 10x the corpus costs about 10x the time, and times pathological files.
// ESLint skips its traversal when no rule is on, so the floor turns on one rule with no listeners:
// parsing, scope analysis and traversal, nothing else.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ESLint, Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import plugin from '../dist/src/index.js';

const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    runs: { type: 'string', default: '5' },
    scale: { type: 'string', default: '1' },
    'skip-typed': { type: 'boolean', default: false },
  },
});
const runs = Math.max(1, Number(values.runs));
const scale = Number(values.scale);

// ---------------------------------------------------------------------------------------------
// The synthetic corpus: Express, Koa and Fastify services with pino, winston and bunyan.
// ---------------------------------------------------------------------------------------------

/** A small deterministic PRNG (mulberry32), so every run generates the same corpus. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const LOGGERS = [
  "import pino from 'pino';\nconst logger = pino({ level: process.env.LOG_LEVEL || 'info' });",
  "import winston from 'winston';\nconst logger = winston.createLogger({ level: 'info', transports: [new winston.transports.Console()] });",
  "import bunyan from 'bunyan';\nconst logger = bunyan.createLogger({ name: 'svc', level: 'info' });",
];
const FRAMEWORKS = [
  (name, body) => `router.post('/${name}', async (req, res) => {\n${body}\n  res.status(201).json({ ok: true });\n});`,
  (name, body) => `router.post('/${name}', async (ctx) => {\n  const req = ctx.request;\n${body}\n  ctx.status = 201;\n});`,
  (name, body) => `fastify.post('/${name}', async (req, reply) => {\n${body}\n  return reply.code(201).send({ ok: true });\n});`,
];
const HEADERS = [
  "import express from 'express';\nconst router = express.Router();",
  "import Router from '@koa/router';\nconst router = new Router();",
  "import Fastify from 'fastify';\nconst fastify = Fastify();",
];

/** One handler body: mostly safe logging and plain code, now and then a leak. */
function handlerBody(next, index) {
  const lines = [
    `  const { id, items = [] } = req.body;`,
    `  const started = Date.now();`,
    `  logger.info({ id, count: items.length, route: '/r${index}' }, 'request received');`,
    `  const total = items.reduce((sum, item) => sum + item.price * item.quantity, 0);`,
    `  if (total > 1000) {`,
    `    logger.warn({ id, total }, 'large order');`,
    `  }`,
    `  const record = { id, total, createdAt: new Date().toISOString() };`,
    `  await db.insert('orders', record);`,
    `  logger.debug(\`stored order \${id} in \${Date.now() - started} ms\`);`,
  ];
  const roll = next();
  if (roll < 0.05) lines.push(`  logger.info({ password: req.body.password }, 'login');`);
  else if (roll < 0.1) lines.push(`  logger.info(req.body);`);
  else if (roll < 0.15) lines.push(`  const contact = { email: req.body.email };\n  logger.info(contact);`);
  else lines.push(`  logger.info({ id, status: 'ok' }, 'done');`);
  return lines.join('\n');
}

function helperFunctions(index) {
  return [
    `export function summarize${index}(order) {`,
    `  const lines = order.items.map((item) => \`\${item.sku} x\${item.quantity}\`);`,
    `  return { id: order.id, lines, total: order.total };`,
    `}`,
    ``,
    `export async function retry${index}(task, attempts = 3) {`,
    `  for (let attempt = 1; attempt <= attempts; attempt++) {`,
    `    try {`,
    `      return await task();`,
    `    } catch (error) {`,
    `      logger.warn({ attempt, message: error.message }, 'retrying');`,
    `    }`,
    `  }`,
    `  throw new Error('gave up');`,
    `}`,
  ].join('\n');
}

/** Writes about `targetLines` lines of services into `directory`; returns the line count. */
function generateCorpus(directory, targetLines, seed = 1) {
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(directory, { recursive: true });
  const next = random(seed);
  let lines = 0;
  for (let file = 0; lines < targetLines; file++) {
    const kind = file % 3;
    const parts = [HEADERS[kind], LOGGERS[Math.floor(next() * 3)], ''];
    for (let handler = 0; handler < 12; handler++) {
      parts.push(FRAMEWORKS[kind](`r${file}-${handler}`, handlerBody(next, handler)), '');
    }
    parts.push(helperFunctions(file), '');
    const text = parts.join('\n');
    writeFileSync(path.join(directory, `service-${String(file).padStart(4, '0')}.js`), text);
    lines += text.split('\n').length;
  }
  return lines;
}

function countLines(directory) {
  let lines = 0;
  const walk = (current) => {
    for (const entry of readdirSync(current)) {
      if (entry === 'node_modules' || entry.startsWith('.')) continue;
      const full = path.join(current, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(?:[cm]?js|jsx|[cm]?ts|tsx)$/u.test(entry)) lines += readFileSync(full, 'utf8').split('\n').length;
    }
  };
  walk(directory);
  return lines;
}

// ---------------------------------------------------------------------------------------------
// Configurations and timing.
// ---------------------------------------------------------------------------------------------

const noListeners = { rules: { none: { meta: { type: 'problem', schema: [] }, create: () => ({}) } } };
const FLOOR = { plugins: { floor: noListeners }, rules: { 'floor/none': 'error' } };
const MODULE = { languageOptions: { sourceType: 'module' } };
const TS_FILES = ['**/*.ts', '**/*.mts', '**/*.cts', '**/*.tsx'];
const TS_PARSER = { files: TS_FILES, languageOptions: { parser: tseslint.parser } };
const only = (rule) => ({ plugins: { 'secure-logging': plugin }, rules: { [`secure-logging/${rule}`]: 'error' } });

function configurations() {
  const list = [
    { name: 'floor: parse + traverse', config: [FLOOR, MODULE, TS_PARSER] },
    { name: 'recommended', config: [...plugin.configs.recommended, MODULE, TS_PARSER], floor: 'floor: parse + traverse' },
  ];
  for (const rule of Object.keys(plugin.rules)) {
    list.push({ name: `  ${rule}`, config: [FLOOR, only(rule), MODULE, TS_PARSER], floor: 'floor: parse + traverse' });
  }
  return list;
}

const median = (numbers) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)];

async function lintOnce(cwd, config, patterns = ['.']) {
  const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: config, cache: false, allowInlineConfig: false, warnIgnored: false });
  const started = performance.now();
  const results = await eslint.lintFiles(patterns);
  const elapsed = performance.now() - started;
  const fatal = results.flatMap((result) => result.messages.filter((message) => message.fatal));
  if (fatal.length > 0) throw new Error(`${fatal[0].message} (${results.find((result) => result.fatalErrorCount > 0)?.filePath})`);
  return { elapsed, findings: results.reduce((sum, result) => sum + result.errorCount + result.warningCount, 0) };
}

/** Times every configuration, interleaved run by run so drift hits all of them alike. */
async function measure(cwd, list, patterns) {
  const times = new Map(list.map((entry) => [entry.name, []]));
  const findings = new Map();
  // Two warm-up rounds: V8 keeps getting faster over the first runs of a process.
  for (let round = 0; round < 2; round++) {
    for (const entry of list) findings.set(entry.name, (await lintOnce(cwd, entry.config, patterns)).findings);
  }
  for (let run = 0; run < runs; run++) {
    // Alternate the order, so no configuration always runs first or last in a round.
    const order = run % 2 === 0 ? list : [...list].reverse();
    for (const entry of order) times.get(entry.name).push((await lintOnce(cwd, entry.config, patterns)).elapsed);
  }
  return list.map((entry) => ({ ...entry, ms: median(times.get(entry.name)), findings: findings.get(entry.name) }));
}

function table(rows, lines) {
  const byName = new Map(rows.map((row) => [row.name, row]));
  const out = ['| Configuration | ms | ms / 1k lines | × floor | findings |', '| :-- | --: | --: | --: | --: |'];
  for (const row of rows) {
    const floor = row.floor ? byName.get(row.floor) : undefined;
    const ratio = floor ? (row.ms / floor.ms).toFixed(3) : '1.000';
    out.push(`| ${row.name.trim()}${row.name.startsWith('  ') ? ' (alone)' : ''} | ${row.ms.toFixed(0)} | ${((row.ms / lines) * 1000).toFixed(2)} | ${ratio} | ${row.findings} |`);
  }
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Typed mode: typescript-eslint's parser with the project service, against one cheap typed rule.
// ---------------------------------------------------------------------------------------------

function generateTypedCorpus(directory, targetLines) {
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(path.join(directory, 'src'), { recursive: true });
  writeFileSync(
    path.join(directory, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'ES2022', moduleResolution: 'Bundler', strict: true, noEmit: true, types: [] }, include: ['src'] }),
  );
  writeFileSync(
    path.join(directory, 'src/models.ts'),
    [
      'export interface Card { number: string; expiryMonth: number }',
      'export interface User { id: string; email: string; isAdmin: boolean }',
      'export interface Order { id: string; total: number; card: Card; owner: User }',
      'export interface Logger { info(obj: unknown, msg?: string): void; warn(obj: unknown, msg?: string): void }',
      'export declare const logger: Logger;',
    ].join('\n'),
  );
  let lines = 5;
  for (let file = 0; lines < targetLines; file++) {
    const parts = ["import { logger, type Order, type User } from './models';", ''];
    for (let index = 0; index < 20; index++) {
      parts.push(
        `export function handle${index}(order: Order, user: User, verbose: boolean): number {`,
        `  const total = order.total * 1.2;`,
        `  logger.info({ orderId: order.id, total, verbose }, 'order');`,
        `  if (user.isAdmin) logger.warn({ userId: user.id }, 'admin order');`,
        index % 10 === 0 ? `  logger.info({ order }, 'full order');` : `  logger.info({ id: order.id }, 'ok');`,
        `  return total;`,
        `}`,
        '',
      );
    }
    const text = parts.join('\n');
    writeFileSync(path.join(directory, `src/orders-${file}.ts`), text);
    lines += text.split('\n').length;
  }
  return lines;
}

async function measureTyped(directory) {
  const typed = {
    files: TS_FILES,
    languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true, tsconfigRootDir: directory } },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: { '@typescript-eslint/no-for-in-array': 'error' },
  };
  const list = [
    { name: 'typed floor: project service + 1 typed rule', config: [typed] },
    { name: 'typed + recommended', config: [plugin.configs.recommended[0], typed], floor: 'typed floor: project service + 1 typed rule' },
  ];
  // The same ESLint instances are reused, so the program is built once and the comparison is per file.
  const instances = list.map((entry) => new ESLint({ cwd: directory, overrideConfigFile: true, overrideConfig: entry.config, cache: false }));
  const times = list.map(() => []);
  const findings = [];
  for (const eslint of instances) findings.push((await eslint.lintFiles(['src'])).reduce((sum, result) => sum + result.errorCount, 0));
  for (const eslint of instances) await eslint.lintFiles(['src']);
  for (let run = 0; run < Math.max(runs, 5); run++) {
    const order = run % 2 === 0 ? [...instances.entries()] : [...instances.entries()].reverse();
    for (const [index, eslint] of order) {
      const started = performance.now();
      await eslint.lintFiles(['src']);
      times[index].push(performance.now() - started);
    }
  }
  return list.map((entry, index) => ({ ...entry, ms: median(times[index]), findings: findings[index] }));
}

// ---------------------------------------------------------------------------------------------
// Pathological files.
// ---------------------------------------------------------------------------------------------

function pathologicalFiles() {
  const chain = ['let v0 = password;'];
  for (let index = 1; index <= 5000; index++) chain.push(`let v${index} = v${index - 1};`);
  chain.push('logger.info(v5000);');
  const calls = ['function many(user, token) {'];
  for (let index = 0; index < 10000; index++) calls.push(`  logger.info({ i: ${index}, id: user.id });`);
  calls.push('  logger.info(token);', '}');
  const big = [];
  for (let index = 0; big.join('\n').length < 1_000_000; index++) {
    big.push(`export function f${index}(req, res) { const value = req.body.v${index}; logger.info({ value, i: ${index} }); return value; }`);
  }
  const nested = `const deep = ${'['.repeat(1000)}token${']'.repeat(1000)};\nlogger.info(deep);`;
  const capitals = `const ${'A'.repeat(100_000)}b = 1;\nlogger.info(${'A'.repeat(100_000)}b);`;
  return [
    { name: '1 MB file', code: big.join('\n') },
    { name: 'arrays nested 1,000 deep', code: nested },
    { name: '5,000-step assignment chain', code: chain.join('\n') },
    { name: '10,000 log calls in one function', code: calls.join('\n') },
    { name: 'a 100,000-character identifier', code: capitals },
  ];
}

function timePathological() {
  const rows = [];
  for (const file of pathologicalFiles()) {
    const linter = new Linter();
    const floorTimes = [];
    const pluginTimes = [];
    let messages = [];
    for (let run = 0; run < runs; run++) {
      let started = performance.now();
      linter.verify(file.code, [FLOOR, MODULE], 'file.js');
      floorTimes.push(performance.now() - started);
      started = performance.now();
      messages = linter.verify(file.code, [...plugin.configs.recommended, MODULE], 'file.js');
      pluginTimes.push(performance.now() - started);
    }
    const fatal = messages.find((message) => message.fatal);
    rows.push(
      `| ${file.name} | ${(file.code.length / 1024).toFixed(0)} KB | ${median(floorTimes).toFixed(0)} | ${median(pluginTimes).toFixed(0)} | ${(median(pluginTimes) / median(floorTimes)).toFixed(2)} | ${fatal ? `parse error: ${fatal.message}` : messages.length} |`,
    );
  }
  return ['| File | Size | Floor ms | Plugin ms | × floor | Findings |', '| :-- | --: | --: | --: | --: | --: |', ...rows].join('\n');
}

// ---------------------------------------------------------------------------------------------

const work = path.join(tmpdir(), 'secure-logging-bench');
let corpus = values.dir ? path.resolve(values.dir) : path.join(work, 'corpus');
let lines;
if (values.dir) {
  lines = countLines(corpus);
} else {
  lines = generateCorpus(corpus, Math.round(200_000 * scale));
}
console.log(`Corpus: ${values.dir ? corpus : 'synthetic'}, ${lines.toLocaleString('en')} lines; median of ${runs} run(s).\n`);
const rows = await measure(corpus, configurations());
console.log(table(rows, lines));

const recommended = rows.find((row) => row.name === 'recommended');
const floor = rows.find((row) => row.name === 'floor: parse + traverse');
const ratio = recommended.ms / floor.ms;
console.log(`\nrecommended: ${ratio.toFixed(3)}x the floor (target 1.10x): ${ratio <= 1.1 ? 'met' : 'NOT met'}`);

if (!values.dir) {
  const small = path.join(work, 'corpus-tenth');
  const smallLines = generateCorpus(small, Math.round(20_000 * scale));
  const [smallRow] = await measure(small, [configurations()[1]]);
  const growth = recommended.ms / smallRow.ms;
  console.log(
    `\nScaling: ${smallLines.toLocaleString('en')} lines ${smallRow.ms.toFixed(0)} ms, ${lines.toLocaleString('en')} lines ${recommended.ms.toFixed(0)} ms: ` +
      `${(lines / smallLines).toFixed(1)}x the lines cost ${growth.toFixed(1)}x the time.`,
  );
}

if (!values['skip-typed']) {
  const typedDirectory = path.join(work, 'typed');
  const typedLines = generateTypedCorpus(typedDirectory, Math.round(20_000 * scale));
  const typedRows = await measureTyped(typedDirectory);
  console.log(`\nTyped mode (${typedLines.toLocaleString('en')} lines of TypeScript, program built once):\n`);
  console.log(table(typedRows, typedLines));
  const typedRatio = typedRows[1].ms / typedRows[0].ms;
  console.log(`\ntyped: ${typedRatio.toFixed(3)}x the typed floor (target 1.05x): ${typedRatio <= 1.05 ? 'met' : 'NOT met'}`);
}

console.log('\nPathological files (Linter, recommended vs floor):\n');
console.log(timePathological());
