/**
 * The pre-commit hook, run by the real pre-commit framework: `pre-commit try-repo` clones a
 * snapshot of this working tree (every file git tracks or would track, committed into a scratch
 * repository, so new files count before they are committed), installs it as its `node` language
 * does (`npm install`, then `npm pack`, whose prepack script builds `dist/`, then a global install
 * of the tarball), and runs the hook on a user's files.
 *
 * `.ci/run` installs pre-commit when the machine lacks it; elsewhere the test is skipped.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const available = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
let scratch = '';
let user = '';
let snapshot = '';

function git(args: string[], cwd: string): string {
  const run = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
  return run.stdout;
}

function tryRepo(files: string[]) {
  return spawnSync('pre-commit', ['try-repo', snapshot, 'secure-logging', '--files', ...files], {
    cwd: user,
    encoding: 'utf8',
    env: {
      ...process.env,
      PRE_COMMIT_HOME: path.join(scratch, 'cache'),
      GIT_AUTHOR_NAME: 'test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
    },
  });
}

beforeAll(() => {
  if (!available) return;
  scratch = mkdtempSync(path.join(tmpdir(), 'secure-logging-pre-commit-'));
  user = path.join(scratch, 'user');
  // The working tree as a repository of one commit: tracked files and new, unignored ones.
  snapshot = path.join(scratch, 'plugin');
  git(['init', '--quiet', snapshot], scratch);
  const files = git(['ls-files', '--cached', '--others', '--exclude-standard', '-z'], root).split('\0').filter((file) => file && existsSync(path.join(root, file)));
  for (const file of files) cpSync(path.join(root, file), path.join(snapshot, file), { recursive: true });
  git(['add', '--all'], snapshot);
  git(['-c', 'user.name=test', '-c', 'user.email=test@example.com', 'commit', '--quiet', '--no-verify', '-m', 'snapshot'], snapshot);
  git(['init', '--quiet', user], scratch);
  writeFileSync(
    path.join(user, 'leak.js'),
    "import pino from 'pino';\nconst logger = pino();\nexport function login(password) {\n  logger.info({ password }, 'login');\n}\n",
  );
  writeFileSync(path.join(user, 'leak.ts'), 'export function login(password: string): void {\n  console.log({ password });\n}\n');
  writeFileSync(path.join(user, 'clean.ts'), 'export const count: number = 1;\nconsole.log(count);\n');
  git(['add', '.'], user);
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe.skipIf(!available)('pre-commit hook', () => {
  it('installs from a fresh clone and reports the leaks in JavaScript and TypeScript files', () => {
    const run = tryRepo(['leak.js', 'leak.ts', 'clean.ts']);
    const output = run.stdout + run.stderr;
    expect(run.status, output).toBe(1);
    expect(output).toMatch(/secure-logging\.+Failed/u);
    expect(output).toContain(`${path.join(user, 'leak.js')}\n  4:17  error  'password' looks like a secret and reaches \`logger.info()\``);
    expect(output).toContain(`${path.join(user, 'leak.ts')}\n  2:17  error  'password' looks like a secret and reaches \`console.log()\``);
    expect(output).toContain('✖ 2 problems (2 errors, 0 warnings)');
    expect(output).not.toContain(path.join(user, 'clean.ts'));
  }, 600_000);

  it('passes a clean file', () => {
    const run = tryRepo(['clean.ts']);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/secure-logging\.+Passed/u);
  }, 600_000);
});

describe('the README', () => {
  it("names a pre-commit rev that exists in this repository", () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const block = /```yaml\n# \.pre-commit-config\.yaml\n([\s\S]*?)```/u.exec(readme)?.[1] ?? '';
    const rev = /^ *rev: (\S+)/mu.exec(block)?.[1];
    expect(rev).toBeDefined();
    expect(git(['rev-parse', '--verify', '--quiet', `${rev ?? ''}^{commit}`], root).trim()).toMatch(/^[0-9a-f]{40}$/u);
  });
});
