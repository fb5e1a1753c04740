// Prints vitest's JSON results as the plain closing line CI reads: "<label>: N passed, N failed, N skipped".
import { readFileSync } from 'node:fs';

const [file, label] = process.argv.slice(2);
const results = JSON.parse(readFileSync(file, 'utf8'));
const skipped = (results.numPendingTests ?? 0) + (results.numTodoTests ?? 0);
console.log(`${label}: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped`);
process.exit(results.numFailedTests > 0 || !results.success ? 1 : 0);
