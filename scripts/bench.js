// The benchmark: what the plugin costs over plain parsing, on the same files in one run.
//
//   npm run bench                     a deterministic synthetic corpus (~200k lines)
//   npm run bench -- --dir ../my-app  any codebase
//   npm run bench -- --runs 5 --scale 0.1
//
// It reports ms per 1,000 lines and each configuration's cost over its floor (each configuration
// and its floor lint every file back to back; the median of --runs runs), checks that 10x the
// corpus costs about 10x the time, and times pathological files.
// ESLint skips its traversal when no rule is on, so the floor turns on one rule with no listeners:
// parsing, scope analysis and traversal, nothing else.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ESLint, Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import plugin from '../dist/src/index.js';
import { useFileAnalysis } from '../dist/src/engine.js';

const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    runs: { type: 'string', default: '5' },
    scale: { type: 'string', default: '1' },
    'skip-typed': { type: 'boolean', default: false },
    // `typed` measures typed mode alone, `untyped` everything else.
    only: { type: 'string' },
    // Internal: one cold typed lint in a fresh process (`floor`, `plugin`, `bare`, `bare-plugin` or `plain`), for the parent run.
    'cold-child': { type: 'string' },
  },
});
const runs = Math.max(1, Number(values.runs));
if (values.only !== undefined && values.only !== 'typed' && values.only !== 'untyped') {
  console.error(`--only must be 'typed' or 'untyped', not '${values.only}'.`);
  process.exit(2);
}
// The 20,000-line corpora lint in a couple of seconds, so one garbage collection moves a run by
// several percent: they get more runs.
const SHORT_RUNS = Math.max(runs, 9);
// Typed runs move most (the project service allocates heavily; a floor measured against itself
// came out anywhere from 0.98x to 1.10x in 9 runs), so they get the most.
const TYPED_RUNS = Math.max(runs, 15);
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

// A feature is four modules, as a layered back-end has them: routes (Express, Koa or Fastify), a
// service, a repository and a validator. Log calls are densest in routes and rare in the data
// layer. Over the corpus that is about one log call per 20 lines; studies of server code find one
// logging statement per 30 lines or so (Yuan et al., ICSE 2012).

/** How each framework spells a handler, its request body, a route parameter and a reply. */
const FRAMEWORKS = [
  {
    header: "import express from 'express';\nconst router = express.Router();",
    route: (method, url, body) => `router.${method}('${url}', async (req, res, next) => {\n  try {\n${body}\n  } catch (error) {\n    logger.error({ err: error, url: req.originalUrl }, 'request failed');\n    next(error);\n  }\n});`,
    body: 'req.body',
    param: 'req.params.id',
    query: 'req.query',
    reply: (status, value) => `return res.status(${status}).json(${value});`,
    request: 'req',
  },
  {
    header: "import Router from '@koa/router';\nconst router = new Router();",
    route: (method, url, body) => `router.${method}('${url}', async (ctx) => {\n  try {\n${body}\n  } catch (error) {\n    logger.error({ err: error, path: ctx.path }, 'request failed');\n    ctx.status = 500;\n  }\n});`,
    body: 'ctx.request.body',
    param: 'ctx.params.id',
    query: 'ctx.query',
    reply: (status, value) => `ctx.status = ${status};\n    ctx.body = ${value};\n    return;`,
    request: 'ctx.request',
  },
  {
    header: "import Fastify from 'fastify';\nconst fastify = Fastify();\nconst router = fastify;",
    route: (method, url, body) => `router.${method}('${url}', async (request, reply) => {\n  try {\n${body}\n  } catch (error) {\n    request.log.error({ err: error }, 'request failed');\n    return reply.code(500).send({ error: 'internal' });\n  }\n});`,
    body: 'request.body',
    param: 'request.params.id',
    query: 'request.query',
    reply: (status, value) => `return reply.code(${status}).send(${value});`,
    request: 'request',
  },
];

const indent = (text, spaces) => text.split('\n').map((line) => (line === '' ? line : ' '.repeat(spaces) + line)).join('\n');

/** One route handler's body: validate, call the service, reply; now and then a leak. */
function handlerBody(fw, next, name, index) {
  const kind = index % 4;
  const lines = [];
  if (kind === 0) {
    lines.push(
      `const input = validate${name}(${fw.body});`,
      `if (!input.ok) {`,
      `  ${fw.reply(400, '{ errors: input.errors }')}`,
      `}`,
      `const created = await ${name.toLowerCase()}Service.create(input.value);`,
      `logger.info({ id: created.id, kind: '${name.toLowerCase()}' }, 'created');`,
      fw.reply(201, `to${name}View(created)`),
    );
  } else if (kind === 1) {
    lines.push(
      `const found = await ${name.toLowerCase()}Service.findById(${fw.param});`,
      `if (!found) {`,
      `  ${fw.reply(404, "{ error: 'not found' }")}`,
      `}`,
      fw.reply(200, `to${name}View(found)`),
    );
  } else if (kind === 2) {
    lines.push(
      `const { page = 1, size = 20, sort = 'createdAt' } = ${fw.query};`,
      `const result = await ${name.toLowerCase()}Service.list({ page: Number(page), size: Math.min(Number(size), 100), sort });`,
      `if (result.items.length === 0 && page > 1) {`,
      `  logger.warn({ page, size }, 'page out of range');`,
      `}`,
      fw.reply(200, `{ items: result.items.map(to${name}View), total: result.total, page }`),
    );
  } else {
    lines.push(
      `const changes = validate${name}Update(${fw.body});`,
      `if (!changes.ok) {`,
      `  ${fw.reply(422, '{ errors: changes.errors }')}`,
      `}`,
      `const updated = await ${name.toLowerCase()}Service.update(${fw.param}, changes.value);`,
      `logger.info({ id: updated.id, fields: Object.keys(changes.value) }, 'updated');`,
      fw.reply(200, `to${name}View(updated)`),
    );
  }
  const roll = next();
  if (roll < 0.04) lines.splice(1, 0, `logger.info({ password: ${fw.body}.password }, 'login attempt');`);
  else if (roll < 0.08) lines.splice(1, 0, `logger.debug(${fw.body});`);
  else if (roll < 0.12) lines.splice(1, 0, `const contact = { email: ${fw.body}.email };`, `logger.info(contact, 'contact');`);
  else if (roll < 0.14) lines.splice(1, 0, `logger.info({ headers: ${fw.request}.headers }, 'incoming');`);
  return indent(lines.join('\n'), 4);
}

function routesModule(fw, next, name, file) {
  const lower = name.toLowerCase();
  const parts = [
    fw.header,
    LOGGERS[file % 3],
    `import { ${lower}Service } from './${lower}-service.js';`,
    `import { validate${name}, validate${name}Update } from './${lower}-validation.js';`,
    '',
    `function to${name}View(entity) {`,
    `  return {`,
    `    id: entity.id,`,
    `    name: entity.name,`,
    `    status: entity.status,`,
    `    createdAt: entity.createdAt,`,
    `    updatedAt: entity.updatedAt ?? null,`,
    `  };`,
    `}`,
    '',
  ];
  const methods = ['post', 'get', 'get', 'patch'];
  for (let index = 0; index < 8; index++) {
    const url = `/${lower}s${index % 4 === 1 || index % 4 === 3 ? '/:id' : ''}${index >= 4 ? `/v${index}` : ''}`;
    parts.push(fw.route(methods[index % 4], url, handlerBody(fw, next, name, index)), '');
  }
  parts.push('export default router;');
  return parts.join('\n');
}

function serviceModule(next, name, file) {
  const lower = name.toLowerCase();
  const parts = [
    LOGGERS[(file + 1) % 3],
    `import { ${lower}Repository } from './${lower}-repository.js';`,
    `import { events } from '../events.js';`,
    '',
    `const DEFAULT_STATUS = 'draft';`,
    `const MAX_RETRIES = 3;`,
    '',
    `async function withRetry(task, label) {`,
    `  for (let attempt = 1; attempt <= MAX_RETRIES; attempt++) {`,
    `    try {`,
    `      return await task();`,
    `    } catch (error) {`,
    `      if (attempt === MAX_RETRIES) throw error;`,
    `      logger.warn({ attempt, label, message: error.message }, 'retrying');`,
    `      await new Promise((resolve) => setTimeout(resolve, attempt * 100));`,
    `    }`,
    `  }`,
    `  return undefined;`,
    `}`,
    '',
    `function normalize(input) {`,
    `  const name = String(input.name ?? '').trim();`,
    `  const tags = Array.isArray(input.tags) ? [...new Set(input.tags.map((tag) => tag.toLowerCase()))] : [];`,
    `  return { ...input, name, tags, status: input.status ?? DEFAULT_STATUS };`,
    `}`,
    '',
    `export const ${lower}Service = {`,
    `  async create(input) {`,
    `    const entity = normalize(input);`,
    `    entity.createdAt = new Date().toISOString();`,
    `    const saved = await withRetry(() => ${lower}Repository.insert(entity), 'insert');`,
    `    events.emit('${lower}.created', { id: saved.id });`,
    `    return saved;`,
    `  },`,
    '',
    `  async findById(id) {`,
    `    if (typeof id !== 'string' || id.length === 0) return null;`,
    `    const row = await ${lower}Repository.byId(id);`,
    `    return row ? { ...row, tags: row.tags ? row.tags.split(',') : [] } : null;`,
    `  },`,
    '',
    `  async list({ page, size, sort }) {`,
    `    const offset = (page - 1) * size;`,
    `    const [items, total] = await Promise.all([`,
    `      ${lower}Repository.page({ offset, limit: size, sort }),`,
    `      ${lower}Repository.count(),`,
    `    ]);`,
    `    return { items, total };`,
    `  },`,
    '',
    `  async update(id, changes) {`,
    `    const current = await this.findById(id);`,
    `    if (!current) throw new Error('not found');`,
    `    const next = normalize({ ...current, ...changes });`,
    `    next.updatedAt = new Date().toISOString();`,
    `    const fields = Object.keys(changes).filter((key) => current[key] !== next[key]);`,
    `    if (fields.length === 0) return current;`,
    `    await withRetry(() => ${lower}Repository.update(id, next), 'update');`,
    `    events.emit('${lower}.updated', { id, fields });`,
    `    return next;`,
    `  },`,
    '',
    `  async archiveStale(days) {`,
    `    const cutoff = Date.now() - days * 24 * 60 * 60 * 1000;`,
    `    const stale = await ${lower}Repository.updatedBefore(new Date(cutoff).toISOString());`,
    `    let archived = 0;`,
    `    for (const entity of stale) {`,
    `      if (entity.status === 'archived') continue;`,
    `      await ${lower}Repository.update(entity.id, { ...entity, status: 'archived' });`,
    `      archived += 1;`,
    `    }`,
    `    logger.info({ archived, days }, 'archived stale ${lower}s');`,
    `    return archived;`,
    `  },`,
  ];
  const roll = next();
  if (roll < 0.2) {
    parts.push(
      '',
      `  async connect(settings) {`,
      `    const apiKey = settings.apiKey ?? process.env.${name.toUpperCase()}_API_KEY;`,
      `    logger.debug(\`connecting with \${apiKey}\`);`,
      `    return { connected: true };`,
      `  },`,
    );
  }
  parts.push(`};`);
  return parts.join('\n');
}

function repositoryModule(name) {
  const lower = name.toLowerCase();
  const table = `${lower}s`;
  return [
    `import { pool } from '../db.js';`,
    '',
    `const COLUMNS = ['id', 'name', 'status', 'tags', 'created_at', 'updated_at'];`,
    `const SORTABLE = new Set(['name', 'status', 'createdAt', 'updatedAt']);`,
    '',
    `function toRow(entity) {`,
    `  return {`,
    `    id: entity.id,`,
    `    name: entity.name,`,
    `    status: entity.status,`,
    `    tags: entity.tags.join(','),`,
    `    created_at: entity.createdAt,`,
    `    updated_at: entity.updatedAt ?? null,`,
    `  };`,
    `}`,
    '',
    `function fromRow(row) {`,
    `  return {`,
    `    id: row.id,`,
    `    name: row.name,`,
    `    status: row.status,`,
    `    tags: row.tags,`,
    `    createdAt: row.created_at,`,
    `    updatedAt: row.updated_at,`,
    `  };`,
    `}`,
    '',
    `function orderBy(sort) {`,
    `  const column = SORTABLE.has(sort) ? sort.replace(/[A-Z]/g, (letter) => '_' + letter.toLowerCase()) : 'created_at';`,
    `  return \`ORDER BY \${column} DESC\`;`,
    `}`,
    '',
    `export const ${lower}Repository = {`,
    `  async insert(entity) {`,
    `    const row = toRow({ ...entity, id: crypto.randomUUID() });`,
    `    const keys = Object.keys(row);`,
    `    const placeholders = keys.map((_, index) => \`$\${index + 1}\`).join(', ');`,
    `    const { rows } = await pool.query(\`INSERT INTO ${table} (\${keys.join(', ')}) VALUES (\${placeholders}) RETURNING \${COLUMNS.join(', ')}\`, Object.values(row));`,
    `    return fromRow(rows[0]);`,
    `  },`,
    '',
    `  async byId(id) {`,
    `    const { rows } = await pool.query(\`SELECT \${COLUMNS.join(', ')} FROM ${table} WHERE id = $1\`, [id]);`,
    `    return rows.length > 0 ? fromRow(rows[0]) : null;`,
    `  },`,
    '',
    `  async page({ offset, limit, sort }) {`,
    `    const { rows } = await pool.query(\`SELECT \${COLUMNS.join(', ')} FROM ${table} \${orderBy(sort)} LIMIT $1 OFFSET $2\`, [limit, offset]);`,
    `    return rows.map(fromRow);`,
    `  },`,
    '',
    `  async count() {`,
    `    const { rows } = await pool.query('SELECT count(*) AS n FROM ${table}');`,
    `    return Number(rows[0].n);`,
    `  },`,
    '',
    `  async update(id, entity) {`,
    `    const row = toRow(entity);`,
    `    const keys = Object.keys(row).filter((key) => key !== 'id');`,
    `    const assignments = keys.map((key, index) => \`\${key} = $\${index + 2}\`).join(', ');`,
    `    await pool.query(\`UPDATE ${table} SET \${assignments} WHERE id = $1\`, [id, ...keys.map((key) => row[key])]);`,
    `  },`,
    '',
    `  async updatedBefore(timestamp) {`,
    `    const { rows } = await pool.query(\`SELECT \${COLUMNS.join(', ')} FROM ${table} WHERE updated_at < $1\`, [timestamp]);`,
    `    return rows.map(fromRow);`,
    `  },`,
    `};`,
  ].join('\n');
}

function validationModule(name) {
  return [
    `const NAME_PATTERN = /^[\\w .-]{1,80}$/;`,
    `const STATUSES = ['draft', 'active', 'archived'];`,
    '',
    `function check(errors, condition, field, message) {`,
    `  if (!condition) errors.push({ field, message });`,
    `}`,
    '',
    `export function validate${name}(body) {`,
    `  const errors = [];`,
    `  const value = body ?? {};`,
    `  check(errors, typeof value.name === 'string', 'name', 'is required');`,
    `  check(errors, NAME_PATTERN.test(value.name ?? ''), 'name', 'has invalid characters');`,
    `  check(errors, value.status === undefined || STATUSES.includes(value.status), 'status', 'is unknown');`,
    `  check(errors, value.tags === undefined || Array.isArray(value.tags), 'tags', 'must be a list');`,
    `  if (Array.isArray(value.tags)) {`,
    `    value.tags.forEach((tag, index) => check(errors, typeof tag === 'string' && tag.length <= 32, \`tags[\${index}]\`, 'is too long'));`,
    `  }`,
    `  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: { name: value.name, status: value.status, tags: value.tags ?? [] } };`,
    `}`,
    '',
    `export function validate${name}Update(body) {`,
    `  const errors = [];`,
    `  const value = {};`,
    `  for (const [key, field] of Object.entries(body ?? {})) {`,
    `    if (key === 'name') {`,
    `      check(errors, typeof field === 'string' && NAME_PATTERN.test(field), key, 'is invalid');`,
    `      value.name = field;`,
    `    } else if (key === 'status') {`,
    `      check(errors, STATUSES.includes(field), key, 'is unknown');`,
    `      value.status = field;`,
    `    } else if (key === 'tags') {`,
    `      check(errors, Array.isArray(field), key, 'must be a list');`,
    `      value.tags = field;`,
    `    } else {`,
    `      errors.push({ field: key, message: 'is not allowed' });`,
    `    }`,
    `  }`,
    `  return errors.length > 0 ? { ok: false, errors } : { ok: true, value };`,
    `}`,
  ].join('\n');
}

const NOUNS = ['Order', 'Invoice', 'Customer', 'Product', 'Shipment', 'Ticket', 'Project', 'Report', 'Booking', 'Device'];

/** Writes about `targetLines` lines of layered services into `directory`; returns the line count. */
function generateCorpus(directory, targetLines, seed = 1) {
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(directory, { recursive: true });
  const next = random(seed);
  let lines = 0;
  for (let feature = 0; lines < targetLines; feature++) {
    const name = `${NOUNS[feature % NOUNS.length]}${Math.floor(feature / NOUNS.length) || ''}`;
    const lower = name.toLowerCase();
    const modules = {
      [`${lower}-routes.js`]: routesModule(FRAMEWORKS[feature % 3], next, name, feature),
      [`${lower}-service.js`]: serviceModule(next, name, feature),
      [`${lower}-repository.js`]: repositoryModule(name),
      [`${lower}-validation.js`]: validationModule(name),
    };
    const folder = path.join(directory, `feature-${String(feature).padStart(4, '0')}`);
    mkdirSync(folder, { recursive: true });
    for (const [file, text] of Object.entries(modules)) {
      writeFileSync(path.join(folder, file), `${text}\n`);
      lines += text.split('\n').length + 1;
    }
  }
  return lines;
}

/** The old corpus shape, kept as a stress case: route handlers only, one log call per four lines. */
function handlerOnlyBody(next, index) {
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

function generateDenseCorpus(directory, targetLines, seed = 1) {
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(directory, { recursive: true });
  const next = random(seed);
  let lines = 0;
  for (let file = 0; lines < targetLines; file++) {
    const parts = ["import express from 'express';\nconst router = express.Router();", LOGGERS[file % 3], ''];
    for (let handler = 0; handler < 12; handler++) {
      parts.push(`router.post('/r${file}-${handler}', async (req, res) => {\n${handlerOnlyBody(next, handler)}\n  res.status(201).json({ ok: true });\n});`, '');
    }
    const text = parts.join('\n');
    writeFileSync(path.join(directory, `dense-${String(file).padStart(4, '0')}.js`), text);
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

/** Log calls the plugin recognises in a corpus (untimed), to say how log-heavy it is. */
async function countLogCalls(cwd) {
  let count = 0;
  const counter = {
    rules: {
      count: {
        meta: { type: 'problem', schema: [] },
        create(context) {
          const { analysis, listeners } = useFileAnalysis(context);
          return { ...listeners, 'Program:exit'() { count += analysis.logCalls().length; } };
        },
      },
    },
  };
  const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: [{ files: ['**/*.{js,mjs,cjs,jsx}'], plugins: { counter }, rules: { 'counter/count': 'error' } }, MODULE, TS_PARSER, { files: TS_FILES, plugins: { counter }, rules: { 'counter/count': 'error' } }], cache: false, warnIgnored: false });
  await eslint.lintFiles(['.']);
  return count;
}

const median = (numbers) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)];

/**
 * Times every configuration against its floor on the same files, in the same process.
 *
 * Each configuration gets its own ESLint instance, reused across runs. A separate instance lists
 * the files ESLint lints (ignores respected); their text is read once. A warm-up round then has
 * every configuration lint every file, interleaved file by file in rotating order, and counts its
 * findings: none of the measured instances is the first to see the corpus (measured here, the
 * instance that linted the corpus first stayed about 5% faster than a second, identical one for
 * the rest of the process, so a floor timed against itself came out 1.04-1.06).
 *
 * In every run, each configuration is paired with its floor and the two lint every file back to
 * back, alternating which goes first, so a slow stretch of the machine hits both sides of a pair
 * alike. The cost ratio of a run is the pair's total time over the floor's, and the table shows
 * the median over the runs: the time a user waits, garbage collections included. It also shows a
 * stricter reading: each side's time as the sum over files of its median time for that file. A
 * collection or a stall lands on one file in one run and barely moves a per-file median, so that
 * ratio leaves out most of the floor's own collection time and comes out higher.
 */
async function measure(cwd, list, patterns = ['.'], rounds = runs) {
  const options = { cwd, overrideConfigFile: true, cache: false, allowInlineConfig: false, warnIgnored: false };
  const instances = new Map(list.map((entry) => [entry.name, new ESLint({ ...options, overrideConfig: entry.config })]));
  const listed = await new ESLint({ ...options, overrideConfig: list[0].config }).lintFiles(patterns);
  const files = listed.map((result) => ({ filePath: result.filePath, code: readFileSync(result.filePath, 'utf8') }));
  const findings = new Map(list.map((entry) => [entry.name, 0]));
  for (const [index, file] of files.entries()) {
    for (let offset = 0; offset < list.length; offset++) {
      const entry = list[(index + offset) % list.length];
      const [result] = await instances.get(entry.name).lintText(file.code, { filePath: file.filePath, warnIgnored: false });
      if (!result) continue;
      const fatal = result.messages.find((message) => message.fatal);
      if (fatal) throw new Error(`${fatal.message} (${file.filePath})`);
      findings.set(entry.name, findings.get(entry.name) + result.errorCount + result.warningCount);
    }
  }
  // Per pair and side, every file's times over the runs.
  const pairs = list.filter((entry) => entry.floor).map((entry) => ({ entry, times: [files.map(() => []), files.map(() => [])] }));
  for (let run = 0; run < rounds; run++) {
    for (const { entry, times } of pairs) {
      const pair = [instances.get(entry.floor), instances.get(entry.name)];
      for (const [index, file] of files.entries()) {
        const order = (index + run) % 2 === 0 ? [0, 1] : [1, 0];
        for (const side of order) {
          const started = performance.now();
          await pair[side].lintText(file.code, { filePath: file.filePath, warnIgnored: false });
          times[side][index].push(performance.now() - started);
        }
      }
    }
  }
  const runTotal = (perFile, run) => perFile.reduce((sum, samples) => sum + samples[run], 0);
  const perFileMedians = (perFile) => perFile.reduce((sum, samples) => sum + median(samples), 0);
  const runIndexes = [...Array(rounds).keys()];
  // A floor paired with several configurations is shown with the runs of all its pairs.
  const floorTotals = new Map();
  const rows = new Map();
  for (const { entry, times } of pairs) {
    const totals = runIndexes.map((run) => [runTotal(times[0], run), runTotal(times[1], run)]);
    rows.set(entry.name, {
      ms: median(totals.map(([, ms]) => ms)),
      ratio: median(totals.map(([floor, ms]) => ms / floor)),
      strict: perFileMedians(times[1]) / perFileMedians(times[0]),
    });
    floorTotals.set(entry.floor, [...(floorTotals.get(entry.floor) ?? []), ...totals.map(([floor]) => floor)]);
  }
  return list.map((entry) => ({
    ...entry,
    ms: entry.floor ? rows.get(entry.name).ms : median(floorTotals.get(entry.name) ?? [0]),
    ratio: entry.floor ? rows.get(entry.name).ratio : 1,
    strict: entry.floor ? rows.get(entry.name).strict : 1,
    findings: findings.get(entry.name),
  }));
}

function table(rows, lines) {
  const out = [
    '| Configuration | ms | ms / 1k lines | × floor | × floor, per-file medians | findings |',
    '| :-- | --: | --: | --: | --: | --: |',
  ];
  for (const row of rows) {
    out.push(
      `| ${row.name.trim()}${row.name.startsWith('  ') ? ' (alone)' : ''} | ${row.ms.toFixed(0)} | ${((row.ms / lines) * 1000).toFixed(2)} | ` +
        `${row.ratio.toFixed(3)} | ${row.strict.toFixed(3)} | ${row.findings} |`,
    );
  }
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Typed mode: typescript-eslint's parser with the project service, against one cheap typed rule.
// ---------------------------------------------------------------------------------------------

/** The typed corpus: the same layered features in TypeScript, with their own types. */
function generateTypedCorpus(directory, targetLines) {
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(path.join(directory, 'src'), { recursive: true });
  writeFileSync(
    path.join(directory, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'ES2022', moduleResolution: 'Bundler', strict: true, noEmit: true, types: [] }, include: ['src'] }),
  );
  const shared = [
    'export interface Logger {',
    '  info(obj: unknown, msg?: string): void;',
    '  warn(obj: unknown, msg?: string): void;',
    '  error(obj: unknown, msg?: string): void;',
    '  debug(obj: unknown, msg?: string): void;',
    '}',
    'export declare const logger: Logger;',
    'export interface Request { body: unknown; params: Record<string, string>; query: Record<string, string | undefined>; headers: Record<string, string> }',
    'export interface Response { status(code: number): Response; json(value: unknown): void }',
    'export interface Router { get(path: string, handler: (req: Request, res: Response) => Promise<void>): void; post(path: string, handler: (req: Request, res: Response) => Promise<void>): void }',
    'export declare const router: Router;',
    'export interface Pool { query<T>(sql: string, values?: unknown[]): Promise<{ rows: T[] }> }',
    'export declare const pool: Pool;',
    'export interface Address { street: string; city: string; postcode: string }',
    'export interface Owner { id: string; email: string; phone: string; address: Address; createdAt: string }',
  ].join('\n');
  writeFileSync(path.join(directory, 'src/shared.ts'), `${shared}\n`);
  let lines = shared.split('\n').length + 1;
  for (let feature = 0; lines < targetLines; feature++) {
    const name = `${NOUNS[feature % NOUNS.length]}${Math.floor(feature / NOUNS.length) || ''}`;
    const lower = name.toLowerCase();
    const leak = feature % 5 === 0;
    const text = [
      "import { logger, pool, router, type Owner, type Request, type Response } from './shared';",
      '',
      `export type ${name}Status = 'draft' | 'active' | 'archived';`,
      '',
      `export interface ${name} {`,
      '  id: string;',
      '  name: string;',
      `  status: ${name}Status;`,
      '  total: number;',
      '  tags: string[];',
      '  owner: Owner;',
      '  createdAt: string;',
      '  updatedAt: string | null;',
      '}',
      '',
      `export interface ${name}Input {`,
      '  name: string;',
      `  status?: ${name}Status;`,
      '  tags?: string[];',
      '}',
      '',
      `interface ${name}Row {`,
      '  id: string;',
      '  name: string;',
      '  status: string;',
      '  total: string;',
      '  tags: string;',
      '  created_at: string;',
      '  updated_at: string | null;',
      '}',
      '',
      `function from${name}Row(row: ${name}Row, owner: Owner): ${name} {`,
      '  return {',
      '    id: row.id,',
      '    name: row.name,',
      `    status: row.status as ${name}Status,`,
      '    total: Number(row.total),',
      "    tags: row.tags ? row.tags.split(',') : [],",
      '    owner,',
      '    createdAt: row.created_at,',
      '    updatedAt: row.updated_at,',
      '  };',
      '}',
      '',
      `export function validate${name}(body: unknown): { ok: true; value: ${name}Input } | { ok: false; errors: string[] } {`,
      '  const errors: string[] = [];',
      "  const value = (typeof body === 'object' && body !== null ? body : {}) as Partial<" + name + 'Input>;',
      "  if (typeof value.name !== 'string' || value.name.length === 0) errors.push('name is required');",
      "  if (value.tags !== undefined && !Array.isArray(value.tags)) errors.push('tags must be a list');",
      "  if (value.status !== undefined && !['draft', 'active', 'archived'].includes(value.status)) errors.push('status is unknown');",
      '  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: value as ' + name + 'Input };',
      '}',
      '',
      `export class ${name}Service {`,
      '  private readonly cache = new Map<string, ' + name + '>();',
      '',
      `  async create(input: ${name}Input, owner: Owner): Promise<${name}> {`,
      `    const { rows } = await pool.query<${name}Row>('INSERT INTO ${lower}s (name, status, tags) VALUES ($1, $2, $3) RETURNING *', [`,
      '      input.name,',
      "      input.status ?? 'draft',",
      "      (input.tags ?? []).join(','),",
      '    ]);',
      `    const created = from${name}Row(rows[0]!, owner);`,
      '    this.cache.set(created.id, created);',
      `    logger.info({ id: created.id, status: created.status }, '${lower} created');`,
      '    return created;',
      '  }',
      '',
      `  async findById(id: string, owner: Owner): Promise<${name} | null> {`,
      '    const cached = this.cache.get(id);',
      '    if (cached) {',
      `      logger.debug({ id, cached: true }, '${lower} cache hit');`,
      '      return cached;',
      '    }',
      `    const { rows } = await pool.query<${name}Row>('SELECT * FROM ${lower}s WHERE id = $1', [id]);`,
      `    return rows.length > 0 ? from${name}Row(rows[0]!, owner) : null;`,
      '  }',
      '',
      `  async totals(owner: Owner): Promise<{ count: number; sum: number }> {`,
      `    const { rows } = await pool.query<${name}Row>('SELECT * FROM ${lower}s WHERE owner_id = $1', [owner.id]);`,
      `    const items = rows.map((row) => from${name}Row(row, owner));`,
      '    const sum = items.reduce((acc, item) => acc + item.total, 0);',
      '    if (sum > 10_000) {',
      leak ? `      logger.warn({ owner, sum }, 'large account');` : `      logger.warn({ ownerId: owner.id, sum }, 'large account');`,
      '    }',
      '    return { count: items.length, sum };',
      '  }',
      '}',
      '',
      `const ${lower}Service = new ${name}Service();`,
      '',
      `router.post('/${lower}s', async (req: Request, res: Response) => {`,
      `  const input = validate${name}(req.body);`,
      '  if (!input.ok) {',
      '    res.status(400).json({ errors: input.errors });',
      '    return;',
      '  }',
      `  const owner: Owner = { id: req.params['ownerId'] ?? '', email: '', phone: '', address: { street: '', city: '', postcode: '' }, createdAt: '' };`,
      `  const created = await ${lower}Service.create(input.value, owner);`,
      '  res.status(201).json({ id: created.id, name: created.name, status: created.status });',
      '});',
      '',
      `router.get('/${lower}s/:id', async (req: Request, res: Response) => {`,
      `  const owner: Owner = { id: req.query['owner'] ?? '', email: '', phone: '', address: { street: '', city: '', postcode: '' }, createdAt: '' };`,
      `  const found = await ${lower}Service.findById(req.params['id'] ?? '', owner);`,
      '  if (!found) {',
      `    logger.info({ id: req.params['id'] }, '${lower} not found');`,
      "    res.status(404).json({ error: 'not found' });",
      '    return;',
      '  }',
      '  res.status(200).json({ id: found.id, name: found.name, total: found.total });',
      '});',
    ].join('\n');
    writeFileSync(path.join(directory, `src/${lower}.ts`), `${text}\n`);
    lines += text.split('\n').length + 1;
  }
  return lines;
}

/**
 * The typed floor's one typed rule. `no-floating-promises` is the typed rule projects turn on
 * first, and it asks the checker about every expression statement: with it the floor costs about
 * what type-aware linting costs over plain parsing (2.0x measured on the typed corpus), and the checker has
 * already worked out the file's types when the plugin asks about them, as in any real typed setup.
 */
const TYPED_FLOOR_RULE = '@typescript-eslint/no-floating-promises';
/**
 * The bare floor's rule, `no-for-in-array`, almost never asks the checker anything: against it the
 * plugin pays for every type the checker works out on its behalf. The stricter reading.
 */
const BARE_FLOOR_RULE = '@typescript-eslint/no-for-in-array';

/** A typed floor's config: the project service and one typed rule. */
function typedConfig(directory, rule = TYPED_FLOOR_RULE) {
  return {
    files: TS_FILES,
    languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true, tsconfigRootDir: directory } },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: { [rule]: 'error' },
  };
}

const TYPED_FLOOR = 'typed floor: project service + no-floating-promises';
const BARE_FLOOR = 'bare typed floor: project service + no-for-in-array';

async function measureTyped(directory) {
  const typed = typedConfig(directory);
  const bare = typedConfig(directory, BARE_FLOOR_RULE);
  const list = [
    { name: TYPED_FLOOR, config: [typed] },
    { name: 'typed + recommended', config: [plugin.configs.recommended[0], typed], floor: TYPED_FLOOR },
    // Control: the floor against a second instance of itself. Its distance from 1.000 is what
    // this machine's noise alone does to a ratio measured this way.
    { name: 'control: the floor again, no plugin', config: [typed], floor: TYPED_FLOOR },
    { name: BARE_FLOOR, config: [bare] },
    { name: 'bare typed floor + recommended', config: [plugin.configs.recommended[0], bare], floor: BARE_FLOOR },
  ];
  // The ESLint instances are reused across runs and share typescript-eslint's project service,
  // so the program is built once and every timed run measures linting, not building it.
  return measure(directory, list, ['src'], TYPED_RUNS);
}

/**
 * Typed mode the way a CI job or pre-commit hook runs it: a fresh process builds the program and
 * lints every file once. Each run starts one process per configuration (alternating which goes
 * first) and times `lintFiles`, program build included: both typed floors with and without the
 * plugin, the typed floor again as a control, and plain parsing without types.
 */
function measureTypedCold(directory, rounds) {
  const kinds = ['floor', 'plugin', 'control', 'plain', 'bare', 'bare-plugin'];
  // Each measured kind and the floor it is compared with.
  const pairs = { plugin: 'floor', control: 'floor', 'bare-plugin': 'bare' };
  const ratios = { ...Object.fromEntries(Object.keys(pairs).map((kind) => [kind, []])), floorOverPlain: [], bareOverPlain: [] };
  // CPU time of the process as well: on a shared machine it moves less than wall time.
  const cpuRatios = Object.fromEntries(Object.keys(pairs).map((kind) => [kind, []]));
  const times = Object.fromEntries(kinds.map((kind) => [kind, []]));
  let findings = 0;
  for (let run = 0; run < rounds; run++) {
    const order = run % 2 === 0 ? kinds : [...kinds].reverse();
    const ms = {};
    const cpu = {};
    for (const kind of order) {
      const child = spawnSync(process.execPath, [process.argv[1], '--cold-child', kind === 'control' ? 'floor' : kind, '--dir', directory], {
        encoding: 'utf8',
      });
      if (child.status !== 0) throw new Error(`cold typed run failed: ${child.stderr}`);
      const result = JSON.parse(child.stdout.trim().split('\n').at(-1));
      ms[kind] = result.ms;
      cpu[kind] = result.cpuMs;
      if (kind === 'plugin') findings = result.findings;
    }
    for (const kind of kinds) times[kind].push(ms[kind]);
    for (const [kind, floor] of Object.entries(pairs)) {
      ratios[kind].push(ms[kind] / ms[floor]);
      cpuRatios[kind].push(cpu[kind] / cpu[floor]);
    }
    ratios.floorOverPlain.push(ms.floor / ms.plain);
    ratios.bareOverPlain.push(ms.bare / ms.plain);
  }
  return {
    floor: median(times.floor),
    plugin: median(times.plugin),
    ratio: median(ratios.plugin),
    control: median(ratios.control),
    cpuRatio: median(cpuRatios.plugin),
    cpuControl: median(cpuRatios.control),
    bare: median(times.bare),
    barePlugin: median(times['bare-plugin']),
    bareRatio: median(ratios['bare-plugin']),
    bareCpuRatio: median(cpuRatios['bare-plugin']),
    floorOverPlain: median(ratios.floorOverPlain),
    bareOverPlain: median(ratios.bareOverPlain),
    findings,
  };
}

async function coldChild(kind, directory) {
  const configs = {
    floor: [typedConfig(directory)],
    plugin: [plugin.configs.recommended[0], typedConfig(directory)],
    bare: [typedConfig(directory, BARE_FLOOR_RULE)],
    'bare-plugin': [plugin.configs.recommended[0], typedConfig(directory, BARE_FLOOR_RULE)],
    // The same files parsed by typescript-eslint without types: what a typed floor costs on its own.
    plain: [{ files: TS_FILES, languageOptions: { parser: tseslint.parser } }],
  };
  if (!Object.hasOwn(configs, kind)) throw new Error(`unknown cold run '${kind}'`);
  const eslint = new ESLint({ cwd: directory, overrideConfigFile: true, overrideConfig: configs[kind], cache: false });
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const results = await eslint.lintFiles(['src']);
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuStarted);
  const findings = results.reduce((sum, result) => sum + result.errorCount + result.warningCount, 0);
  console.log(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, findings }));
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
    // One untimed round first: the first verify of a new shape of code pays for compiling.
    linter.verify(file.code, [FLOOR, MODULE], 'file.js');
    let messages = linter.verify(file.code, [...plugin.configs.recommended, MODULE], 'file.js');
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

if (values['cold-child']) {
  await coldChild(values['cold-child'], path.resolve(values.dir));
  process.exit(0);
}

const work = path.join(tmpdir(), 'secure-logging-bench');
if (values.only !== 'typed') await measureUntyped();
if (!values['skip-typed'] && values.only !== 'untyped') await measureTypedMode();
if (values.only !== 'typed') {
  console.log('\nPathological files (Linter, recommended vs floor):\n');
  console.log(timePathological());
}

async function measureUntyped() {
  const corpus = values.dir ? path.resolve(values.dir) : path.join(work, 'corpus');
  let lines;
  if (values.dir) {
    lines = countLines(corpus);
  } else {
    lines = generateCorpus(corpus, Math.round(200_000 * scale));
  }
  const logCalls = await countLogCalls(corpus);
  console.log(
    `Corpus: ${values.dir ? corpus : 'synthetic'}, ${lines.toLocaleString('en')} lines, ${logCalls.toLocaleString('en')} log calls ` +
      `(one per ${(lines / Math.max(logCalls, 1)).toFixed(0)} lines); median of ${runs} run(s).\n`,
  );
  const rows = await measure(corpus, configurations());
  console.log(table(rows, lines));

  const recommended = rows.find((row) => row.name === 'recommended');
  const ratio = recommended.ratio;
  console.log(
    `\nrecommended: ${ratio.toFixed(3)}x the floor (target 1.10x): ${ratio <= 1.1 ? 'met' : 'NOT met'}; ` +
      `by per-file medians ${recommended.strict.toFixed(3)}x (${recommended.strict <= 1.1 ? 'met' : 'NOT met'}).`,
  );

  if (!values.dir) {
    const small = path.join(work, 'corpus-tenth');
    const smallLines = generateCorpus(small, Math.round(20_000 * scale));
    const [smallFloor, smallRow] = await measure(small, configurations().slice(0, 2));
    const growth = recommended.ms / smallRow.ms;
    const floorGrowth = rows[0].ms / smallFloor.ms;
    // The two corpora are timed minutes apart, and a shared machine's speed drifts in between: the
    // floor's own growth shows that drift, and the plugin's ratio over the floor cancels it.
    console.log(
      `\nScaling: ${smallLines.toLocaleString('en')} lines ${smallRow.ms.toFixed(0)} ms, ${lines.toLocaleString('en')} lines ${recommended.ms.toFixed(0)} ms: ` +
        `${(lines / smallLines).toFixed(1)}x the lines cost ${growth.toFixed(1)}x the time (the floor alone ${floorGrowth.toFixed(1)}x); ` +
        `the cost over the floor went from ${smallRow.ratio.toFixed(3)}x to ${recommended.ratio.toFixed(3)}x.`,
    );

    // Stress: route handlers and nothing else, far more log calls per line than real code.
    const dense = path.join(work, 'dense');
    const denseLines = generateDenseCorpus(dense, Math.round(20_000 * scale));
    const denseCalls = await countLogCalls(dense);
    const denseRows = await measure(dense, configurations().slice(0, 2), ['.'], SHORT_RUNS);
    console.log(
      `\nStress, log-dense handlers: ${denseLines.toLocaleString('en')} lines, ${denseCalls.toLocaleString('en')} log calls ` +
        `(one per ${(denseLines / Math.max(denseCalls, 1)).toFixed(0)} lines); median of ${SHORT_RUNS} runs:\n`,
    );
    console.log(table(denseRows, denseLines));
  }
}

async function measureTypedMode() {
  const typedDirectory = path.join(work, 'typed');
  const typedLines = generateTypedCorpus(typedDirectory, Math.round(20_000 * scale));
  const typedRows = await measureTyped(typedDirectory);
  const typedCalls = await countLogCalls(typedDirectory);
  console.log(
    `\nTyped mode (${typedLines.toLocaleString('en')} lines of TypeScript, ${typedCalls.toLocaleString('en')} log calls, ` +
      `one per ${(typedLines / Math.max(typedCalls, 1)).toFixed(0)} lines; program built once; median of ${TYPED_RUNS} runs):\n`,
  );
  console.log(table(typedRows, typedLines));
  const typedRatio = typedRows[1].ratio;
  const control = typedRows[2].ratio;
  const bareRow = typedRows[4];
  console.log(
    `\ntyped: ${typedRatio.toFixed(3)}x the typed floor (target 1.05x): ${typedRatio <= 1.05 ? 'met' : 'NOT met'}; ` +
      `by per-file medians ${typedRows[1].strict.toFixed(3)}x (${typedRows[1].strict <= 1.05 ? 'met' : 'NOT met'}); ` +
      `the control (no plugin) measured ${control.toFixed(3)}x (per-file medians ${typedRows[2].strict.toFixed(3)}x), ` +
      `so differences of ${Math.abs(control - 1).toFixed(3)} are noise. ` +
      `Against the bare floor: ${bareRow.ratio.toFixed(3)}x (per-file medians ${bareRow.strict.toFixed(3)}x).`,
  );
  const cold = measureTypedCold(typedDirectory, SHORT_RUNS);
  console.log(
    `\nTyped mode, cold (a CI run: a fresh process builds the program and lints every file once; median of ${SHORT_RUNS} runs): ` +
      `floor ${cold.floor.toFixed(0)} ms, with the plugin ${cold.plugin.toFixed(0)} ms, ${cold.findings} findings: ${cold.ratio.toFixed(3)}x the typed floor ` +
      `(target 1.05x): ${cold.ratio <= 1.05 ? 'met' : 'NOT met'}; the control (no plugin) measured ${cold.control.toFixed(3)}x. ` +
      `By CPU time: ${cold.cpuRatio.toFixed(3)}x, control ${cold.cpuControl.toFixed(3)}x. ` +
      `The typed floor itself costs ${cold.floorOverPlain.toFixed(2)}x parsing the same files without types. ` +
      `Against the bare floor (${cold.bareOverPlain.toFixed(2)}x plain parsing; ${cold.bare.toFixed(0)} ms, with the plugin ${cold.barePlugin.toFixed(0)} ms): ` +
      `${cold.bareRatio.toFixed(3)}x, by CPU time ${cold.bareCpuRatio.toFixed(3)}x.`,
  );
}
