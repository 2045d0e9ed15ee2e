import { describe, expect, it } from 'vitest';
import { isInFailedResponseBranch } from '../../../src/sources/failed-response.js';
import { atProbe } from '../../support/probe.js';

/** Whether the call `probe()` in `code` runs only after `res` (or `this.response`) was found failed. */
function failedAt(code: string): boolean {
  return atProbe(code, (node) => isInFailedResponseBranch(node, new Set(['res', 'this.response'])));
}

describe('isInFailedResponseBranch', () => {
  it.each([
    'if (!res.ok) probe();',
    'if (res.ok === false) { probe(); }',
    'if (res.ok) {} else probe();',
    'if (res.status !== 200) probe();',
    'if (res.statusCode != 201) probe();',
    'if (res.status >= 400) probe();',
    'if (res.status > 299) probe();',
    'if (400 <= res.status) probe();',
    'if (res.status === 404) probe();',
    'if (res.status < 200 || res.status >= 300) probe();',
    'if (!(res.status >= 200 && res.status < 300)) probe();',
    'if (this.response.status >= 500) probe();',
    '!res.ok && probe();',
    'res.ok || probe();',
    'const x = res.ok ? 1 : probe();',
    'if (!res.ok) { if (verbose) probe(); }',
  ])('%s: failed', (code) => {
    expect(failedAt(code)).toBe(true);
  });

  it.each([
    'probe();',
    'if (res.ok) probe();',
    'if (res.status === 200) probe();',
    'if (res.status < 400) probe();',
    'if (res.status >= 200) probe();',
    'if (res.status !== 404) probe();',
    'if (res.status > 100) probe();',
    'if (!other.ok) probe();',
    'if (res.status !== code) probe();',
    'if (res.ok || retry) probe();',
    'if (!res.ok) {} else probe();',
    'if (!res.ok) { if (res.status === 200) probe(); }',
    'function f() { if (!res.ok) return; probe(); }',
  ])('%s: not known to have failed', (code) => {
    expect(failedAt(code)).toBe(false);
  });
});
