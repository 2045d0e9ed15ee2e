import rule, { type Options } from '../../rules/no-log-injection.js';
import { createRuleTester } from '../support/rule-tester.js';

const ruleTester = createRuleTester();
const IMPORT = "import { logSafe } from '@secure-logging/redact';";

type Invalid = Parameters<typeof ruleTester.run<'injection' | 'wrapInLogSafe', Options>>[2]['invalid'][number];

/** Wraps `code` in an Express route handler `(req, res) => { … }`. */
const express = (code: string): string => `app.get('/x', (req, res) => { ${code} });`;

/**
 * One report on `value` in `code` (which holds `VALUE`), named `name`, with the suggestion that
 * wraps it in logSafe() and imports it. Injection has no autofix: the output is the code itself.
 */
function injected(label: string, code: string, value: string, name: string, options: { callee?: string; through?: string; prefix?: string } = {}): Invalid {
  const prefix = options.prefix ?? '';
  const before = `${prefix}${code.replace('VALUE', value)}`;
  // The import goes after the file's last import, or first.
  const lines = prefix.split('\n');
  const last = lines.map((line) => line.startsWith('import ')).lastIndexOf(true);
  const importLine = last < 0 ? `${IMPORT}\n${prefix}` : [...lines.slice(0, last + 1), IMPORT, ...lines.slice(last + 1)].join('\n');
  return {
    name: label,
    code: before,
    output: null,
    errors: [
      {
        messageId: 'injection',
        data: { name, callee: options.callee ?? 'console.log', through: options.through ?? '' },
        suggestions: [{ messageId: 'wrapInLogSafe', output: `${importLine}${code.replace('VALUE', `logSafe(${value})`)}` }],
      },
    ],
  };
}

const WINSTON_SIMPLE = "import winston from 'winston';\nconst logger = winston.createLogger({ format: winston.format.simple(), transports: [new winston.transports.Console()] });\n";
const WINSTON_JSON = "import winston from 'winston';\nconst logger = winston.createLogger({ format: winston.format.json(), transports: [new winston.transports.Console()] });\n";

ruleTester.run('no-log-injection', rule, {
  valid: [
    // JSON loggers escape line breaks.
    `import pino from 'pino';\nconst logger = pino();\n${express('logger.info(`search for ${req.query.q}`);')}`,
    `import bunyan from 'bunyan';\nconst log = bunyan.createLogger({ name: 'app' });\n${express('log.info(req.query.q);')}`,
    `${WINSTON_JSON}${express('logger.info(req.query.q);')}`,
    // winston's text formats write metadata as JSON: only the message counts.
    `${WINSTON_SIMPLE}${express("logger.info('search', { q: req.query.q });")}`,
    // A logger known only by its name: its format is unknown.
    express('logger.info(`search for ${req.query.q}`);'),
    // Neutralised: escaped, encoded, replaced, numbers, our runtime, enum validation.
    express('console.log(`search for ${JSON.stringify(req.query.q)}`);'),
    express('console.log(encodeURIComponent(req.query.q));'),
    express("console.log(String(req.query.q).replace(/[\\r\\n]/g, ''));"),
    express("console.log(req.query.q.replace(/\\s+/g, ' '));"),
    express("console.log(req.query.q.replace(/[^\\w-]/g, ''));"),
    express("console.log(req.query.q.replace(/\\n/g, '').replace(/\\r/g, ''));"),
    express("console.log(req.query.q.replaceAll('\\n', ' ').replaceAll('\\r', ' '));"),
    express('console.log(Number(req.query.page), parseInt(req.params.id, 10));'),
    `${IMPORT}\n${express('console.log(`search for ${logSafe(req.query.q)}`);')}`,
    express("console.log(z.enum(['asc', 'desc']).parse(req.query.sort));"),
    express('console.log(util.inspect(req.headers.referer));'),
    express('console.log(sanitize(req.body.name));'),
    // Inside an object or array, console prints the string quoted and escaped.
    express('console.log({ q: req.query.q }, [req.params.id]);'),
    // The containers themselves are printed escaped; fields that are not the client's text.
    express('console.log(req.query, req.headers, req.method, req.ip);'),
    // HTTP lets neither a header nor the raw URL carry a line break or a control character.
    express("console.log(req.headers['user-agent'], req.get('Referer'), req.originalUrl, req.path);"),
    // In AWS Lambda, console writes each call as one log event, line breaks inside it.
    'export const handler = async (event) => { console.log(JSON.parse(event.body).name, event.queryStringParameters.q); };',
    // A Lambda body as sent is JSON or form-encoded text, its line breaks escaped.
    "export const handler = async (event) => { console.log(event.headers.Host, event.rawPath, event.body); };",
    // A module of the project's own named request: its get() is not a header read.
    "import request from './request.js';\nasync function f(url) { const { response } = await request.get(url); console.log(response); }",
    express('console.log(`${req.query.q.length} characters`);'),
    // Not a request.
    "function f(options) { console.log(options.query.q); }\nmap.get('k', (a, b) => { console.log(a.query.q); });",
    "const q = 'fixed';\nconsole.log(q);",
    // Development only, under recommended.
    express("if (process.env.NODE_ENV !== 'production') console.log(req.query.q);"),
    // Ignored by option.
    { code: express('console.log(req.query.q);'), options: [{ ignore: ['req.query.q'] }] },
  ],
  invalid: [
    injected('console.log of a query parameter', express('console.log(VALUE);'), 'req.query.q', 'req.query.q'),
    injected('in a template', express('console.warn(`search for ${VALUE}`);'), 'req.query.q', 'req.query.q', { callee: 'console.warn' }),
    injected('concatenated', express("console.error('bad id ' + VALUE);"), 'req.params.id', 'req.params.id', { callee: 'console.error' }),
    injected('a cookie', express('console.info(VALUE);'), 'req.cookies.theme', 'req.cookies.theme', { callee: 'console.info' }),
    injected('a body field, destructured', "app.post('/x', (req, res) => { const { name } = req.body;\nconsole.log(VALUE); });", 'name', 'req.body.name', {
      through: ' through `name` (line 1)',
    }),
    injected('Koa', 'app.use(async (ctx, next) => { console.log(VALUE); });', 'ctx.query.q', 'ctx.query.q'),
    injected(
      'a field of a Lambda event body, through winston writing text to stdout',
      'export const handler = async (event) => { logger.info(VALUE); };',
      'JSON.parse(event.body).name',
      'event.body.name',
      { callee: 'logger.info', prefix: WINSTON_SIMPLE },
    ),
    injected('winston with a text format: the message', express('logger.info(`search for ${VALUE}`);'), 'req.query.q', 'req.query.q', {
      callee: 'logger.info',
      prefix: WINSTON_SIMPLE,
    }),
    injected(
      'winston with printf through a constant',
      express('logger.warn(VALUE);'),
      'req.query.q',
      'req.query.q',
      {
        callee: 'logger.warn',
        prefix:
          "import { createLogger, format, transports } from 'winston';\nconst line = format.printf((info) => `${info.level} ${info.message}`);\nconst logger = createLogger({ format: format.combine(format.timestamp(), line), transports: [new transports.Console()] });\n",
      },
    ),
    // A replace that leaves CR, or changes the first line break only.
    injected('a replace of LF only', express("console.log(VALUE.replace(/\\n/g, ''));"), 'req.query.q', 'req.query.q'),
    injected('a replace without g', express("console.log(VALUE.replace(/[\\r\\n]/, ''));"), 'req.query.q', 'req.query.q'),
    // A local helper that writes its parameter.
    {
      name: 'through a local helper',
      code: "function audit(message) { console.log(`[audit] ${message}`); }\napp.get('/x', (req, res) => { audit(req.query.q); });",
      output: null,
      errors: [
        {
          messageId: 'injection',
          data: { name: 'req.query.q', callee: 'audit', through: '' },
          suggestions: [
            {
              messageId: 'wrapInLogSafe',
              output: `${IMPORT}\nfunction audit(message) { console.log(\`[audit] \${message}\`); }\napp.get('/x', (req, res) => { audit(logSafe(req.query.q)); });`,
            },
          ],
        },
      ],
    },
    // strict reports development branches too.
    {
      code: express("if (process.env.NODE_ENV !== 'production') console.log(req.query.q);"),
      options: [{ reportInDevelopment: true }],
      output: null,
      errors: [
        {
          messageId: 'injection',
          data: { name: 'req.query.q', callee: 'console.log', through: '' },
          suggestions: [
            { messageId: 'wrapInLogSafe', output: `${IMPORT}\n${express("if (process.env.NODE_ENV !== 'production') console.log(logSafe(req.query.q));")}` },
          ],
        },
      ],
    },
  ],
});
