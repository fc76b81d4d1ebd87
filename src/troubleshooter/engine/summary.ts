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

const LABELS = {
  'zh-CN': {
    problem: '问题', time: '发生时间', amount: '金额', transaction: '交易单号', description: '情况描述', answers: '我的回答',
    outcome: '排查结果', unfinished: '尚未完成排查', actions: '建议的步骤', tried: '已尝试',
    prepare: '需要准备', removed: '[已隐藏]', colon: '：', dash: ' —— ', open: '（', close: '）',
    urgency: { urgent: '紧急', critical: '非常紧急' },
  },
  en: {
    problem: 'Problem', time: 'When', amount: 'Amount', transaction: 'Transaction ID', description: 'Description', answers: 'My answers',
    outcome: 'Result', unfinished: 'Troubleshooting not finished', actions: 'Recommended steps', tried: 'tried',
    prepare: 'Have ready', removed: '[removed]', colon: ': ', dash: ' — ', open: ' (', close: ')',
    urgency: { urgent: 'urgent', critical: 'critical' },
  },
} as const satisfies Record<Locale, unknown>;

export function buildCaseSummary(trees: readonly Tree[], state: State, locale: Locale, details: CaseDetails = {}): CaseSummary {
  const t = LABELS[locale];
  const redacted: SecretKind[] = [];
  const clean = (text: string): string => {
    const result = redactSecrets(text.trim(), t.removed);
    for (const kind of result.kinds) if (!redacted.includes(kind)) redacted.push(kind);
    return result.text;
  };
  const position = locate(trees, state);
  const root = trees.find((tree) => tree.id === state.tree) ?? position.tree;
  const line = (label: string, value: string): string => `${label}${t.colon}${value}`;

  const known = details.answersKnown !== false;
  // The entry tree's title is its first question ("遇到了什么问题？"); the reader's problem is then their answer to it.
  const first = known ? position.steps[0] : undefined;
  const problem = first && first.tree.id === root.id && first.question.text[locale] === root.title[locale] ? first.option.label[locale] : root.title[locale];
  const head = [line(t.problem, problem)];
  for (const key of ['time', 'amount', 'transaction', 'description'] as const) {
    const value = details[key]?.trim();
    if (value) head.push(line(t[key], clean(value)));
  }
  const answers = position.steps.map(
    (step, index) => `${index + 1}. ${step.question.text[locale]}${t.dash}${step.option.label[locale]}`,
  );
  const sections = [head.join('\n')];
  if (answers.length > 0 && known) sections.push([heading(t.answers, locale), ...answers].join('\n'));

  const { node } = position;
  if (node.type === 'outcome') sections.push(...outcomeSections(node, locale, details.tried ?? []));
  else sections.push(line(t.outcome, `${t.unfinished}${t.open}${node.text[locale]}${t.close}`));
  return { text: sections.join('\n\n'), redacted };
}

/** A label over a list: "我的回答：" / "My answers:". */
const heading = (label: string, locale: Locale): string => `${label}${LABELS[locale].colon.trimEnd()}`;

function outcomeSections(outcome: Outcome, locale: Locale, tried: readonly number[]): string[] {
  const t = LABELS[locale];
  const sections = [
    // Only urgency that matters to support is named; "normal" is an internal label, not something to tell them.
    `${t.outcome}${t.colon}${outcome.title[locale]}${outcome.urgency === 'normal' ? '' : `${t.open}${t.urgency[outcome.urgency]}${t.close}`}\n${outcome.summary[locale]}`,
    [
      heading(t.actions, locale),
      ...outcome.actions.map((action, index) => `${index + 1}. ${tried.includes(index) ? `[${t.tried}] ` : ''}${action[locale]}`),
    ].join('\n'),
  ];
  if (outcome.prepare.length > 0) {
    sections.push([heading(t.prepare, locale), ...outcome.prepare.map((item) => `- ${item[locale]}`)].join('\n'));
  }
  return sections;
}
