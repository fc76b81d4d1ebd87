/**
 * The plain-text case summary a reader copies into a chat or e-mail to
 * support: what the problem is, what they answered, where the troubleshooter
 * led them and what to have ready. Whatever they typed themselves goes
 * through redactSecrets first.
 */
import type { Locale } from '../../schemas/common.ts';
import type { Tree, Outcome } from '../../schemas/troubleshooter.ts';
import { locate, type State } from './machine.ts';
import { redactSecrets, type SecretKind } from './redact.ts';

/** Free text from the reader; every field is optional and redacted. */
export interface CaseDetails {
  amount?: string | undefined;
  time?: string | undefined;
  /** The transaction ID (交易单号) every guide asks the reader to have ready. */
  transaction?: string | undefined;
  description?: string | undefined;
  /** 0-based indexes into the outcome's actions that the reader says they already tried. */
  tried?: readonly number[] | undefined;
  /**
   * False when the page cannot know how the reader got here (a node page opened
   * without its ?path=): the answers are then left out rather than guessed.
   */
  answersKnown?: boolean | undefined;
}

export interface CaseSummary {
  text: string;
  /** Kinds of secret removed from the reader's text, so the page can say so. */
  redacted: SecretKind[];
}

/**
 * The sentences a summary is made of. The engine holds no text: the caller passes `say`, which
 * looks these keys up in the locale's message file (summary in src/i18n/messages/; see
 * src/troubleshooter/ui/summary-text.ts), so the same words serve the server and the browser.
 */
export type SummaryKey =
  | 'problem' | 'time' | 'amount' | 'transaction' | 'description' | 'answers' | 'answer' | 'outcome' | 'outcomeNormal' | 'unfinished'
  | 'actions' | 'action' | 'actionTried' | 'prepare' | 'prepareItem' | 'removed'
  | 'urgency.urgent' | 'urgency.critical';

/** Formats one summary sentence with its values. */
export type SummaryText = (key: SummaryKey, values?: Readonly<Record<string, string | number>>) => string;

export function buildCaseSummary(trees: readonly Tree[], state: State, locale: Locale, say: SummaryText, details: CaseDetails = {}): CaseSummary {
  const redacted: SecretKind[] = [];
  const removed = say('removed');
  const clean = (text: string): string => {
    const result = redactSecrets(text.trim(), removed);
    for (const kind of result.kinds) if (!redacted.includes(kind)) redacted.push(kind);
    return result.text;
  };
  const position = locate(trees, state);
  const root = trees.find((tree) => tree.id === state.tree) ?? position.tree;

  const known = details.answersKnown !== false;
  // The entry tree's title is its first question ("遇到了什么问题？"); the reader's problem is then their answer to it.
  const first = known ? position.steps[0] : undefined;
  const problem = first && first.tree.id === root.id && first.question.text[locale] === root.title[locale] ? first.option.label[locale] : root.title[locale];
  const head = [say('problem', { value: problem })];
  for (const key of ['time', 'amount', 'transaction', 'description'] as const) {
    const value = details[key]?.trim();
    if (value) head.push(say(key, { value: clean(value) }));
  }
  const answers = position.steps.map((step, index) =>
    say('answer', { n: index + 1, question: step.question.text[locale], answer: step.option.label[locale] }),
  );
  const sections = [head.join('\n')];
  if (answers.length > 0 && known) sections.push([say('answers'), ...answers].join('\n'));

  const { node } = position;
  if (node.type === 'outcome') sections.push(...outcomeSections(node, locale, say, details.tried ?? []));
  else sections.push(say('unfinished', { question: node.text[locale] }));
  return { text: sections.join('\n\n'), redacted };
}

function outcomeSections(outcome: Outcome, locale: Locale, say: SummaryText, tried: readonly number[]): string[] {
  const sections = [
    // Only urgency that matters to support is named; "normal" is an internal label, not something to tell them.
    `${outcome.urgency === 'normal' ? say('outcomeNormal', { title: outcome.title[locale] }) : say('outcome', { title: outcome.title[locale], urgency: say(`urgency.${outcome.urgency}`) })}\n${outcome.summary[locale]}`,
    [
      say('actions'),
      ...outcome.actions.map((action, index) => say(tried.includes(index) ? 'actionTried' : 'action', { n: index + 1, action: action[locale] })),
    ].join('\n'),
  ];
  if (outcome.prepare.length > 0) {
    sections.push([say('prepare'), ...outcome.prepare.map((item) => say('prepareItem', { item: item[locale] }))].join('\n'));
  }
  return sections;
}
