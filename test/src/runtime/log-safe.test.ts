import { describe, expect, it } from 'vitest';
import { logSafe } from '../../../packages/redact/src/index.js';

describe('logSafe', () => {
  it.each<[string, unknown, string]>([
    ['plain text stays', 'search for shoes', 'search for shoes'],
    ['LF', 'a\nb', 'a\\nb'],
    ['CR LF forging a line', 'x\r\n2026-12-02 INFO admin login', 'x\\r\\n2026-12-02 INFO admin login'],
    ['tab', 'a\tb', 'a\\tb'],
    ['ANSI colour', '\u001b[31mred\u001b[0m', '\\x1b[31mred\\x1b[0m'],
    ['OSC title', '\u001b]0;owned\u0007', '\\x1b]0;owned\\x07'],
    ['C1 control (CSI)', 'a\u009bb', 'a\\x9bb'],
    ['DEL', 'a\u007fb', 'a\\x7fb'],
    ['Unicode line separators', 'a\u2028b\u2029c', 'a\\u2028b\\u2029c'],
    ['a backslash the input spells out', 'a\\nb', 'a\\\\nb'],
    ['non-ASCII text stays', 'Grüße, 東京', 'Grüße, 東京'],
    ['a number', 42, '42'],
    ['null', null, 'null'],
    ['undefined', undefined, 'undefined'],
    ['an object writes as String() does', { a: 1 }, '[object Object]'],
  ])('%s', (_name, input, expected) => {
    expect(logSafe(input)).toBe(expected);
  });

  it('never throws, even on values whose String() throws', () => {
    const hostile = {
      toString(): string {
        throw new Error('no');
      },
    };
    expect(logSafe(hostile)).toBe('[unprintable]');
    expect(logSafe(Symbol('s'))).toBe('Symbol(s)');
    expect(logSafe(Object.create(null))).toBe('[unprintable]');
  });

  it('its output is one line with no control character', () => {
    let all = '';
    for (let code = 0; code < 0x2030; code++) all += String.fromCharCode(code);
    const out = logSafe(all);
    // eslint-disable-next-line no-control-regex -- checking that none is left
    expect(out).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u);
  });
});
