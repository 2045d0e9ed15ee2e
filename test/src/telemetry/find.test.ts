import { describe, expect, it } from 'vitest';
import { TELEMETRY, TELEMETRY_FAMILIES } from '../../../src/telemetry/catalog.js';
import { findCalls, type HarnessOptions } from '../../support/engine-harness.js';

/** `callee → destination [roles]` for every telemetry call of `code`. */
function telemetry(code: string, options: HarnessOptions = {}): string[] {
  return findCalls(code, options)
    .filter((call) => call.destination !== undefined)
    .map((call) => `${call.callee} → ${String(call.destination)} [${call.args.map((argument) => argument.role).join(',')}]`);
}

describe('telemetry calls', () => {
  it.each<[string, string, string[], HarnessOptions?]>([
    ['Sentry namespace', "import * as Sentry from '@sentry/node';\nSentry.setUser(u); Sentry.captureException(e, { extra });", ['Sentry.setUser → Sentry [data]', 'Sentry.captureException → Sentry [exception,data]']],
    ['Sentry named import', "import { setExtra } from '@sentry/nextjs';\nsetExtra('k', v);", ['setExtra → Sentry [data,data]']],
    ['Sentry require', "const Sentry = require('@sentry/node');\nSentry.setTag('k', v);", ['Sentry.setTag → Sentry [data,data]'], { sourceType: 'commonjs' }],
    ['Sentry scopes', "import * as Sentry from '@sentry/node';\nSentry.withScope((scope) => scope.setExtra('k', v));\nSentry.getCurrentScope().setContext('c', v);", ["scope.setExtra → Sentry [data,data]", 'Sentry.getCurrentScope().setContext → Sentry [data,data]']],
    ['OpenTelemetry spans', "import { trace } from '@opentelemetry/api';\nconst span = tracer.startSpan('x'); span.setAttribute('k', v); span.recordException(e); trace.getActiveSpan()?.addEvent('e', a);", ["span.setAttribute → OpenTelemetry [data,data]", 'span.recordException → OpenTelemetry [exception]', 'trace.getActiveSpan()?.addEvent → OpenTelemetry [data,data]']],
    ['dd-trace span tags', "import tracer from 'dd-trace';\nconst rootSpan = tracer.scope().active(); rootSpan.setTag('k', v); rootSpan.addTags(t); tracer.scope().active()?.setTag('k', v);", ['rootSpan.setTag → Datadog [data,data]', 'rootSpan.addTags → Datadog [data]', 'tracer.scope().active()?.setTag → Datadog [data,data]']],
    ['active() elsewhere is not a span', "import { trace } from '@opentelemetry/api';\nsession.active().setTag('k', v);", []],
    ['Datadog browser logs', "import { datadogLogs } from '@datadog/browser-logs';\ndatadogLogs.logger.info('m', ctx);", ['datadogLogs.logger.info → Datadog [data,data]']],
    ['New Relic', "import newrelic from 'newrelic';\nnewrelic.addCustomAttribute('k', v); newrelic.noticeError(e, attrs);", ['newrelic.addCustomAttribute → New Relic [data,data]', 'newrelic.noticeError → New Relic [exception,data]']],
    ['Bugsnag', "import Bugsnag from '@bugsnag/js';\nBugsnag.notify(e, (event) => { event.addMetadata('s', m); }); Bugsnag.leaveBreadcrumb('b', m);", ['Bugsnag.notify → Bugsnag [exception,data]', "event.addMetadata → Bugsnag [data,data]", 'Bugsnag.leaveBreadcrumb → Bugsnag [data,data]']],
    ['Rollbar', "import Rollbar from 'rollbar';\nconst rollbar = new Rollbar({}); rollbar.error(e, req);", ['rollbar.error → Rollbar [data,data]']],
    ['Honeybadger', "import Honeybadger from '@honeybadger-io/js';\nHoneybadger.setContext(c);", ['Honeybadger.setContext → Honeybadger [data]']],
    ['Airbrake', "import { Notifier } from '@airbrake/node';\nconst airbrake = new Notifier({}); airbrake.notify({ error: e, params });", ['airbrake.notify → Airbrake [data]']],
    // Near-misses.
    ['a DOM span without OpenTelemetry', "span.setAttribute('class', v); scope.setExtra('k', v);", []],
    ['an SDK loaded, another method', "import * as Sentry from '@sentry/node';\nSentry.init({ dsn }); Sentry.flush(); map.setTag('k', v);", []],
    ['a family turned off', "import * as Sentry from '@sentry/node';\nSentry.setUser(u);", [], { settings: { 'secure-logging': { telemetry: { sentry: false } } } }],
    ['a local function named like an SDK call', 'function setUser(u) {}\nsetUser(u);', []],
  ])('%s', (_name, code, expected, options) => {
    expect(telemetry(code, options)).toEqual(expected);
  });

  it('the catalogue is well-formed: one entry per family, module names, roles', () => {
    expect(new Set(TELEMETRY_FAMILIES).size).toBe(TELEMETRY.length);
    for (const entry of TELEMETRY) {
      expect(entry.modules.length).toBeGreaterThan(0);
      expect(entry.calls.length + entry.receiverCalls.length).toBeGreaterThan(0);
      for (const call of [...entry.calls, ...entry.receiverCalls]) expect(call.roles.length).toBeGreaterThan(0);
    }
  });

  it('a bad telemetry setting is a clear error', () => {
    expect(() => telemetry('x();', { settings: { 'secure-logging': { telemetry: { sentri: false } } } })).toThrow(/unknown key "sentri"/u);
    expect(() => telemetry('x();', { settings: { 'secure-logging': { telemetry: { sentry: 'no' } } } })).toThrow(/telemetry\.sentry: expected boolean/u);
  });
});
