/**
 * `logSafe(value)`: the value as one line of plain text, safe to write into a text log. Carriage
 * returns and line feeds (which would start a forged log line), the Unicode line and paragraph
 * separators, terminal escape sequences (ANSI colours, cursor moves, OSC titles and links) and the
 * other control characters are written as visible escapes (`\n`, `\r`, `\x1b`, `\u2028`), so
 * nothing is lost and nothing is interpreted. It never throws.
 */

/** C0 controls, DEL, C1 controls, and the Unicode line and paragraph separators. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/gu;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeControl(character: string): string {
  const named = NAMED[character];
  if (named !== undefined) return named;
  const code = character.codePointAt(0) ?? 0;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Text of any value: strings as they are, anything else as `String()` writes it (or `[unprintable]`). */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return String(value);
  } catch {
    return '[unprintable]';
  }
}

/** The value as one line of text with every control character written as a visible escape. */
export function logSafe(value: unknown): string {
  const text = textOf(value);
  // Backslashes first, so an escape the input spells out itself cannot pass for one of ours.
  return text.replaceAll('\\', '\\\\').replace(CONTROL, escapeControl);
}
