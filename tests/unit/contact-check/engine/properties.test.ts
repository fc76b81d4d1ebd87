/**
 * Property-based tests: fast-check writes the inputs, from the registry itself,
 * so a new channel is attacked and accepted the same way as the old ones. One
 * property per legitimate writing and one per attack class of issue #10.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizePhone } from '../../../../src/contact-check/engine/index.ts';
import { editDistance } from '../../../../src/contact-check/engine/lookalike.ts';
import { checkText, registry } from '../registry.ts';

const RUNS = { numRuns: 60 };
const phones = registry.channels.filter((channel) => channel.type === 'phone');
const emails = registry.channels.filter((channel) => channel.type === 'email');
const webs = registry.channels.filter((channel) => channel.type === 'web');
const names = registry.channels.filter((channel) => channel.type === 'app' || channel.type === 'social');
const national = (value: string): string => normalizePhone(value)?.national ?? '';

const DASHES = ['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\uFF0D'];
const ZERO_WIDTH = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'];
const separator = fc.constantFrom('', ' ', '\u00A0', '.', ...DASHES);
const fullWidthDigits = (text: string): string => text.replace(/[0-9]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0));
const randomCase = (text: string, flips: readonly boolean[]): string =>
  [...text].map((char, index) => (flips[index % Math.max(flips.length, 1)] ? char.toUpperCase() : char.toLowerCase())).join('');

/** A phone channel's digits in groups with any separator, with or without +86 / 0086, maybe in full-width digits. */
const phoneWriting = fc.record({
  channel: fc.constantFrom(...phones),
  separators: fc.array(separator, { minLength: 16, maxLength: 16 }),
  prefix: fc.constantFrom('', '+86 ', '0086 ', '+86\u00A0', '+86 (0)'),
  wide: fc.boolean(),
});
type PhoneWriting = { channel: (typeof phones)[number]; separators: string[]; prefix: string; wide: boolean };
const writePhone = ({ channel, separators, prefix, wide }: PhoneWriting): string => {
  const digits = national(channel.value);
  // A trunk 0 is how an area-code number is dialled at home; 400 numbers and SMS senders have none.
  const local = prefix === '' && !/^(?:[48]00|106)/.test(digits) ? `0${digits}` : digits;
  const written = (prefix === '+86 (0)' && /^(?:[48]00|106)/.test(digits) ? '+86 ' : prefix) + [...local].map((digit, index) => (index === 0 ? digit : (separators[index] ?? '') + digit)).join('');
  return wide ? fullWidthDigits(written) : written;
};

const attackerHost = fc.constantFrom('attacker.test', 'evil.cn', 'refund-center.top', 'kefu-help.xyz', 'pay.attacker.test');
const prose = fc.constantFrom(' ', '，', '、', ' 或 ', '\n', '; ', ' or ', '。请改用 ');

describe('every legitimate writing of an official channel is official', () => {
  it('reads a phone channel written with any separators, prefix or digit width', async () => {
    await fc.assert(
      fc.asyncProperty(phoneWriting, async (writing) => {
        const result = await checkText(writePhone(writing));
        expect(result.verdict).toBe('official');
        expect(result.parts.map((part) => part.channelId)).toEqual([writing.channel.id]);
      }),
      RUNS,
    );
  });

  it('reads an e-mail channel in any case, with a display name, brackets or mailto:', async () => {
    const wrapping = fc.constantFrom((a: string) => a, (a: string) => `<${a}>`, (a: string) => `mailto:${a}`, (a: string) => `「${a}」`, (a: string) => `"Example Wallet" <${a}>`, (a: string) => `示例钱包 <${a}>`);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...emails), fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }), wrapping, async (channel, flips, wrap) => {
        const result = await checkText(wrap(randomCase(channel.value, flips)));
        expect(result.verdict).toBe('official');
        expect(result.parts.map((part) => part.channelId)).toContain(channel.id);
      }),
      RUNS,
    );
  });

  it('reads a web channel in any case, with or without its scheme, with any path', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...webs),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        fc.stringMatching(/^(?:\/[a-z0-9-]{0,8}){0,3}$/),
        async (channel, flips, scheme, path) => {
          const host = new URL(channel.value).hostname;
          const result = await checkText(`${scheme ? 'https://' : ''}${randomCase(host, flips)}${path}`);
          expect(result.verdict).toBe('official');
          expect(result.parts.map((part) => part.channelId)).toEqual([channel.id]);
        },
      ),
      RUNS,
    );
  });

  it('reads a name channel in any case, with extra spaces and full-width brackets', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...names), fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }), fc.boolean(), fc.constantFrom('', ' ', '  '), async (channel, flips, wideBrackets, pad) => {
        const written = pad + randomCase(channel.value, flips).replace(/\(/g, wideBrackets ? '（' : '(').replace(/\)/g, wideBrackets ? '）' : ')') + pad;
        const result = await checkText(written);
        expect(result.verdict).toBe('official');
        expect(result.parts.map((part) => part.channelId)).toEqual([channel.id]);
      }),
      RUNS,
    );
  });

  it('reads a message quoting several official phone numbers, addresses and links as official', async () => {
    // Numbers grouped with spaces next to each other ("0086 10690000000 0 400…") are ambiguous to any reader; group these with dashes.
    const grouped = phoneWriting.map((writing) => ({ ...writing, separators: writing.separators.map((gap) => (/\s/.test(gap) ? '-' : gap)) }));
    const value = fc.oneof(grouped.map(writePhone), fc.constantFrom(...emails, ...webs).map((channel) => channel.value));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(value, prose), { minLength: 2, maxLength: 4 }), async (pieces) => {
        const result = await checkText(pieces.map(([piece, gap]) => piece + gap).join(''));
        expect(result.verdict).toBe('official');
        expect(result.parts).toHaveLength(pieces.length);
      }),
      RUNS,
    );
  });
});

describe('no attack is called official, and each names the channel it imitates', () => {
  it('an official value next to a hostile one', async () => {
    const hostile = fc.oneof(attackerHost, attackerHost.map((host) => `kefu@${host}`), fc.constantFrom('138 0000 0000', '+852 5555 0100', '400-123-4567'));
    const official = fc.oneof(phoneWriting.map(writePhone), fc.constantFrom(...emails, ...webs).map((channel) => channel.value));
    await fc.assert(
      fc.asyncProperty(official, prose, hostile, fc.boolean(), async (good, gap, bad, hostileFirst) => {
        expect((await checkText(hostileFirst ? bad + gap + good : good + gap + bad)).verdict).not.toBe('official');
      }),
      RUNS,
    );
  });

  it('an official address as the display name of another', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...emails), fc.constantFrom('refund', 'kefu', 'support'), attackerHost, fc.boolean(), async (channel, mailbox, host, quoted) => {
        const name = quoted ? `"${channel.value}"` : channel.value;
        const result = await checkText(`${name} <${mailbox}@${host}>`);
        expect(result.verdict).not.toBe('official');
        expect(result.imitatesChannelId).toBe(channel.id);
      }),
      RUNS,
    );
  });

  it('a name channel with one letter in compatibility or look-alike characters', async () => {
    // Each maps a character of ours to one that NFKC or Unicode's confusables read as it.
    const disguises: readonly ((char: string) => string | undefined)[] = [
      (char) => (/[a-z]/i.test(char) ? String.fromCharCode(char.charCodeAt(0) + 0xfee0) : undefined), // full-width
      (char) => (/[a-z]/.test(char) ? String.fromCodePoint(0x1d41a + char.charCodeAt(0) - 0x61) : undefined), // mathematical bold
      (char) => ({ a: '\u0430', e: '\u0435', o: '\u043E', p: '\u0440', c: '\u0441', x: '\u0445', l: '\u04CF' })[char], // Cyrillic
      (char) => ({ 示: '\u2F70', 方: '\u2F45', 例: '\uF9B5', 包: '\u{2F829}' })[char], // Kangxi radical, compatibility ideograph
    ];
    const target = fc.constantFrom(...names).chain((channel) =>
      fc.record({ channel: fc.constant(channel), at: fc.nat({ max: [...channel.value].length - 1 }), disguise: fc.constantFrom(...disguises) }),
    );
    await fc.assert(
      fc.asyncProperty(target, async ({ channel, at, disguise }) => {
        const chars = [...channel.value];
        const index = chars.findIndex((char, position) => position >= at && disguise(char) !== undefined);
        fc.pre(index >= 0);
        chars[index] = disguise(chars[index] ?? '') ?? '';
        const result = await checkText(chars.join(''));
        expect(result.verdict).not.toBe('official');
        expect(result.parts[0].reasons).toContain('confusable-characters');
        expect(result.imitatesChannelId).toBeDefined();
      }),
      RUNS,
    );
  });

  it('an attacker host split from an official domain by a separator a messenger ends the link at', async () => {
    const split = fc.constantFrom(',', ' ', '\u3002', '，', '、', ';', '!', '\u3000', '\u00A0', ...ZERO_WIDTH, '%2C');
    await fc.assert(
      fc.asyncProperty(attackerHost, split, fc.constantFrom(...registry.webDomains), fc.constantFrom('', 'https://', 'http://'), async (host, gap, domain, scheme) => {
        expect((await checkText(`${scheme}${host}${gap}.${domain}`)).verdict).not.toBe('official');
      }),
      RUNS,
    );
  });

  it('a phone channel written with an invisible character anywhere between its digits', async () => {
    await fc.assert(
      fc.asyncProperty(phoneWriting, fc.constantFrom(...ZERO_WIDTH), fc.nat(), async (writing, invisible, at) => {
        const written = writePhone(writing);
        // Before a digit, beside the separator (if any) that precedes it within the number.
        const digits = [...written.matchAll(/(?<=[0-9\uFF10-\uFF19][^0-9\uFF10-\uFF19]?)[0-9\uFF10-\uFF19]/g)].map((match) => match.index);
        const cut = digits[at % digits.length] ?? 1;
        const hidden = written.slice(0, cut) + invisible + written.slice(cut);
        const result = await checkText(hidden);
        expect(result.verdict, JSON.stringify(hidden)).not.toBe('official');
        expect(result.imitatesChannelId, JSON.stringify(hidden)).toBe(writing.channel.id);
      }),
      RUNS,
    );
  });

  it("a phone channel's digits behind another country code or a trunk 0", async () => {
    const prefix = fc.constantFrom('+852 ', '+44 ', '+886 ', '+63 ', '+1 ', '00855 ', '+853 ', '+81 ');
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...phones), prefix, separator, async (channel, code, gap) => {
        const digits = national(channel.value);
        const written = `${code}${digits.slice(0, 3)}${gap}${digits.slice(3)}`;
        const result = await checkText(written);
        expect(result.verdict, written).not.toBe('official');
        expect(result.imitatesChannelId, written).toBe(channel.id);
      }),
      RUNS,
    );
    for (const channel of phones.filter((phone) => /^(?:[48]00|106)/.test(national(phone.value)))) {
      expect(await checkText(`0${national(channel.value)}`)).toMatchObject({ verdict: 'not-official', imitatesChannelId: channel.id });
    }
  });

  it('a phone channel with one digit changed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...phones), fc.nat(), fc.integer({ min: 1, max: 9 }), async (channel, at, shift) => {
        const digits = [...national(channel.value)];
        const index = at % digits.length;
        digits[index] = String((Number(digits[index]) + shift) % 10);
        fc.pre(index > 0 || digits[0] !== '0'); // a leading 0 would be a trunk 0, another attack
        const written = digits.join('');
        const result = await checkText(`+86 ${written}`);
        expect(result.verdict).not.toBe('official');
        // One digit off two official numbers at once (4100000000): either may be named, never none.
        const oneOff = phones.filter((phone) => editDistance(national(phone.value), written) === 1).map((phone) => phone.id);
        expect(oneOff).toContain(channel.id);
        expect(oneOff).toContain(result.imitatesChannelId);
      }),
      RUNS,
    );
  });

  it('an official e-mail domain with one letter swapped for a look-alike', async () => {
    const swaps: Readonly<Record<string, readonly string[]>> = { e: ['\u0435', '3'], a: ['\u0430', '\u03B1'], o: ['\u043E', '0'], l: ['1', '\u04CF', 'I'], m: ['rn'], p: ['\u0440'], x: ['\u0445'], i: ['1', '\u0456'] };
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...emails), fc.nat(), fc.nat(), async (channel, at, pick) => {
        const [mailbox, domain = ''] = channel.value.split('@');
        const label = domain.split('.')[domain.split('.').length - 2] ?? '';
        const positions = [...label].flatMap((char, index) => (swaps[char] ? [index] : []));
        fc.pre(positions.length > 0);
        const index = positions[at % positions.length] ?? 0;
        const options = swaps[label[index] ?? ''] ?? [];
        const lookalike = label.slice(0, index) + (options[pick % options.length] ?? '') + label.slice(index + 1);
        const written = `${mailbox}@${domain.replace(label, lookalike)}`;
        const result = await checkText(written);
        expect(result.verdict, written).not.toBe('official');
        expect(result.imitatesChannelId, written).toBe(channel.id);
      }),
      RUNS,
    );
  });

  it('our brand in a free mailbox or in front of an attacker host', async () => {
    const brand = fc.constantFrom(...registry.webDomains.map((domain) => domain.split('.')[0] ?? domain), '示例钱包', 'examplewallet');
    const suffix = fc.constantFrom('', '-kefu', '_official', '.support', '客服', '-pay');
    await fc.assert(
      fc.asyncProperty(brand, suffix, fc.constantFrom('qq.com', '163.com', 'gmail.com', 'outlook.com'), attackerHost, async (name, more, free, host) => {
        const mailbox = await checkText(`${name}${more}@${free}`);
        expect(mailbox.verdict).not.toBe('official');
        expect(emails.map((channel) => channel.id)).toContain(mailbox.imitatesChannelId);
        const link = await checkText(`https://${name}${more}.${host}/login`);
        expect(link.verdict).not.toBe('official');
        expect(webs.map((channel) => channel.id)).toContain(link.imitatesChannelId);
      }),
      RUNS,
    );
  });
});
