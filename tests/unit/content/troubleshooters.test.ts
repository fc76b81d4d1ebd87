/** The real troubleshooter trees route every common problem, and the seed's four problems quickly. */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/pipeline/load-content.ts';
import { validateTroubleshooters } from '../../../src/pipeline/rules/troubleshooters.ts';
import { validateContent } from '../../../src/pipeline/validate-content.ts';
import { pathTo, type Outcome, type Tree } from '../../../src/troubleshooter/engine/index.ts';

const raw = loadContent(process.cwd());
const { trees, issues } = validateTroubleshooters(raw, validateContent(raw).content);
const ENTRY = 'what-is-wrong';

/** Every outcome reachable from the entry tree, with the answers needed to reach it. */
function reachableOutcomes(): { tree: Tree; outcome: Outcome; answers: number }[] {
  return trees.flatMap((tree) =>
    tree.nodes.flatMap((node) => {
      if (node.type !== 'outcome') return [];
      const path = pathTo(trees, ENTRY, tree.id, node.id);
      return path ? [{ tree, outcome: node, answers: path.length }] : [];
    }),
  );
}

describe('the troubleshooter trees', () => {
  it('are valid', () => {
    expect(issues).toEqual([]);
  });

  it('start with the "what is wrong?" entry tree', () => {
    expect(trees[0]?.id).toBe(ENTRY);
  });

  it.each(['transaction-failed', 'forgot-password', 'account-compromised', 'cancel-mistaken-payment'])(
    'reach an outcome for the seed problem "%s" in at most four answers',
    (slug) => {
      const fastest = Math.min(...reachableOutcomes().filter(({ outcome }) => outcome.article === slug).map(({ answers }) => answers));
      expect(fastest).toBeLessThanOrEqual(4);
    },
  );

  it('route from the entry tree to every common problem', () => {
    const articles = new Set(reachableOutcomes().map(({ outcome }) => outcome.article));
    for (const slug of ['transaction-failed', 'forgot-password', 'forgot-payment-pin', 'unauthorized-transaction', 'duplicate-charge', 'refund-status', 'sent-to-wrong-recipient', 'lost-phone', 'account-limited', 'link-bank-card-failed', 'qr-payment-not-working']) {
      expect(articles, slug).toContain(slug);
    }
  });

  it('send "someone claims to be support" to the contact checker', () => {
    expect(reachableOutcomes().some(({ outcome }) => outcome.link === 'verify')).toBe(true);
  });

  it('point most outcomes at a specific step, not just an article', () => {
    const withArticle = reachableOutcomes().filter(({ outcome }) => outcome.article);
    const withAnchor = withArticle.filter(({ outcome }) => outcome.anchor);
    expect(withAnchor.length / withArticle.length).toBeGreaterThanOrEqual(0.6);
  });
});
