/** How a message names the steps a value took to the log call: `` through `body` (line 3), `ctx` (line 2)``. */
import type { Step } from '../taint/types.js';

/** The first three steps, and how many more; empty when the value is logged where it is. */
export function describeSteps(steps: readonly Step[]): string {
  if (steps.length === 0) return '';
  const shown = steps.slice(0, 3).map((step) => `\`${step.name}\` (line ${String(step.line)})`);
  const more = steps.length > 3 ? ` and ${String(steps.length - 3)} more` : '';
  return ` through ${shown.join(', ')}${more}`;
}
