import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import plugin from '../../src/index.js';
import { createEslint, summarize } from '../support/eslint-project.js';

const project = fileURLToPath(new URL('../fixtures/config-files', import.meta.url));

describe('JSON and YAML config files under recommended', () => {
  it('reports verbose levels in production configs and production scripts, and parse errors as ESLint does', async () => {
    const results = await createEslint(project).lintFiles(['.']);
    expect(summarize(results, project)).toEqual([
      'config/broken.prod.json:1:33 fatal Parsing error: Unexpected end of input found.',
      'config/broken.prod.yaml:3:0 fatal Parsing error: Flow sequence in block collection must be sufficiently indented and end with a ]',
      "config/production.json:2:24 no-debug-level-in-production Log level 'debug' under `level` in a production config file.",
      "config/production.yaml:2:10 no-debug-level-in-production Log level 'trace' under `level` in a production config file.",
      'package.json:5:14 no-debug-level-in-production The production script `start` sets `DEBUG=*`, which turns on verbose output.',
    ]);
  });

  it('lints only production configs and package.json among JSON and YAML files', async () => {
    const results = await createEslint(project).lintFiles(['.']);
    const linted = results.map((result) => result.filePath.slice(project.length + 1).replaceAll('\\', '/')).sort();
    expect(linted).toEqual([
      'config/broken.prod.json',
      'config/broken.prod.yaml',
      'config/production.json',
      'config/production.yaml',
      'package.json',
      'src/server.js',
      'tsconfig.prod.json',
    ]);
  });
});

describe('log4js configs under strict', () => {
  it('reports file appenders without maxLogSize in log4js JSON and YAML files', async () => {
    const eslint = new ESLint({ cwd: project, overrideConfigFile: true, overrideConfig: plugin.configs.strict as never });
    const results = await eslint.lintFiles(['log4js.json', 'log4js.yaml']);
    expect(summarize(results, project)).toEqual([
      'log4js.json:4:12 log-file-hygiene This log4js file appender has no `maxLogSize`: the log file grows without bound. Set `maxLogSize` and `backups`, or use a `dateFile` appender.',
      'log4js.yaml:8:5 log-file-hygiene This log4js file appender has no `maxLogSize`: the log file grows without bound. Set `maxLogSize` and `backups`, or use a `dateFile` appender.',
    ]);
  });
});
