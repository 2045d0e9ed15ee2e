import { describe, expect, it } from 'vitest';
import { withAnalysis } from '../../support/engine-harness.js';

/** `name → callee` of every request-controlled string written into a text log of `code`. */
function injections(code: string): string[] {
  return withAnalysis(code, {}, (analysis) => analysis.injections().map((finding) => `${finding.flow.origin.name} → ${finding.call.callee}`));
}

const route = (body: string): string => `app.get('/x', (req, res) => { ${body} });`;

describe('log injection: sources, sinks and neutralisers', () => {
  it.each<[string, string, string[]]>([
    // Sources.
    ['query field', route('console.log(req.query.q);'), ['req.query.q → console.log']],
    ['deep body field', route('console.log(req.body.user.name);'), ['req.body.user.name → console.log']],
    ['a route parameter and a cookie', route('console.log(req.params.id, req.cookies.theme);'), ['req.params.id → console.log', 'req.cookies.theme → console.log']],
    ['Koa ctx.request and ctx.query', 'app.use(async (ctx, next) => { console.log(ctx.request.body.name, ctx.query.q); });', ['ctx.request.body.name → console.log', 'ctx.query.q → console.log']],
    ['Egg this.ctx, a text logger', 'class C extends Controller { async index() { this.ctx.logger.info(this.ctx.query.q); } }', ['this.ctx.query.q → this.ctx.logger.info']],
    ['Lambda: a parsed body field, a query parameter; not the body as sent', `import log4js from 'log4js';\nconst log = log4js.getLogger();\nexport const handler = async (event) => { log.info(event.body, JSON.parse(event.body).note, event.queryStringParameters.q); };`, ['event.body.note → log.info', 'event.queryStringParameters.q → log.info']],
    ['Lambda: console writes one event per call', 'export const handler = async (event) => { console.log(JSON.parse(event.body).note); };', []],
    // Not sources: HTTP lets neither a header nor the raw URL carry a line break.
    ['headers and the raw URL', route("console.log(req.headers.referer, req.get('User-Agent'), req.originalUrl, req.path.split('/')[1]);"), []],
    ['containers, method, ip, length', route('console.log(req.query, req.body, req.method, req.ip, req.query.q.length);'), []],
    ['a Koa response body', 'app.use(async (ctx, next) => { console.log(ctx.body); });', []],
    ['an HTTP client response', "async function f() { const r = await axios.get('/x'); console.log(r.data.name); }", []],
    // Sinks.
    ['inside an object or array', route('console.log({ q: req.query.q }, [req.query.q]);'), []],
    ['a template and a concatenation', route("console.log(`q=${req.query.q}`, 'id ' + req.params.id);"), ['req.query.q → console.log', 'req.params.id → console.log']],
    ['pino writes JSON', `import pino from 'pino';\nconst log = pino();\n${route('log.info(req.query.q);')}`, []],
    ['winston json by default, simple()', `import winston from 'winston';\nconst a = winston.createLogger({});\nconst b = winston.createLogger({ format: winston.format.simple() });\n${route('a.info(req.query.q); b.info(req.query.q); b.info("m", req.query.q);')}`, ['req.query.q → b.info']],
    ['a local helper', `function note(text) { console.warn('note: ' + text); }\n${route('note(req.query.q);')}`, ['req.query.q → note']],
    // Neutralisers.
    ['JSON.stringify, encodeURIComponent, Number', route('console.log(JSON.stringify(req.query.q), encodeURIComponent(req.query.q), Number(req.query.n));'), []],
    ['a CR/LF replace', route("console.log(req.query.q.replace(/[\\r\\n]+/g, ' '));"), []],
    ['a replace chain of one character each', route("console.log(req.query.q.replaceAll('\\r', '').replaceAll('\\n', ''));"), []],
    ['a replace of CRLF pairs only', route("console.log(req.query.q.replaceAll('\\r\\n', ''));"), ['req.query.q → console.log']],
    ['a replace of other characters', route("console.log(req.query.q.replace(/</g, '&lt;'));"), ['req.query.q → console.log']],
    // A validator's result is not followed: an enum, a number or a format constrains it.
    ['a zod enum', route("console.log(z.enum(['a', 'b']).parse(req.query.sort));"), []],
    ['logSafe', route('console.log(logSafe(req.query.q));'), []],
  ])('%s', (_name, code, expected) => {
    expect(injections(code)).toEqual(expected);
  });
});
