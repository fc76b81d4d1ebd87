/**
 * `npm run docs:contributing`: rewrites the field list in CONTRIBUTING.md
 * (between <!-- fields:start --> and <!-- fields:end -->) from the schemas.
 * `-- --check` only reports whether it is stale (exit 1), for CI.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fieldDocs, replaceFieldSection } from '../editorial/engine/field-docs.ts';

const file = join(process.cwd(), 'CONTRIBUTING.md');
const checkOnly = process.argv.includes('--check');
try {
  const current = readFileSync(file, 'utf8');
  const next = replaceFieldSection(current, fieldDocs());
  if (next === current) {
    console.log('CONTRIBUTING.md: the field list is up to date.');
  } else if (checkOnly) {
    console.error('CONTRIBUTING.md: the field list is stale. Run npm run docs:contributing and commit the result.');
    process.exitCode = 1;
  } else {
    writeFileSync(file, next);
    console.log('CONTRIBUTING.md: field list regenerated from src/schemas/.');
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
