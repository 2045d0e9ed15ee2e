import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../../src/index.js';
import { PACKAGE_VERSION } from '../../../src/package-meta.js';
import { RULE_SCAN_META } from '../../../src/report/catalog.js';
import { FINGERPRINT_KEY, toSarif } from '../../../src/report/sarif.js';
import { sarifSchemaErrors } from '../../support/sarif-schema.js';

const cwd = path.resolve('/project');

async function lint(files: Record<string, string>, config: Linter.Config[] = plugin.configs.recommended as Linter.Config[]) {
  const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: config });
  const results: ESLint.LintResult[] = [];
  for (const [file, code] of Object.entries(files)) results.push(...(await eslint.lintText(code, { filePath: path.join(cwd, file) })));
  return toSarif({ results, rulesMeta: eslint.getRulesMetaForResults(results), cwd, eslintVersion: ESLint.version });
}

const LEAKS = [
  "app.post('/login', (req, res) => {",
  '  console.log(password);',
  '  console.log(user.email);',
  '  console.log(req.body);',
  '  console.log(password);',
  '});',
  '',
].join('\n');

describe('SARIF output', () => {
  it('is valid against the SARIF 2.1.0 schema, parse errors and warnings included', async () => {
    const log = await lint({ 'src/a.js': LEAKS, 'src/broken.js': 'console.log(password;\n', 'src/clean.js': 'console.log(1);\n' });
    expect(sarifSchemaErrors(log)).toEqual([]);
    const warned = await lint({ 'a.js': LEAKS }, [
      ...(plugin.configs.recommended as Linter.Config[]),
      { rules: { 'secure-logging/no-pii-in-logs': 'warn' } },
    ]);
    expect(sarifSchemaErrors(warned)).toEqual([]);
    expect(warned.runs[0]?.results?.map((result) => result.level)).toEqual(['error', 'warning', 'error', 'error']);
  });

  it('the schema check can fail: a log without its version is rejected', async () => {
    const log = (await lint({ 'a.js': LEAKS })) as unknown as Record<string, unknown>;
    delete log['version'];
    expect(sarifSchemaErrors(log)).toEqual(["/ must have required property 'version'"]);
    const badUri = await lint({ 'a.js': LEAKS });
    const base = badUri.runs[0]?.originalUriBaseIds?.['%SRCROOT%'];
    if (base) base.uri = 'not a uri';
    expect(sarifSchemaErrors(badUri)).toEqual(['/runs/0/originalUriBaseIds/%SRCROOT%/uri must match format "uri-reference"']);
  });

  it('names the tool secure-logging with its version, and ESLint as an extension', async () => {
    const { runs } = await lint({ 'a.js': LEAKS });
    const tool = runs[0]?.tool;
    expect(tool?.driver).toMatchObject({ name: 'secure-logging', fullName: 'eslint-plugin-secure-logging', version: PACKAGE_VERSION, semanticVersion: PACKAGE_VERSION });
    expect(tool?.extensions).toEqual([{ name: 'eslint', version: ESLint.version, informationUri: 'https://eslint.org' }]);
    expect(runs[0]?.automationDetails).toEqual({ id: 'secure-logging/' });
  });

  it('describes each rule with its documentation, CWEs, precision and security severity', async () => {
    const middleware = [
      "import pinoHttp from 'pino-http';",
      "import winston from 'winston';",
      'app.use(pinoHttp());',
      "app.get('/search', (req, res) => { console.log(req.query.q); });",
      "new winston.transports.File({ filename: 'app.log' });",
      '',
    ].join('\n');
    const { runs } = await lint(
      { 'a.js': LEAKS, 'b.js': middleware, 'config/production.json': '{ "logger": { "level": "debug" } }' },
      plugin.configs.strict as Linter.Config[],
    );
    const rules = runs[0]?.tool.driver.rules ?? [];
    expect(rules.map((rule) => rule.id).sort()).toEqual(Object.keys(plugin.rules).map((name) => `secure-logging/${name}`).sort());
    for (const rule of rules) {
      const name = rule.id.replace('secure-logging/', '');
      const meta = RULE_SCAN_META[name];
      expect(meta, name).toBeDefined();
      expect(rule.name).toBe(name);
      expect(rule.shortDescription?.text).toBe(plugin.rules[name as keyof typeof plugin.rules].meta.docs?.description);
      expect(rule.fullDescription?.text.length).toBeGreaterThan(40);
      expect(rule.help?.markdown).toContain('## Rule Details');
      expect(rule.help?.markdown).not.toContain('end auto-generated rule header');
      expect(rule.helpUri).toMatch(new RegExp(`/docs/rules/${name}\\.md$`, 'u'));
      expect(rule.properties?.['tags']).toEqual(['security', ...(meta?.cwe ?? []).map((id) => `external/cwe/cwe-${String(id)}`)]);
      expect(rule.properties?.['precision']).toBe(meta?.precision);
      expect(rule.properties?.['security-severity']).toMatch(/^\d+\.\d$/u);
    }
    expect(rules.find((rule) => rule.id === 'secure-logging/no-secrets-in-logs')?.properties?.['tags']).toEqual(['security', 'external/cwe/cwe-532']);
  });

  it('has a scanning row for every rule, and docs/cli.md shows the same', () => {
    expect(Object.keys(RULE_SCAN_META).sort()).toEqual(Object.keys(plugin.rules).sort());
    const doc = readFileSync(new URL('../../../docs/cli.md', import.meta.url), 'utf8');
    for (const [name, meta] of Object.entries(RULE_SCAN_META)) {
      expect(doc, name).toContain(`| \`${name}\` | ${meta.cwe.join(', ')} | ${meta.securitySeverity.toFixed(1)} | ${meta.precision} |`);
    }
  });

  it('locates results relative to %SRCROOT%, and files outside it by absolute URI', async () => {
    const { runs } = await lint({ 'src/my file.js': 'console.log(password);\n' });
    const run = runs[0];
    expect(run?.originalUriBaseIds?.['%SRCROOT%']?.uri).toMatch(/^file:\/\/.*\/project\/$/u);
    expect(run?.results?.[0]?.locations?.[0]?.physicalLocation?.artifactLocation).toEqual({ uri: 'src/my%20file.js', uriBaseId: '%SRCROOT%' });
    expect(run?.results?.[0]?.locations?.[0]?.physicalLocation?.region).toEqual({ startLine: 1, startColumn: 13, endLine: 1, endColumn: 21 });
    const eslint = new ESLint({ cwd: path.resolve('/'), overrideConfigFile: true, overrideConfig: plugin.configs.recommended as Linter.Config[] });
    const outside = await eslint.lintText('console.log(password);\n', { filePath: path.resolve('/elsewhere/a.js') });
    const log = toSarif({ results: outside, rulesMeta: eslint.getRulesMetaForResults(outside), cwd });
    expect(log.runs[0]?.results?.[0]?.locations?.[0]?.physicalLocation?.artifactLocation).toEqual({ uri: 'file:///elsewhere/a.js' });
  });

  it('fingerprints survive lines moving, and tell identical findings apart', async () => {
    const fingerprints = async (code: string) =>
      (await lint({ 'a.js': code })).runs[0]?.results?.map((result) => result.partialFingerprints?.[FINGERPRINT_KEY]) ?? [];
    const before = await fingerprints(LEAKS);
    const after = await fingerprints(`// a comment\n\n${LEAKS.replaceAll('console', '    console')}`);
    expect(before).toHaveLength(4);
    expect(after).toEqual(before);
    expect(new Set(before).size).toBe(4);
    expect(before[0]?.endsWith(':1')).toBe(true);
    expect(before[3]?.endsWith(':2')).toBe(true);
    const edited = await fingerprints(LEAKS.replace('console.log(password);', 'console.error(password);'));
    expect(edited[0]).not.toBe(before[0]);
  });

  it('reports a parse error as a tool notification, not a result', async () => {
    const { runs } = await lint({ 'broken.js': 'console.log(password;\n' });
    expect(runs[0]?.results).toEqual([]);
    expect(runs[0]?.invocations?.[0]?.executionSuccessful).toBe(false);
    const [notification] = runs[0]?.invocations?.[0]?.toolExecutionNotifications ?? [];
    expect(notification?.descriptor).toEqual({ id: 'parse-error' });
    expect(notification?.level).toBe('error');
    expect(notification?.message.text).toMatch(/^Parsing error:/u);
    expect(notification?.locations?.[0]?.physicalLocation?.artifactLocation).toEqual({ uri: 'broken.js', uriBaseId: '%SRCROOT%' });
  });
});
