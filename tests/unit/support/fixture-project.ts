/**
 * Builds a throwaway project folder from tests/fixtures/content/valid with one
 * broken variant laid over it, so checks run on real files the way the CLI does.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '../../fixtures/content');

function overlay(from: string, to: string): void {
  for (const name of readdirSync(from)) {
    const source = join(from, name);
    const target = join(to, name);
    if (statSync(source).isDirectory()) {
      overlay(source, target);
    } else if (name.endsWith('.delete')) {
      rmSync(target.slice(0, -'.delete'.length), { force: true });
    } else {
      cpSync(source, target);
    }
  }
}

/** Returns the path of a fresh project: valid content, plus `variant`'s files on top. */
export function fixtureProject(variant?: string): string {
  const root = mkdtempSync(join(tmpdir(), 'help-center-fixture-'));
  cpSync(join(FIXTURES, 'valid'), root, { recursive: true });
  if (variant !== undefined) {
    const dir = join(FIXTURES, variant);
    if (!existsSync(dir)) throw new Error(`No fixture folder ${relative(process.cwd(), dir)}`);
    overlay(dir, root);
  }
  return root;
}

export function brokenVariants(): string[] {
  return readdirSync(FIXTURES).filter((name) => name !== 'valid' && statSync(join(FIXTURES, name)).isDirectory()).sort();
}
