import { describe, expect, it } from 'vitest';
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
