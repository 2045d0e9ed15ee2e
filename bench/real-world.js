// Lints pinned commits of open-source Node back-ends with the `recommended` config and lists
// every finding, for judging one at a time by reading the code.
//
//   node bench/real-world.js --mirrors <folder> [--out <file>] [--verdicts bench/real-world-verdicts.json]
//
// `--mirrors` holds one git directory per repository, named `<owner>+<name>/repo` (a bare clone
// or a snapshot). Each pinned commit is extracted to a temporary folder (nothing of the
// repositories is kept), linted with the ESLint class and the built plugin, and removed. The
// findings, with the source line for reading, go to `--out` (default: the system temp folder);
// with `--verdicts`, findings judged there are counted per rule as true or false, and the table
// prints the false rate.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import plugin from '../dist/src/index.js';

/** The repositories and the commits measured. */
export const REPOSITORIES = [
  { repo: 'hagopj13/node-express-boilerplate', commit: '179ae84efec61b14206d0305d941daed6c6d07f9', style: 'Express, winston' },
  { repo: 'cnodejs/egg-cnode', commit: '6f9511e60481e4cc632dd7f598c16e99fb919eaf', style: 'Egg (Koa)' },
  { repo: 'brocoders/nestjs-boilerplate', commit: '9620f159eefe38f47747d02ab162852367c5472c', style: 'NestJS, TypeScript' },
  { repo: 'serverless/examples', commit: '22865199326008b9f863cb1ad28bfdddae9a7473', style: 'serverless (Lambda)' },
  { repo: 'platformatic/platformatic', commit: '545a2c420f41e9da825d749e4635a7dc2e04248b', style: 'Fastify, pino' },
  { repo: 'novuhq/novu', commit: '74a2e9a6a295cd5a17aa9806914b4574fecce737', style: 'large TypeScript monorepo (NestJS)' },
  { repo: 'outline/outline', commit: 'd77dcdf853868c5d5fe125c895c9b71f0eff5c68', style: 'Koa, TypeScript' },
  { repo: 'Unleash/unleash', commit: 'ceeb5a9ca6d0beb0cabf041d6a27ffd2d6501859', style: 'Express, TypeScript' },
  { repo: 'parse-community/parse-server', commit: '7ea2a2953e9202d43ddb53ded309fbd26245d45c', style: 'Express, winston, JavaScript' },
  { repo: 'NodeBB/NodeBB', commit: 'ab329b3b4c4d4cc9717b2938908649382cca2b39', style: 'Express, winston, JavaScript forum' },
  // The snapshot lacks some large documentation blobs: only its packages are extracted.
  { repo: 'medusajs/medusa', commit: '59e6747800133e091d20c2c167f600981abc5c0d', style: 'large TypeScript monorepo (commerce)', paths: ['packages'] },
  { repo: 'hoppscotch/hoppscotch', commit: 'afc2cf181c16e56647b099e5d18cfe55710c6cdd', style: 'NestJS, TypeScript' },
];

const IGNORES = ['**/node_modules/**', '**/dist/**', '**/build/**', '**/coverage/**', '**/*.min.js', '**/vendor/**', '**/public/**', '**/.next/**', '**/out/**'];

/**
 * A finding's stable key: repository, file, rule, the flagged text and how many identical ones
 * come before it in the file; not its line number, so verdicts survive edits above it.
 */
export function findingKey(finding) {
  return createHash('sha256')
    .update([finding.repo, finding.file, finding.rule, finding.text, String(finding.occurrence)].join('\0'))
    .digest('hex')
    .slice(0, 16);
}

function extract(mirrors, { repo, commit, paths = [] }, into) {
  const gitDir = path.join(mirrors, repo.replace('/', '+'), 'repo');
  if (!existsSync(gitDir)) throw new Error(`no snapshot of ${repo} under ${mirrors}`);
  const archive = execFileSync('git', ['--git-dir', gitDir, 'archive', '--format=tar', commit, ...paths], { maxBuffer: 1 << 30 });
  mkdirSync(into, { recursive: true });
  execFileSync('tar', ['-x', '-C', into], { input: archive, maxBuffer: 1 << 30 });
}

async function lintRepository(directory, repo) {
  const eslint = new ESLint({
    cwd: directory,
    overrideConfigFile: true,
    overrideConfig: [
      { ignores: IGNORES },
      ...plugin.configs.recommended,
      { files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'], languageOptions: { parser: tseslint.parser } },
    ],
    errorOnUnmatchedPattern: false,
  });
  const results = await eslint.lintFiles(['**/*.{js,mjs,cjs,ts,mts,cts}', '**/package.json', '**/*.{json,yaml,yml}']);
  const findings = [];
  const seen = new Map();
  let files = 0;
  let fatal = 0;
  for (const result of results) {
    files++;
    const lines = result.source?.split('\n') ?? readFileSync(result.filePath, 'utf8').split('\n');
    for (const message of result.messages) {
      if (message.fatal) {
        fatal++;
        continue;
      }
      if (!message.ruleId?.startsWith('secure-logging/')) continue;
      const line = lines[message.line - 1] ?? '';
      const text = message.endLine === message.line ? line.slice(message.column - 1, (message.endColumn ?? message.column) - 1) : line.slice(message.column - 1);
      const file = path.relative(directory, result.filePath);
      const rule = message.ruleId.replace('secure-logging/', '');
      const identity = [file, rule, text].join('\0');
      const occurrence = seen.get(identity) ?? 0;
      seen.set(identity, occurrence + 1);
      findings.push({ repo, file, line: message.line, rule, message: message.message, text, occurrence, source: line.trim().slice(0, 240) });
    }
  }
  return { findings, files, fatal };
}

function table(findings, verdicts) {
  const rules = [...new Set(findings.map((finding) => finding.rule))].sort();
  const rows = ['| Rule | findings | judged | false | false rate |', '| :-- | --: | --: | --: | --: |'];
  let totals = [0, 0, 0];
  for (const rule of [...rules, 'all']) {
    const mine = rule === 'all' ? findings : findings.filter((finding) => finding.rule === rule);
    const judged = mine.map((finding) => verdicts[findingKey(finding)]).filter(Boolean);
    const falses = judged.filter((verdict) => verdict.verdict === 'false').length;
    if (rule !== 'all') totals = [totals[0] + mine.length, totals[1] + judged.length, totals[2] + falses];
    const rate = judged.length === 0 ? '-' : `${((100 * falses) / judged.length).toFixed(0)}%`;
    rows.push(`| ${rule} | ${String(mine.length)} | ${String(judged.length)} | ${String(falses)} | ${rate} |`);
  }
  return rows.join('\n');
}

async function main() {
  const { values } = parseArgs({
    options: {
      mirrors: { type: 'string' },
      out: { type: 'string' },
      verdicts: { type: 'string' },
      only: { type: 'string' },
    },
  });
  if (!values.mirrors) throw new Error('--mirrors <folder> is required: one git directory per repository, <owner>+<name>/repo');
  const out = values.out ?? path.join(tmpdir(), 'secure-logging-real-world.json');
  const verdicts = values.verdicts && existsSync(values.verdicts) ? JSON.parse(readFileSync(values.verdicts, 'utf8')) : {};
  const all = [];
  for (const entry of REPOSITORIES) {
    if (values.only && !entry.repo.includes(values.only)) continue;
    const work = mkdtempSync(path.join(tmpdir(), 'secure-logging-real-'));
    try {
      extract(values.mirrors, entry, work);
      const started = Date.now();
      const { findings, files, fatal } = await lintRepository(work, entry.repo);
      all.push(...findings.map((finding) => ({ ...finding, key: findingKey(finding) })));
      console.log(`${entry.repo} (${entry.style}): ${String(files)} files, ${String(findings.length)} findings, ${String(fatal)} parse errors, ${String(Date.now() - started)} ms`);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  writeFileSync(out, `${JSON.stringify(all, null, 2)}\n`);
  console.log(`\n${String(all.length)} findings written to ${out}\n`);
  console.log(table(all, verdicts));
}

await main();
