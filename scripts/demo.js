// Lints the bundled example app with the built plugin and prints the findings.
// Run it with `npm run demo` (which builds first). Exits 0: finding leaks is the point of the demo.
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';

const examples = fileURLToPath(new URL('../examples/', import.meta.url));
const eslint = new ESLint({ cwd: examples });
const results = await eslint.lintFiles(['.']);
const formatter = await eslint.loadFormatter('stylish');
const output = await formatter.format(results);
const findings = results.reduce((sum, result) => sum + result.errorCount + result.warningCount, 0);
const fixable = results.reduce((sum, result) => sum + result.fixableErrorCount + result.fixableWarningCount, 0);
const files = results.filter((result) => result.messages.length > 0).length;

console.log('eslint-plugin-secure-logging demo: scanning examples/\n');
console.log(output.trim() || 'No findings.');
console.log(
  `\n${String(findings)} finding(s) in ${String(files)} of ${String(results.length)} file(s); ` +
    `${String(fixable)} can be fixed with \`eslint --fix\`, which wraps each value in redact().`,
);
