/**
 * Golden tests of the tracer: each file in test/fixtures/trace shows one construct; its
 * `.expected.txt` lists every sensitive value found, with the path it took. Files named
 * `unhandled-*` record known gaps. Regenerate with `UPDATE_GOLDEN=1 npx vitest run golden`,
 * then review the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { withAnalysis } from '../../support/engine-harness.js';

const directory = fileURLToPath(new URL('../../fixtures/trace/', import.meta.url));
const files = readdirSync(directory).filter((file) => /\.(?:js|ts)$/u.test(file));

function render(code: string, filename: string): string {
  const { findings, text } = withAnalysis(code, { typescript: true, filename }, (analysis) => ({
    findings: analysis.leaks(),
    text: analysis.sourceCode.text,
  }));
  const slice = (range: readonly [number, number]) => text.slice(range[0], range[1]).replace(/\s+/gu, ' ');
  return findings
    .map((finding) => {
      const { flow, call } = finding;
      const origin = flow.origin;
      const parts = [
        `L${String(flow.sink.loc.start.line)}:${String(flow.sink.loc.start.column + 1)}`,
        `${call.callee}()`,
        `${origin.category}/${origin.kind}`,
        `'${origin.name}'`,
        `sink \`${slice(flow.sink.range)}\``,
      ];
      if (flow.through.length > 0) {
        parts.push(`through ${flow.through.map((step) => `${step.name}@${String(step.line)}`).join(' > ')}`);
      }
      if (origin.node !== flow.sink) parts.push(`origin L${String(origin.node.loc.start.line)} \`${slice(origin.node.range)}\``);
      if (flow.keyPath.length > 0) parts.push(`key ${flow.keyPath.join('.')}`);
      if (finding.environment) parts.push(`guard ${finding.environment}`);
      if (finding.redactedByLogger) parts.push('redacted-by-logger');
      if (call.recognizedBy === 'wrapper') parts.push('wrapper');
      return parts.join(' ');
    })
    .join('\n')
    .concat('\n');
}

describe('tracer golden files', () => {
  it('has a fixture per construct and some known gaps', () => {
    expect(files.length).toBeGreaterThanOrEqual(15);
    expect(files.filter((file) => file.startsWith('unhandled-')).length).toBeGreaterThanOrEqual(3);
  });

  for (const file of files) {
    it(file, () => {
      const actual = render(readFileSync(`${directory}${file}`, 'utf8'), file);
      const expectedPath = `${directory}${file.replace(/\.(?:js|ts)$/u, '.expected.txt')}`;
      if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(expectedPath, actual);
      expect(existsSync(expectedPath), `${expectedPath} is missing; run with UPDATE_GOLDEN=1`).toBe(true);
      expect(actual).toBe(readFileSync(expectedPath, 'utf8'));
    });
  }
});
