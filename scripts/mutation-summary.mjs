#!/usr/bin/env node
// After `npm run test:mutation`: the score of each folder and one line per surviving mutant,
// from reports/mutation/mutation.json, in the form docs/testing.md records them.
//   node scripts/mutation-summary.mjs [reports/mutation/mutation.json]
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(process.argv[2] ?? 'reports/mutation/mutation.json', 'utf8'));
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);
const folders = new Map();
const survivors = [];
for (const [path, { source, mutants }] of Object.entries(report.files)) {
  const folder = path.split('/').slice(0, 2).join('/');
  const counts = folders.get(folder) ?? { detected: 0, undetected: 0 };
  const lines = source.split('\n');
  for (const mutant of mutants) {
    if (DETECTED.has(mutant.status)) counts.detected++;
    if (!UNDETECTED.has(mutant.status)) continue;
    counts.undetected++;
    const { start, end } = mutant.location;
    const original = start.line === end.line ? lines[start.line - 1].slice(start.column - 1, end.column - 1) : lines[start.line - 1].slice(start.column - 1) + ' …';
    const short = (text) => (text.length > 70 ? `${text.slice(0, 67)}…` : text).replace(/\s+/g, ' ');
    survivors.push(`${path}:${start.line} ${mutant.mutatorName}${mutant.status === 'NoCoverage' ? ' (no coverage)' : ''}: \`${short(original)}\` → \`${short(mutant.replacement ?? '')}\``);
  }
  folders.set(folder, counts);
}
let all = { detected: 0, undetected: 0 };
for (const [folder, { detected, undetected }] of [...folders].sort()) {
  all = { detected: all.detected + detected, undetected: all.undetected + undetected };
  console.log(`${folder}: ${((100 * detected) / (detected + undetected)).toFixed(1)} % (${detected} of ${detected + undetected} detected)`);
}
console.log(`all: ${((100 * all.detected) / (all.detected + all.undetected)).toFixed(1)} % (${all.detected} of ${all.detected + all.undetected})`);
console.log(`\n${survivors.length} undetected:`);
for (const line of survivors) console.log(`- ${line}`);
