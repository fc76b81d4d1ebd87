/**
 * A guide is only useful with concrete steps, a "what to prepare" list, the
 * official contact card and the phrasings people search with.
 */
import { usesComponent } from '../article-structure.ts';
import type { ContentIssue } from '../issue.ts';
import type { ContentRule } from './rule.ts';

export const MIN_GUIDE_STEPS = 3;
export const MIN_GUIDE_ALIASES = 5;

export const guideStructureRule: ContentRule = {
  id: 'guide-structure',
  check(content) {
    const issues: ContentIssue[] = [];
    for (const article of content.articles) {
      if (article.data.kind !== 'guide') continue;
      const { file, structure, bodyLine, lineOf, data } = article;
      // Malformed MDX has no tree to read; mdx-syntax reports it, and a second "no steps" would only confuse.
      if (structure.syntaxError !== undefined) continue;
      const steps = structure.stepCount;
      if (steps < MIN_GUIDE_STEPS) {
        issues.push({
          file, line: bodyLine, rule: 'guide-structure',
          problem: steps === 0 ? 'the guide has no <Steps> block' : `the guide has only ${steps} ${steps === 1 ? 'step' : 'steps'}`,
          fix: `put a numbered list of at least ${MIN_GUIDE_STEPS} concrete steps inside <Steps> … </Steps>`,
        });
      }
      if (structure.stepsBlocks > 1) {
        issues.push({ file, line: bodyLine, rule: 'guide-structure', problem: 'the guide has more than one <Steps> block', fix: 'keep one numbered <Steps> list per guide: its items are the #step-N anchors that search and the troubleshooter link to' });
      }
      if (!usesComponent(structure, 'Prepare')) {
        issues.push({ file, line: bodyLine, rule: 'guide-structure', problem: 'the guide has no "what to prepare" list', fix: 'add a <Prepare> block listing what to have ready before contacting support (time, amount, transaction ID, screenshots)' });
      }
      if (!usesComponent(structure, 'ContactSupport')) {
        issues.push({ file, line: bodyLine, rule: 'guide-structure', problem: 'the guide never shows the official contact card', fix: 'end the guide with <ContactSupport /> so readers reach official channels, not a search-engine ad' });
      }
      if (data.aliases.length < MIN_GUIDE_ALIASES) {
        issues.push({
          file, line: lineOf(['aliases']), field: 'aliases', rule: 'guide-structure',
          problem: `only ${data.aliases.length} aliases; guides need at least ${MIN_GUIDE_ALIASES}`,
          fix: 'add the phrasings stressed readers type into search, e.g. 扣了两次钱 / "charged twice"',
        });
      }
    }
    return issues;
  },
};
