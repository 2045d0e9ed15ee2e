import { describe, expect, it } from 'vitest';
import {
  CONVENTIONAL_NAMES,
  FIELDS_ONLY_SHAPES,
  HTTP_CLIENTS,
  NEST_DECORATORS,
  SERIALIZER_KEEPS,
  SHAPES,
  STANDARD_SERIALIZERS,
  type ShapeName,
} from '../../../src/sources/catalog.js';
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { catchRoot, httpClientShape, matchPayload } from '../../../src/sources/payloads.js';
import { withAnalysis, type HarnessOptions } from '../../support/engine-harness.js';

const shapeNames = Object.keys(SHAPES) as ShapeName[];

describe('payload catalogue', () => {
  it.each(shapeNames)('shape %s: every field is a payload, a strict payload or another shape', (name) => {
    const shape = SHAPES[name];
    expect(shape.label.length).toBeGreaterThan(0);
    for (const target of Object.values(shape.fields)) {
      expect(target === 'payload' || target === 'strict' || shapeNames.includes(target)).toBe(true);
    }
    // A shape logged whole must say what makes it clean.
    if (shape.whole && name !== 'body') expect(shape.sensitiveParts.length).toBeGreaterThan(0);
  });

  it('names, clients and decorators point at known shapes', () => {
    for (const shape of [...Object.values(CONVENTIONAL_NAMES), ...Object.values(FIELDS_ONLY_SHAPES), ...Object.values(HTTP_CLIENTS)]) {
      expect(shapeNames).toContain(shape);
    }
    for (const decorator of Object.values(NEST_DECORATORS)) expect(shapeNames).toContain(decorator.shape);
  });

  it('every standard serializer kind says what it keeps', () => {
    for (const kind of Object.values(STANDARD_SERIALIZERS)) expect(SERIALIZER_KEEPS[kind]).toBeDefined();
    expect(SERIALIZER_KEEPS['std-req']).toEqual(['headers.authorization', 'headers.cookie']);
    expect(SERIALIZER_KEEPS['fastify-req']).toEqual([]);
  });
});

describe('matchPayload', () => {
  it.each<[ShapeName, boolean, string[], string | null, boolean?]>([
    ['request', true, [], 'request'],
    ['request', true, ['body'], 'request body'],
    ['request', true, ['headers'], 'request headers'],
    ['request', true, ['cookies'], 'request cookies'],
    ['request', true, ['query'], 'request query', true],
    ['request', true, ['originalUrl'], 'request originalUrl', true],
    ['request', true, ['method'], null],
    ['request', true, ['ip'], null],
    ['request', true, ['body', 'password'], null],
    ['request', true, ['headers', 'user-agent'], null],
    ['request', true, ['*'], null],
    ['request', true, ['raw'], 'request'],
    ['request', false, [], null],
    ['request', false, ['body'], 'request body'],
    ['context', true, [], 'Koa context'],
    ['context', true, ['request', 'body'], 'request body'],
    ['context', true, ['request', 'method'], null],
    ['context', true, ['query'], 'Koa context query', true],
    ['response', true, [], 'response'],
    ['response', true, ['statusCode'], null],
    ['event', true, [], null],
    ['event', true, ['body'], 'Lambda event body'],
    ['event', true, ['requestContext'], null],
    ['clientResponse', true, ['data'], 'HTTP client response body'],
    ['clientResponse', true, ['status'], null],
    ['clientResponse', true, ['config'], 'HTTP client response config'],
    ['clientResponse', false, [], null],
    ['fetchResponse', true, [], null],
    ['fetchResponse', true, ['#body'], 'fetch response body'],
    ['fetchResponse', true, ['headers'], null],
    ['fetchResponse', true, ['headers', '#raw'], 'fetch response headers'],
    ['fetchResponse', true, ['headers', '#entries'], 'fetch response headers'],
    ['fetchResponse', true, ['headers', 'etag'], null],
    ['fetchHeaders', true, [], null],
    ['clientError', true, [], 'HTTP client error'],
    ['clientError', false, [], null],
    ['clientError', false, ['response', 'data'], 'HTTP client response body'],
    ['clientError', false, ['message'], null],
  ])('%s (whole %s) at %j → %s', (shape, whole, path, label, strictOnly = false) => {
    const match = matchPayload({ shape, prefix: [], whole }, path);
    expect(match?.label ?? null).toBe(label);
    if (match) expect(match.strictOnly).toBe(strictOnly);
  });

  it('a prefix reads from inside the holder: @Body() is the body, @Body("email") one field', () => {
    expect(matchPayload({ shape: 'request', prefix: ['body'], whole: true }, [])?.label).toBe('request body');
    expect(matchPayload({ shape: 'request', prefix: ['body', '?'], whole: true }, [])).toBeNull();
  });
});

/** The payloads the engine finds in `code`, as `name @line`. */
function payloads(code: string, options: HarnessOptions = {}): string[] {
  return withAnalysis(code, options, (analysis) =>
    analysis
      .leaks()
      .filter((finding) => finding.flow.origin.category === 'payload')
      .map((finding) => `${finding.flow.origin.name} @${String(finding.call.node.loc.start.line)}`),
  );
}

describe('payload sources through the engine', () => {
  it.each<[string, string, string[]]>([
    ['express handler', "app.get('/', (req, res) => { log.info(req.body); });", ['req.body @1']],
    ['router chain', "app.route('/x').post((q, s) => { log.info(q.headers); });", ['q.headers @1']],
    ['route path decides', "thing.get('/users', (a, b) => { log.info(a.body); });", ['a.body @1']],
    ['not a route', "map.get('key', (a, b) => { log.info(a.body); });", []],
    ['fastify.route handler', "fastify.route({ url: '/', handler(request, reply) { log.info(request.body); } });", ['request.body @1']],
    ['Koa middleware', 'app.use(async (ctx, next) => { log.info(ctx.body); });', ['ctx.body @1']],
    ['uncalled helper by name', 'export function h(req) { log.info(req.headers); }', ['req.headers @1']],
    ['called helper: resolved at the call site', "function h(req) { log.info(req.body); }\nh({ body: 'x' });", []],
    ['lone res in a callback: fields only', 'request(url, (err, res) => { log.info(res); log.info(res.body); });', ['res.body @1']],
    ['res beside req: whole', 'server.on("request", (req, res) => { log.info(res); });', ['res @1']],
    ['axios result', "async function f() { const r = await axios.get('/a'); log.info(r.data); }", ['axios.get().data @1']],
    ['client receiver with a URL', 'async function f() { const r = await this.http.post(url, body); log.info(r.headers); }', ['this.http.post().headers @1']],
    ['client receiver with a cache key', "async function f() { const r = await client.get('k'); log.info(r.data); }", []],
    ['fetch body reader', 'async function f() { const r = await fetch(u); log.info(await r.text()); }', ['fetch().body @1']],
    ['opaque conventional response', 'async function f() { const response = await svc.call(); log.info(response.data, response); }', ['response.data @1']],
    ['catch around axios', "async function f() { try { await axios('/a'); } catch (e) { log.info(e); } }", ['e @1']],
    ['catch without a client', 'try { x(); } catch (e) { log.info(e, e.config); }', ['e.config @1']],
    ['catch: client called in a nested function', "try { run(() => axios.get('/a')); } catch (e) { log.info(e, e.config); }", ['e.config @1']],
    ['catch: client called after the try', "try { x(); } catch (e) { log.info(e, e.config); }\naxios.get('/a');", ['e.config @1']],
    ['catch: client called before the try', "axios.get('/a');\ntry { x(); } catch (e) { log.info(e, e.config); }", ['e.config @2']],
    ['catch: client in an inner try', "async function f() { try { try { await got('/a'); } finally { y(); } } catch (e) { log.info(e); } }", ['e @1']],
    ['this.ctx', 'class C { m() { this.logger.info(this.ctx.request.headers); } }', ['this.ctx.request.headers @1']],
    ['this.ctx destructured', 'class C { m() { const { ctx } = this; const { headers } = ctx.request; this.logger.info(headers); } }', ['this.ctx.request.headers @1']],
    ['this.ctx destructured: a safe field', 'class C { m() { const { ctx } = this; this.logger.info(ctx.request.method); } }', []],
    ['fetch headers raw()', 'async function f() { const r = await fetch(u); log.info(r.headers.raw()); }', ['fetch().headers.raw() @1']],
    ['fetch headers entries()', 'async function f() { const r = await fetch(u); log.info([...r.headers.entries()]); }', ['fetch().headers.entries() @1']],
    ['Array.from of fetch headers', 'async function f() { const r = await fetch(u); log.info(Array.from(r.headers)); }', ['fetch().headers.entries() @1']],
    ['fetch headers whole: a JSON logger writes {}', 'async function f() { const r = await fetch(u); log.info(r.headers, r.headers.get("etag")); }', []],
    ['entries() of something else', 'log.info(Object.fromEntries(map.entries()), Array.from(list));', []],
    // Taking out a sensitive key is a deliberate selection; taking out a harmless one leaves the body.
    ['rest of the body without a secret', "app.post('/', (req, res) => { const { password, ...rest } = req.body; log.info(rest); });", []],
    ['rest of the body without harmless keys', "app.post('/', (req, res) => { const { a, ...rest } = req.body; log.info(rest); });", ['req.body @1']],
  ])('%s', (_name, code, expected) => {
    expect(payloads(code)).toEqual(expected);
  });

  it('cycles and deep chains end quietly', () => {
    // A loop makes the cycle real: the body reaches `b` through `a` on the first turn.
    expect(payloads("app.get('/', (req, res) => { let a = req.body, b; while (more()) { b = a; a = b; } log.info(b); });")).toEqual(['req.body @1']);
    const chain = Array.from({ length: 100 }, (_, index) => `const v${String(index + 1)} = v${String(index)};`).join('\n');
    expect(payloads(`app.get('/', (req, res) => { const v0 = req.body;\n${chain}\nlog.info(v100); });`)).toEqual(['req.body @102']);
  });
});

describe('catch clauses around HTTP client calls', () => {
  /** Every catch clause's answer, given the file's HTTP client calls in source order as the engine collects them. */
  function wholes(code: string): boolean[] {
    return withAnalysis(code, {}, (analysis) => {
      const clauses: TSESTree.CatchClause[] = [];
      const calls: TSESTree.CallExpression[] = [];
      const visit = (node: TSESTree.Node): void => {
        if (node.type === AST_NODE_TYPES.CatchClause) clauses.push(node);
        if (node.type === AST_NODE_TYPES.CallExpression) calls.push(node);
        for (const key of analysis.sourceCode.visitorKeys[node.type] ?? []) {
          const child = (node as unknown as Record<string, unknown>)[key];
          for (const item of Array.isArray(child) ? child : [child]) {
            if (item && typeof item === 'object' && 'type' in item) visit(item as TSESTree.Node);
          }
        }
      };
      visit(analysis.sourceCode.ast);
      const httpCalls = calls.filter((call) => httpClientShape(call) !== null);
      return clauses.map((clause) => catchRoot(clause, () => httpCalls).whole);
    });
  }

  it.each<[string, boolean[]]>([
    ["async function f() { try { await axios('/a'); } catch (e) {} }", [true]],
    ['try { x(); } catch (e) {}', [false]],
    ["try { run(() => axios.get('/a')); } catch (e) {}", [false]],
    ["axios.get('/a');\ntry { x(); } catch (e) {}\nfetch(u);", [false]],
    ["async function f() { try { try { await got('/a'); } finally { y(); } } catch (e) {} }", [true]],
    ['try { a(); try { b(); } catch (inner) {} await fetch(u); } catch (outer) {}', [false, true]],
    ['try { const g = function () { return fetch(u); }; await this.http.post(url); } catch (e) {}', [true]],
  ])('%s', (code, expected) => {
    expect(wholes(code)).toEqual(expected);
  });
});
