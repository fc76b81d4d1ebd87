import { describe, expect, it } from 'vitest';
import { ADVERSARIAL_INPUTS, type AdversarialInput } from '../adversarial-inputs.ts';
import { checkText } from '../registry.ts';

const describeRow = (row: AdversarialInput): string => `${row.kind}: ${JSON.stringify(row.input)}`;

describe('the checker against its own attack set', () => {
  it.each(ADVERSARIAL_INPUTS.filter((row) => 'hostile' in row.expect).map((row) => [describeRow(row), row] as const))(
    'never calls a hostile text official, and names the channel it imitates: %s',
    async (_name, row) => {
      const result = await checkText(row.input);
      expect(result.verdict).not.toBe('official');
      if ('hostile' in row.expect && row.expect.hostile !== undefined) expect(result.imitatesChannelId).toBe(row.expect.hostile);
    },
  );

  it.each(ADVERSARIAL_INPUTS.filter((row) => 'message' in row.expect).map((row) => [describeRow(row), row] as const))(
    'calls every contact in a genuine message ours, and the message only a message with our contacts in it: %s',
    async (_name, row) => {
      const result = await checkText(row.input);
      expect(result.verdict).toBe('official-contacts');
      expect(result.parts.every((part) => part.verdict === 'official')).toBe(true);
    },
  );

  it.each(ADVERSARIAL_INPUTS.filter((row) => 'official' in row.expect).map((row) => [describeRow(row), row] as const))(
    'calls every legitimate writing of an official channel official: %s',
    async (_name, row) => {
      const result = await checkText(row.input);
      expect(result.verdict).toBe('official');
      expect(result.imitatesChannelId).toBeUndefined();
      if ('official' in row.expect && row.expect.official !== null) expect(result.parts.map((part) => part.channelId)).toContain(row.expect.official);
    },
  );
});

describe('script links', () => {
  it.each(ADVERSARIAL_INPUTS.filter((row) => row.kind === 'script-link').map((row) => [describeRow(row), row] as const))(
    'reads a javascript:, vbscript: or data: link as an unsafe part of its own, and nothing inside it as official: %s',
    async (_name, row) => {
      const result = await checkText(row.input);
      const scripts = result.parts.filter((part) => part.reasons.includes('unsafe-scheme'));
      expect(scripts).toHaveLength(1);
      for (const part of result.parts.filter((other) => other.verdict === 'official')) expect(scripts[0]?.input).not.toContain(part.input.trim());
    },
  );

  it.each(['metadata:text/plain,x', 'Your data: we never ask for it', 'javascripts: a book', 'file: report.pdf'])(
    'does not take a word before a colon for a script link: %s',
    async (input) => {
      const result = await checkText(input);
      expect(result.parts.some((part) => part.reasons.includes('unsafe-scheme'))).toBe(false);
    },
  );
});
