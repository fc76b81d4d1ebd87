import { describe, expect, it } from 'vitest';
import { createContactChecker } from '../../../src/lib/contact-check/index.ts';
import { siteConfig } from '../../../src/site.config.ts';
import { antiFraudReferences, toScriptJson } from '../../../src/verify/verify-data.ts';
import { registry } from '../contact-check/registry.ts';
import { verifyData } from './support.ts';

describe('the data embedded in the /verify page', () => {
  it('carries labels and notes in the page language only, external references included', () => {
    const data = verifyData('en');
    expect(data.registry.channels.find((channel) => channel.id === 'hotline')).toEqual({
      id: 'hotline', type: 'phone', value: '+86 400-000-0000', label: 'Customer service hotline',
      notes: 'We call you only from this number, and only after you have booked a callback in the app. Anyone calling from another number and saying they are us is not.',
    });
    expect(data.registry.externalReferences.map((reference) => reference.id)).toEqual(['anti-fraud-96110', 'police-110', 'anti-fraud-app', 'report-12321', 'report-12321-web']);
    expect(JSON.stringify(data)).not.toContain('客服热线');
  });

  it('is a registry the checker accepts as it is, with the same verdicts as the full registry', () => {
    const trimmed = createContactChecker(verifyData('zh-CN').registry);
    const full = createContactChecker(registry);
    for (const input of ['+86 400-000-0000', '96110', 'support@example.com', 'examp1e.com', '示例钱包服务号', 'https://example.com@evil.cn']) {
      expect(trimmed(input), input).toEqual(full(input));
    }
  });

  it('cannot close its <script> element early', () => {
    const json = toScriptJson({ note: '</script><script>alert(1)</script><!--' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ note: '</script><script>alert(1)</script><!--' });
  });
});

describe('antiFraudReferences', () => {
  it('finds the lines src/site.config.ts names in the registry', () => {
    expect(antiFraudReferences(registry, siteConfig.antiFraudReferenceIds).map((reference) => reference.value)).toEqual(['96110', '110']);
  });

  it('names the setting, the file and the fix when an id is not in the registry', () => {
    expect(() => antiFraudReferences(registry, ['anti-fraud-12321'])).toThrowErrorMatchingInlineSnapshot(`[Error: src/site.config.ts: antiFraudReferenceIds lists "anti-fraud-12321", but content/contacts.yaml has no externalReferences entry with that id (known: anti-fraud-96110, police-110, anti-fraud-app, report-12321, report-12321-web). Add the line to externalReferences in content/contacts.yaml, or remove the id from antiFraudReferenceIds.]`);
  });
});
