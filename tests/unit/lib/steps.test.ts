import { describe, expect, it } from 'vitest';
import { countSteps, headingIds, stepIds } from '../../../src/pipeline/article-structure.ts';
import { numberSteps } from '../../../src/lib/steps.ts';

describe('numberSteps', () => {
  it('gives the first ordered list class "steps" and each top-level item an anchor', () => {
    const { html, count } = numberSteps('<ol><li>One</li><li>Two<ol><li>Nested</li></ol></li></ol><ol><li>Later</li></ol>');
    expect(count).toBe(2);
    expect(html).toBe('<ol class="steps"><li id="step-1">One</li><li id="step-2">Two<ol><li>Nested</li></ol></li></ol><ol><li>Later</li></ol>');
  });

  it('skips a bullet list that comes before the steps', () => {
    expect(numberSteps('<ul><li>note</li></ul><ol><li>A</li></ol>').html).toBe('<ul><li>note</li></ul><ol class="steps"><li id="step-1">A</li></ol>');
  });
});

describe('article structure', () => {
  const body = '## 操作步骤\n\n<Steps>\n\n1. **冻结。** 立即。\n   - 子项\n2. 改密码。\n3) 检查。\n\n</Steps>\n\n```\n<Steps>\n1. not real\n</Steps>\n```\n\n## What **support** can do\n## What support can do';

  it('counts only the top-level items of the first <Steps> block, outside code fences', () => {
    expect(countSteps(body)).toBe(3);
    expect(stepIds(body)).toEqual(['step-1', 'step-2', 'step-3']);
  });

  it('computes heading ids the way Astro does, de-duplicated', () => {
    expect(headingIds(body)).toEqual(['操作步骤', 'what-support-can-do', 'what-support-can-do-1']);
  });
});
