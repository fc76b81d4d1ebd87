import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const engineDir = fileURLToPath(new URL('../../../src/troubleshooter/engine/', import.meta.url));
const files = readdirSync(engineDir).filter((name) => name.endsWith('.ts'));
/** Every `import … from '…'` and `export … from '…'`, with whether it is type-only. */
const IMPORT = /^(?:import|export)\s+(type\s+)?[^;]*?\sfrom\s+'([^']+)'/gm;

describe('the troubleshooter engine', () => {
  it.each(files)('imports nothing at runtime from outside the engine in %s, so Zod never reaches the browser', (name) => {
    const source = readFileSync(`${engineDir}${name}`, 'utf8');
    const runtime = [...source.matchAll(IMPORT)].filter(([, typeOnly, from]) => !typeOnly && !from?.startsWith('./'));
    expect(runtime.map(([statement]) => statement)).toEqual([]);
  });
});
