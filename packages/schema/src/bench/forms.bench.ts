/*
 * Benchmark of the form engine: validateResponse and computeDerived on a 200-item definition (every item
 * type, a repeating group, a 9-row table, conditions) with a complete answer set. Prints a markdown table of
 * median and p99 microseconds per call and calls per second.
 *
 *   pnpm bench:forms        (builds @treklang/schema, then runs dist/bench/forms.bench.js)
 *
 * Not imported by anything: it stays out of the package's public entry and the browser bundle.
 */
import { checkDefinition } from '../forms/check-definition.js';
import { computeDerived } from '../forms/derived/index.js';
import type { Answers, FormDefinition, FormItem, ValidationContext } from '../forms/types.js';
import { validateResponse } from '../forms/validate.js';
import { buildLargeForm } from './large-form.js';

// The package is built without Node's types (it runs in the browser); these two globals exist in both.
declare const console: { log(...values: unknown[]): void };
declare const performance: { now(): number };

const TODAY = '2026-03-01';
const WARM_UP = 2_000;
const CALLS = 20_000;
const COLD_CALLS = 2_000;

interface Row {
  what: string;
  calls: number;
  median: number;
  p99: number;
  perSecond: number;
}

/** Times `fn` call by call after a warm-up. */
function measure(what: string, calls: number, warmUp: number, fn: () => unknown): Row {
  for (let i = 0; i < warmUp; i += 1) fn();
  const times = new Float64Array(calls);
  const started = performance.now();
  for (let i = 0; i < calls; i += 1) {
    const t0 = performance.now();
    fn();
    times[i] = performance.now() - t0;
  }
  const total = performance.now() - started;
  times.sort();
  const at = (q: number) => times[Math.min(calls - 1, Math.floor(q * calls))] * 1000;
  return { what, calls, median: at(0.5), p99: at(0.99), perSecond: calls / (total / 1000) };
}

function countItems(items: readonly FormItem[]): number {
  let n = 0;
  for (const item of items) {
    n += 1;
    if (item.type === 'group') n += countItems(item.items);
    if (item.type === 'table') n += item.columns.length;
  }
  return n;
}

function main(): void {
  const { definition, answers } = buildLargeForm();
  const items = definition.sections.reduce((n, section) => n + countItems(section.items), 0);
  const problems = checkDefinition(definition);
  const issues = validateResponse(definition, answers, { mode: 'submit', today: TODAY });
  if (items !== 200 || problems.length > 0 || issues.length > 0) {
    throw new Error(`The benchmark case is wrong: ${items} items, ${problems.length} definition problems, ${issues.length} issues: ${JSON.stringify(issues.slice(0, 3))}`);
  }
  const submit: ValidationContext = { mode: 'submit', today: TODAY };
  const save: ValidationContext = { mode: 'draft', today: TODAY, role: 'AUTHORITY', previous: JSON.parse(JSON.stringify(answers)) as Answers };
  const json = JSON.stringify(definition);
  const fresh = Array.from({ length: COLD_CALLS + 200 }, () => JSON.parse(json) as FormDefinition);
  let sink = 0;
  let nextFresh = 0;
  const rows = [
    measure('validateResponse, submit mode', CALLS, WARM_UP, () => {
      sink += validateResponse(definition, answers, submit).length;
    }),
    measure('validateResponse, draft save with role and previous answers', CALLS, WARM_UP, () => {
      sink += validateResponse(definition, answers, save).length;
    }),
    // Each call gets a definition object it has not seen, as the server does after reading one from the database.
    measure('validateResponse, submit, definition fresh from JSON (index built)', COLD_CALLS, 200, () => {
      sink += validateResponse(fresh[nextFresh++], answers, submit).length;
    }),
    measure('computeDerived (all three derived values)', CALLS, WARM_UP, () => {
      sink += Object.keys(computeDerived(definition, answers, { today: TODAY })).length;
    }),
    measure('checkDefinition', COLD_CALLS, 200, () => {
      sink += checkDefinition(definition).length;
    }),
  ];
  const answeredValues = JSON.stringify(answers).length;
  console.log(`\n### Form engine benchmark: ${items}-item definition, complete answers (${answeredValues.toLocaleString('en-GB')} bytes of JSON)\n`);
  console.log('| operation | calls | median µs/call | p99 µs/call | calls/s |');
  console.log('|---|---:|---:|---:|---:|');
  for (const row of rows) {
    console.log(`| ${row.what} | ${row.calls.toLocaleString('en-GB')} | ${row.median.toFixed(1)} | ${row.p99.toFixed(1)} | ${Math.round(row.perSecond).toLocaleString('en-GB')} |`);
  }
  console.log(`\n(checksum ${sink})`);
}

main();
