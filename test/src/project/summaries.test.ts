import { describe, expect, it } from 'vitest';
import { probesFor, reachesLog } from '../../../src/project/summaries.js';

describe('probesFor', () => {
  it.each([
    ['export const logger = pino();', ['logger']],
    ['const log = pino();\nexport default log;', ['log']],
    ['const log = bunyan.createLogger({});\nmodule.exports = log;', ['log']],
    ['export let a = 1, b = 2;', ['a']],
    ['export default class Logger {}', []],
    ['export default function log() {}', []],
    ['export default new Logger();', []],
    ['const a = 1;', []],
  ])('%j probes %j', (text, names) => {
    expect(probesFor(text)).toBe(names.map((name) => `\n;${name}.info();`).join(''));
  });
});

describe('reachesLog', () => {
  it.each([
    [{ indexes: new Set([0, 2]), restFrom: null }, 0, true],
    [{ indexes: new Set([0, 2]), restFrom: null }, 1, false],
    [{ indexes: new Set([0, 2]), restFrom: null }, 2, true],
    [{ indexes: new Set<number>(), restFrom: 1 }, 0, false],
    [{ indexes: new Set<number>(), restFrom: 1 }, 1, true],
    [{ indexes: new Set<number>(), restFrom: 1 }, 5, true],
  ])('%j at %i: %s', (sinks, position, expected) => {
    expect(reachesLog(sinks, position)).toBe(expected);
  });
});
