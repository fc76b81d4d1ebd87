/**
 * The components editors may use in MDX, with a Zod schema for each one's props
 * as written in the source. Keep in step with src/components/content/ (index.ts
 * lists them; each .astro file's Props). Strict objects, so a misspelt prop
 * (`typ="warning"`) is an error instead of a silently plain note.
 */
import { z } from 'zod';

const plain = z.string().min(1);

export const COMPONENT_PROPS = {
  Steps: z.strictObject({}),
  Prepare: z.strictObject({}),
  Callout: z.strictObject({
    type: z.enum(['note', 'tip', 'warning', 'danger']).optional(),
    title: plain.optional(),
  }),
  ContactSupport: z.strictObject({ channels: z.array(plain).optional() }),
  Troubleshooter: z.strictObject({ tree: plain, start: plain.optional() }),
} as const;

export type ComponentName = keyof typeof COMPONENT_PROPS;

export const COMPONENT_NAMES = Object.keys(COMPONENT_PROPS) as ComponentName[];

export const isComponentName = (name: string): name is ComponentName => Object.hasOwn(COMPONENT_PROPS, name);

/** Levenshtein distance with two rows: O(a·b) time on two short names, no regex. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1]?.toLowerCase() === b[j - 1]?.toLowerCase() ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The closest known name, when it is close enough to be a typo (at most a third of its letters off). */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(name, candidate);
    if (best === undefined || distance < best.distance) best = { name: candidate, distance };
  }
  return best !== undefined && best.distance <= Math.max(2, Math.floor(best.name.length / 3)) ? best.name : undefined;
}
