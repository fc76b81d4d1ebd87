import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { useBrowser } from './support/chromium.ts';
import { watchProblems, type PageProblems } from './support/site.ts';
import { siteConfig } from '../../src/site.config.ts';
import { ADVERSARIAL_INPUTS } from '../unit/contact-check/adversarial-inputs.ts';
import { checkText, registry } from '../unit/contact-check/registry.ts';
import { MAX_INPUT_LENGTH } from '../../src/contact-check/engine/index.ts';

const origin = inject('origin');
const browser = useBrowser();

/** The JavaScript the page may load, gzip: the checker engine, its verdict rendering and the site-wide search loader. */
const JS_BUDGET_BYTES = 12 * 1024;

const LOCALES = [
  {
    segment: 'zh-cn',
    hotline: '客服热线',
    supportEmail: '客服邮箱',
    callerId: '来电显示可以伪造',
    hangUp: '挂断电话，自己打开',
    tooLong: '内容太长，无法核实',
    antiFraud: '全国反诈预警劝阻专线',
    scamTitle: '这是诈骗，请立即停止',
    needsJs: '自动核实需要浏览器启用 JavaScript',
  },
  {
    segment: 'en',
    hotline: 'Customer service hotline',
    supportEmail: 'Support e-mail',
    callerId: 'Caller ID can be faked',
    hangUp: 'Hang up and open',
    tooLong: 'This is too long to check',
    antiFraud: "China's national anti-fraud line",
    scamTitle: 'This is a scam — stop',
    needsJs: 'The automatic check needs JavaScript',
  },
] as const;

const input = '#verify-q';
const result = '[data-verify-result]';

/** What the page shows for the text in the box: the verdict, what it imitates and each part's verdict. */
interface Shown {
  verdict: string | null;
  imitates: string | null;
  parts: (string | null)[];
}

interface VerifyPage {
  page: Page;
  problems: PageProblems;
  /** Replaces what is in the box and waits for the verdict on exactly that text. */
  check: (text: string) => Promise<{ verdict: string | null; text: string }>;
  /** Types the text, presses Enter and reads what the page decided about the value the box really holds. */
  submit: (text: string) => Promise<{ value: string; shown: Shown }>;
  close: () => Promise<void>;
}

async function openVerify(segment: string, search = ''): Promise<VerifyPage> {
  const page = await browser.newPage();
  const problems = watchProblems(page);
  await page.goto(`${origin}/${segment}/verify/${search}`, { waitUntil: 'load' });
  await page.waitForFunction(() => customElements.get('kb-verify') !== undefined);
  const verdictFor = async (text: string) => {
    await page.waitForFunction((expected) => document.querySelector('[data-verify-result] .verdict-checked code')?.textContent === expected, text.trim());
    return { verdict: await page.getAttribute(result, 'data-verdict'), text: (await page.textContent(result)) ?? '' };
  };
  return {
    page,
    problems,
    check: async (text) => {
      await page.fill(input, text);
      return verdictFor(text);
    },
    submit: async (text) => {
      await page.fill(input, text);
      await page.press(input, 'Enter');
      // A text field drops line breaks; what counts is what the page checked.
      const value = await page.inputValue(input);
      await verdictFor(value);
      const shown = await page.evaluate(() => {
        const section = document.querySelector<HTMLElement>('[data-verify-result]');
        const parts = [...document.querySelectorAll<HTMLElement>('[data-verify-result] [data-verify-part]')].map((part) => part.dataset['verdict'] ?? null);
        return { verdict: section?.dataset['verdict'] ?? null, imitates: section?.dataset['imitates'] ?? null, parts };
      });
      return { value, shown };
    },
    close: () => page.close(),
  };
}

const fullWidth = (text: string): string => text.replace(/[0-9+\-]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));

describe.each(LOCALES)('the /$segment/verify/ checker', (locale) => {
  it('recognises the official hotline however it is written, and always warns that caller ID can be faked', async () => {
    const { check, problems, close } = await openVerify(locale.segment);
    for (const written of ['+86 400-000-0000', '4000000000', '0086 400 000 0000', fullWidth('4000000000'), fullWidth('+86 400-000-0000')]) {
      const { verdict, text } = await check(written);
      expect(verdict, written).toBe('official');
      expect(text, written).toContain(locale.hotline);
      expect(text, written).toContain(locale.callerId);
      expect(text, written).toContain(locale.hangUp);
    }
    expect(problems.consoleErrors).toEqual([]);
    await close();
  });

  it('calls a number one digit off not official, names the number it imitates, and still says to hang up', async () => {
    const { check, close } = await openVerify(locale.segment);
    const { verdict, text } = await check('400-000-0001');
    expect(verdict).toBe('not-official');
    expect(text).toContain('+86 400-000-0000');
    expect(text).toContain(locale.hangUp);
    await close();
  });

  it('tells the official e-mail from lookalikes and names what they imitate', async () => {
    const { check, close } = await openVerify(locale.segment);
    const official = await check('support@example.com');
    expect(official.verdict).toBe('official');
    expect(official.text).toContain(locale.supportEmail);
    for (const lookalike of ['support@example.com.evil.cn', 'examp1e.com']) {
      const { verdict, text } = await check(lookalike);
      expect(verdict, lookalike).toBe('not-official');
      expect(text, lookalike).toMatch(/(imitates the official|冒充官方的) example\.com/);
    }
    const hidden = await check('https://example.com@evil.cn');
    expect(hidden.verdict).toBe('not-official');
    expect(hidden.text).toContain('evil.cn');
    await close();
  });

  it('lists every detail of a pasted text with its own verdict, and names the channel the text imitates', async () => {
    const { page, check, close } = await openVerify(locale.segment);
    const { verdict } = await check('客服热线 400-000-0000，退款请访问 examp1e.com');
    expect(verdict).toBe('not-official');
    expect(await page.getAttribute(result, 'data-imitates')).toBe('website');
    expect(await page.$$eval('[data-verify-part]', (parts) => parts.map((part) => part.getAttribute('data-verdict')))).toEqual(['official', 'not-official']);
    await close();
  });

  it('shows the official number in a caution tone with one instruction, and no "call back" advice', async () => {
    const { page, check, close } = await openVerify(locale.segment);
    const { verdict, text } = await check('+86 400-000-0000');
    expect(verdict).toBe('official');
    expect(await page.getAttribute(result, 'data-tone')).toBe('caution');
    expect(text).toContain(locale.hangUp);
    expect(text).not.toMatch(/call back yourself|自己把电话打回去|不要回拨/i);
    await close();
  });

  it(`answers 100 KB of pasted text at once with the ${MAX_INPUT_LENGTH}-character cap`, async () => {
    const { page, close } = await openVerify(locale.segment);
    await page.fill(input, '示例钱包客服'.repeat(17_000));
    await page.press(input, 'Enter');
    await page.waitForSelector(`${result}[data-verdict="invalid"]`);
    expect(await page.textContent('[data-verify-status]')).toContain(locale.tooLong);
    expect(await page.textContent(result)).toContain(String(MAX_INPUT_LENGTH));
    await close();
  });

  it('says it cannot read garbage instead of guessing', async () => {
    const { check, close } = await openVerify(locale.segment);
    expect((await check('%%%###')).verdict).toBe('invalid');
    await close();
  });

  it('explains 96110 as the national anti-fraud line, not us', async () => {
    const { check, close } = await openVerify(locale.segment);
    const { verdict, text } = await check('96110');
    expect(verdict).toBe('not-official');
    expect(text).toContain(locale.antiFraud);
    await close();
  });

  it('renders the verdict for a shared ?q= link on load', async () => {
    const { page, problems, close } = await openVerify(locale.segment, `?q=${encodeURIComponent('+86 400-000-0000')}`);
    await page.waitForSelector(`${result}[data-verdict="official"]`);
    expect(await page.inputValue(input)).toBe('+86 400-000-0000');
    expect(await page.textContent('[data-verify-status]')).toContain(locale.hotline);
    expect(problems.consoleErrors).toEqual([]);
    await close();
  });

  it('shows "this is a scam — stop" with the next steps as soon as a risky request is ticked', async () => {
    const { page, close } = await openVerify(locale.segment);
    const warning = '[data-scam-warning]';
    expect(await page.isHidden(warning)).toBe(true);
    await page.check('input[value="verification-code"]');
    expect(await page.isVisible(warning)).toBe(true);
    expect(await page.textContent(warning)).toContain(locale.scamTitle);
    expect(await page.getAttribute(`${warning} a[href$="/articles/scammed-what-now/"]`, 'href')).toBe(`/${locale.segment}/articles/scammed-what-now/`);
    // The warning lists the lines src/site.config.ts names for scam victims, not every external reference (12321 is for reporting spam).
    for (const reference of registry.externalReferences.filter((candidate) => siteConfig.antiFraudReferenceIds.includes(candidate.id))) {
      expect(await page.locator(`${warning} [data-channel-id="${reference.id}"] a[href="tel:${reference.value}"]`).count(), reference.id).toBe(1);
    }
    expect(await page.textContent('[data-checklist-status]')).toContain(locale.scamTitle);
    await page.uncheck('input[value="verification-code"]');
    await page.check('input[value="transaction-details"]');
    expect(await page.isHidden(warning)).toBe(true);
    expect(await page.isVisible('[data-scam-calm]')).toBe(true);
    await close();
  });
});

describe('the /verify page', () => {
  // In batches, so that no one test's running time grows with the attack set (it outgrew 120 s on a busy machine).
  const extra = ['https://attacker.test\u200B.example.com', 'https://attacker.test%2C.example.com', 'example\u3002com', 'attacker.test\uFF0Cexample.com', 'https://attacker.test\u00AD.example.com'];
  const attackTexts = [...ADVERSARIAL_INPUTS.map((row) => row.input), ...extra];
  const BATCH = 40;
  const batches = Array.from({ length: Math.ceil(attackTexts.length / BATCH) }, (_, index) => ({ from: index * BATCH + 1, to: Math.min((index + 1) * BATCH, attackTexts.length) }));
  it.each(batches)('gives attack-set inputs $from–$to the same verdict, imitation and parts in Chromium as the engine does under Node', async ({ from, to }) => {
    const { submit, close } = await openVerify('en');
    const mismatches: string[] = [];
    for (const text of attackTexts.slice(from - 1, to)) {
      const { value, shown } = await submit(text);
      const expected = await checkText(value);
      const node = { verdict: expected.verdict, imitates: expected.imitatesChannelId ?? null, parts: expected.parts.map((part) => part.verdict) };
      if (JSON.stringify(node) !== JSON.stringify(shown)) mismatches.push(`${JSON.stringify(value)}: Node ${JSON.stringify(node)}, Chromium ${JSON.stringify(shown)}`);
    }
    expect(mismatches).toEqual([]);
    await close();
  });

  it('checks as you type without writing the address bar, shares ?q= on Enter, and puts the verdict in a live region', async () => {
    const { page, close } = await openVerify('en');
    await page.focus(input);
    await page.keyboard.type('examp1e.com');
    await page.waitForSelector(`${result}[data-verdict="not-official"]`);
    expect(new URL(page.url()).searchParams.get('q')).toBeNull();
    await page.press(input, 'Enter');
    await page.waitForURL('**/en/verify/?q=examp1e.com');
    expect(await page.getAttribute('[data-verify-status]', 'role')).toBe('status');
    expect(await page.getAttribute('[data-verify-status]', 'aria-live')).toBe('polite');
    // Not colour alone: an icon and a word carry the verdict too.
    expect(await page.textContent(`[data-verify-status] .verdict-badge`)).toBe('Not official');
    expect(await page.locator('[data-verify-status] svg.verdict-icon').count()).toBe(1);
    await page.fill(input, '');
    await page.waitForSelector(`${result}:not([data-verdict])`, { state: 'attached' });
    expect(new URL(page.url()).search).toBe('');
    await page.fill(input, 'examp1e.com');
    await page.waitForSelector(`${result}[data-verdict="not-official"]`);
    expect(await page.textContent('[data-verify-status]')).toContain('example.com');
    await close();
  });

  it('does not check while a Chinese input method is still composing', async () => {
    const { page, close } = await openVerify('zh-cn');
    await page.focus(input);
    const session = await page.context().newCDPSession(page);
    await session.send('Input.imeSetComposition', { text: 'shili', selectionStart: 5, selectionEnd: 5 });
    await page.waitForTimeout(600);
    expect(await page.getAttribute(result, 'data-verdict')).toBeNull();
    await session.send('Input.insertText', { text: '示例钱包服务号' });
    await page.waitForSelector(`${result}[data-verdict="official"]`);
    await close();
  });

  it('never sends what the reader checks anywhere: no request, body or Referer carries it', async () => {
    const { page, check, close } = await openVerify('en');
    const secret = 'support@example.com.evil.cn';
    const leaks: string[] = [];
    page.on('request', (request) => {
      const sent = [request.url(), request.postData() ?? '', ...Object.values(request.headers())].join('\n');
      if (sent.includes(secret) || sent.includes(encodeURIComponent(secret))) leaks.push(request.url());
    });
    await check(secret);
    await page.press(input, 'Enter');
    await page.check('input[value="password-or-pin"]');
    await page.click(`${result} a[href$="/articles/scammed-what-now/"]`);
    await page.waitForURL('**/en/articles/scammed-what-now/');
    expect(leaks).toEqual([]);
    await close();
  });

  it('keeps the line breaks of a pasted message, checks on Enter and starts a new line on Shift+Enter', async () => {
    const { page, close } = await openVerify('zh-cn');
    await page.focus(input);
    await page.keyboard.insertText('您的退款申请已受理\n客服热线 400-000-0000');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.insertText('退款专线 400-000-0009');
    expect(await page.inputValue(input)).toBe('您的退款申请已受理\n客服热线 400-000-0000\n退款专线 400-000-0009');
    await page.keyboard.press('Enter');
    await page.waitForSelector(`${result}[data-verdict="not-official"]`);
    expect(await page.locator('[data-verify-part]').count()).toBe(2);
    expect(new URL(page.url()).searchParams.get('q')).toBe('您的退款申请已受理\n客服热线 400-000-0000\n退款专线 400-000-0009');
    await close();
  });

  it('can be used with the keyboard alone', async () => {
    const { page, close } = await openVerify('en');
    const focused = () => page.evaluate(() => {
      const active = document.activeElement;
      if (active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement) return `${active.localName}:${active.id || active.value}`;
      return `${active?.tagName}:${active?.textContent?.trim() ?? ''}`;
    });
    const tabTo = async (target: string) => {
      for (let presses = 0; presses < 40 && (await focused()) !== target; presses += 1) await page.keyboard.press('Tab');
      expect(await focused()).toBe(target);
    };
    await tabTo('textarea:verify-q');
    await page.keyboard.type('+86 400-000-0001');
    await page.keyboard.press('Enter');
    await page.waitForSelector(`${result}[data-verdict="not-official"]`);
    expect(new URL(page.url()).searchParams.get('q')).toBe('+86 400-000-0001');
    await tabTo('input:verification-code');
    await page.keyboard.press('Space');
    expect(await page.isVisible('[data-scam-warning]')).toBe(true);
    await tabTo('A:I was scammed. What now?');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/en/articles/scammed-what-now/');
    await close();
  });

  it('stays free of console errors and axe violations with a verdict and the scam warning showing', async () => {
    for (const segment of ['zh-cn', 'en']) {
      const { page, problems, close } = await openVerify(segment, `?q=${encodeURIComponent('https://example.com@evil.cn')}`);
      await page.waitForSelector(`${result}[data-verdict="not-official"]`);
      await page.check('input[value="screen-sharing"]');
      expect(await axeViolations(page), segment).toEqual([]);
      await page.fill(input, '+86 400-000-0000');
      await page.waitForSelector(`${result}[data-verdict="official"]`);
      expect(await axeViolations(page), segment).toEqual([]);
      expect(problems.consoleErrors, segment).toEqual([]);
      expect(problems.failedRequests, segment).toEqual([]);
      await close();
    }
  });

  it(`loads at most ${JS_BUDGET_BYTES / 1024} KiB of JavaScript (gzip), and no other page loads the checker`, async () => {
    const page = await browser.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${origin}/zh-cn/verify/`, { waitUntil: 'networkidle' });
    const bytes = scripts.reduce((sum, path) => sum + gzipSync(readFileSync(join(process.env['SITE_DIST'] ?? 'dist', path))).length, 0);
    expect(bytes).toBeLessThanOrEqual(JS_BUDGET_BYTES);
    const checker = scripts.filter((path) => /verify/i.test(path));
    expect(checker).toHaveLength(1);
    for (const path of ['/zh-cn/', '/en/contact/', '/zh-cn/articles/scammed-what-now/']) {
      scripts.length = 0;
      await page.goto(origin + path, { waitUntil: 'networkidle' });
      expect(scripts.filter((script) => checker.includes(script)), path).toEqual([]);
    }
    await page.close();
  });
});

describe('the /verify page without JavaScript', () => {
  it.each(LOCALES)('says the check needs JavaScript, lists every official channel and the never-ask list, and still submits ($segment)', async (locale) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}/${locale.segment}/verify/`);
    expect(await page.textContent('[data-verify-nojs]')).toContain(locale.needsJs);
    const listed = await page.$$eval('[data-official-list] [data-channel-id]', (nodes) => nodes.map((node) => node.getAttribute('data-channel-id')));
    expect(listed).toEqual(registry.channels.map((channel) => channel.id));
    expect(await page.isVisible('[data-official-list] [data-never-ask]')).toBe(true);
    await page.fill(input, 'examp1e.com');
    // Enter in the multi-line box is a new line without JavaScript; the button submits.
    await Promise.all([page.waitForURL(`**/${locale.segment}/verify/?q=examp1e.com`), page.click('[data-verify-form] button[type=submit]')]);
    // The checklist warning is CSS alone, so it works here too.
    await page.check('input[value="safe-account"]');
    expect(await page.isVisible('[data-scam-warning]')).toBe(true);
    await context.close();
  });
});
