import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../../src/pipeline/issue.ts';
import type { DataSource } from '../../../src/pipeline/load-content.ts';
import { loadTroubleshooters, troubleshootersRule } from '../../../src/pipeline/rules/troubleshooters.ts';
import { validateContent } from '../../../src/pipeline/validate-content.ts';
import { parseYamlWithLines } from '../../../src/pipeline/yaml-source.ts';
import { siteWithTrees, validSite } from './fixtures.ts';

/** The editor-facing report for the trees in fixture folder `kind`. */
function report(kind: string): string {
  const { raw, content } = siteWithTrees(kind);
  return formatIssues(troubleshootersRule.check(content, raw));
}

/** Issues for trees written inline, against the valid fixture site. */
function check(files: Record<string, string>): string[] {
  const { raw, content } = validSite();
  const troubleshooters: DataSource[] = Object.entries(files).map(([id, text]) => ({
    file: `content/troubleshooters/${id}.yaml`, text, parsed: parseYamlWithLines(text),
  }));
  return troubleshootersRule.check(content, { ...raw, troubleshooters }).map((issue) => `${issue.rule}: ${issue.problem}`);
}

const outcome = (id: string): string => `
  - id: ${id}
    type: outcome
    title: { zh-CN: 结果, en: Result }
    urgency: normal
    summary: { zh-CN: 说明。, en: Summary. }
    actions: [{ zh-CN: 步骤, en: Step }]`;
const question = (id: string, ...nexts: string[]): string => `
  - id: ${id}
    type: question
    text: { zh-CN: 问题？, en: Question? }
    options:${nexts.map((next, index) => `\n      - { id: o${index + 1}, label: { zh-CN: 选项, en: Option }, next: "${next}" }`).join('')}`;
const tree = (id: string, start: string, ...nodes: string[]): string =>
  `id: ${id}\ntitle: { zh-CN: 标题, en: Title }\ndescription: { zh-CN: 描述。, en: Description. }\nstart: ${start}\nnodes:${nodes.join('')}\n`;

describe('troubleshootersRule', () => {
  it('accepts the example trees together with the articles and contacts they link to', () => {
    const { raw } = validSite();
    expect(validateContent(raw, [troubleshootersRule]).issues).toEqual([]);
  });

  it('gives pages the valid trees, typed and sorted by order', () => {
    const { raw, content } = validSite();
    expect(loadTroubleshooters(raw, content).map((tree) => tree.id)).toEqual(['payment-failed', 'unknown-payment']);
  });

  it('refuses to give pages trees when one is invalid', () => {
    const { raw, content } = siteWithTrees('cycle');
    expect(() => loadTroubleshooters(raw, content)).toThrow(/run `npm run check`[\s\S]*troubleshooters\/cycle/);
  });

  it.each([
    ['follows options into another troubleshooter, so its nodes count as reachable',
      { a: tree('a', 'q', question('q', 'b#end', 'done'), outcome('done')), b: tree('b', 'end', outcome('end')) }, []],
    ['finds a loop that runs through two troubleshooters',
      { a: tree('a', 'q', question('q', 'b', 'done'), outcome('done')), b: tree('b', 'p', question('p', 'a#q', 'end'), outcome('end')) },
      ['troubleshooters/cycle: option "o1" of question "p" leads back to "a#q", making a loop: a#q → p → a#q']],
    ['rejects a node whose id is also a troubleshooter id, because next would be ambiguous',
      { a: tree('a', 'q', question('q', 'b', 'done'), outcome('done')), b: tree('b', 'a', outcome('a')) },
      ['troubleshooters/duplicate-id: node id "a" is also the id of a troubleshooter, so next: a would be ambiguous']],
    ['rejects a start node that does not exist, without also calling every node unreachable',
      { a: tree('a', 'first', question('q', 'done', 'done'), outcome('done')) },
      ['troubleshooters/unknown-reference: start "first" is not a node of this troubleshooter']],
    ['explains a node whose type is neither question nor outcome',
      { a: tree('a', 'q', question('q', 'done', 'done'), outcome('done').replace('type: outcome', 'type: answer')) },
      ['schema: node "done" has a type that is neither "question" nor "outcome"']],
    ['explains a node without a type',
      { a: tree('a', 'q', question('q', 'done', 'done'), outcome('done').replace('type: outcome', 'kind: outcome')) },
      ['schema: node "done" has no type']],
    ['reports a missing start once, not again in every option that jumps to that troubleshooter',
      { a: tree('a', 'q', question('q', 'b', 'done'), outcome('done')), b: tree('b', 'first', outcome('end')) },
      ['troubleshooters/unknown-reference: start "first" is not a node of this troubleshooter']],
    ['rejects a tree whose id differs from its file name',
      { a: tree('b', 'q', question('q', 'done', 'done'), outcome('done')) },
      ['troubleshooters/id: the id "b" differs from the file name "a"']],
    ['does not pile reference errors onto a tree whose file is already broken',
      { a: tree('a', 'q', question('q', 'b#end', 'done'), outcome('done')), b: 'id: b\nnodes: [' },
      ['yaml-syntax: YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]']],
  ])('%s', (_name, files, expected) => {
    expect(check(files)).toEqual(expected);
  });

  it('reports an option that leads to a node or troubleshooter that does not exist', () => {
    expect(report('unknown-reference')).toMatchInlineSnapshot(`
      "content/troubleshooters/card-declined.yaml:12
        field:   nodes[0].options[0].next
        problem: option "expired" of question "reason" leads to "dnoe", which is neither a node of this troubleshooter nor another troubleshooter
        fix:     use one of the node ids: done, reason; or another troubleshooter as "tree-id" or "tree-id#node-id"
        rule:    troubleshooters/unknown-reference

      content/troubleshooters/card-declined.yaml:15
        field:   nodes[0].options[1].next
        problem: option "lost" of question "reason" leads to the troubleshooter "lost-card", which does not exist
        fix:     use the file name (without .yaml) of a troubleshooter in content/troubleshooters/: card-declined
        rule:    troubleshooters/unknown-reference

      content/troubleshooters/card-declined.yaml:18
        field:   nodes[0].options[2].next
        problem: option "limit" of question "reason" leads to "card-declined#over-limit", but troubleshooter "card-declined" has no node "over-limit"
        fix:     use one of its node ids: done, reason
        rule:    troubleshooters/unknown-reference

      Content check failed: 3 problems in 1 file."
    `);
  });

  it('reports a node that no option leads to', () => {
    expect(report('unreachable-node')).toMatchInlineSnapshot(`
      "content/troubleshooters/card-declined.yaml:23
        field:   nodes[2]
        problem: node "call-bank" cannot be reached from start "reason": no option leads to it
        fix:     point an option's next at "call-bank", or delete the node
        rule:    troubleshooters/unreachable-node

      Content check failed: 1 problem in 1 file."
    `);
  });

  it('reports an option that leads back to an earlier question', () => {
    expect(report('cycle')).toMatchInlineSnapshot(`
      "content/troubleshooters/card-declined.yaml:22
        field:   nodes[1].options[0].next
        problem: option "yes" of question "balance" leads back to "expired", making a loop: expired → balance → expired
        fix:     point it at a node further down the path, or at an outcome; a reader must always reach an outcome
        rule:    troubleshooters/cycle

      Content check failed: 1 problem in 1 file."
    `);
  });

  it('reports questions with no options or only one', () => {
    expect(report('question-without-options')).toMatchInlineSnapshot(`
      "content/troubleshooters/card-declined.yaml:16
        field:   nodes[1]
        problem: question "renew" has only one option, so it is not a real choice
        fix:     add another option, or delete the question and point the option that leads here straight at its next node
        rule:    troubleshooters/question-without-options

      content/troubleshooters/card-declined.yaml:23
        field:   nodes[2]
        problem: question "bank" has no options, so a reader who reaches it is stuck
        fix:     add at least two options, or make it an outcome (type: outcome with title, urgency, summary and actions) if the path ends here
        rule:    troubleshooters/question-without-options

      Content check failed: 2 problems in 1 file."
    `);
  });

  it('reports an option that leads nowhere, ending the path without an outcome', () => {
    expect(report('leaf-not-outcome')).toMatchInlineSnapshot(`
      "content/troubleshooters/card-declined.yaml:10
        field:   nodes[0].options[0].next
        problem: option "yes" of question "expired" leads nowhere, so the reader's path would end without an outcome
        fix:     set next to the id of the node this answer leads to; every path must end at a node with type: outcome
        rule:    troubleshooters/leaf-not-outcome

      Content check failed: 1 problem in 1 file."
    `);
  });

  it('reports an outcome that links to an article that does not exist', () => {
    expect(report('unknown-article')).toMatchInlineSnapshot(`
      "content/troubleshooters/card-declined.yaml:23
        field:   nodes[1].article
        problem: outcome "renew" links to the article "card-declined", which does not exist
        fix:     use the file name (without .mdx) of an article in content/articles/<locale>/, or remove "article"
        rule:    troubleshooters/unknown-article

      Content check failed: 1 problem in 1 file."
    `);
  });

  it('reports an anchor that is missing from one language version of the article', () => {
    expect(report('unknown-anchor')).toMatchInlineSnapshot(`
      "content/troubleshooters/card-declined.yaml:24
        field:   nodes[1].anchor
        problem: outcome "renew" points to #check-whether-you-were-charged, which does not exist in content/articles/zh-CN/transaction-failed.mdx
        fix:     use an anchor that every language version has: step-1, step-2, step-3 (the article has 3 steps)
        rule:    troubleshooters/unknown-anchor

      Content check failed: 1 problem in 1 file."
    `);
  });

  it('reports a contact channel that is not in the registry', () => {
    expect(report('unknown-contact')).toMatchInlineSnapshot(`
      "content/troubleshooters/card-declined.yaml:23
        field:   nodes[1].contacts[1]
        problem: outcome "renew" lists the contact channel "wechat-support", which is not in content/contacts.yaml
        fix:     use a channel id from content/contacts.yaml: hotline, in-app-chat
        rule:    troubleshooters/unknown-contact

      Content check failed: 1 problem in 1 file."
    `);
  });

  it('reports node ids and option ids used twice', () => {
    expect(report('duplicate-id')).toMatchInlineSnapshot(`
      "content/troubleshooters/card-declined.yaml:13
        field:   nodes[0].options[1].id
        problem: option id "yes" is used twice in question "expired"
        fix:     give each option of a question its own id; the ids appear in shared links (?path=…)
        rule:    troubleshooters/duplicate-id

      content/troubleshooters/card-declined.yaml:23
        field:   nodes[2].id
        problem: node id "renew" is used twice (nodes[1] and nodes[2])
        fix:     give every node its own id; options point at nodes by id
        rule:    troubleshooters/duplicate-id

      Content check failed: 2 problems in 1 file."
    `);
  });

  it('reports text that is missing or empty in one language', () => {
    expect(report('missing-locale-text')).toMatchInlineSnapshot(`
      "content/troubleshooters/card-declined.yaml:3
        field:   description.en
        problem: the English (en) text of "description" is missing or empty
        fix:     write the text in both languages, { zh-CN: …, en: … }: the troubleshooter is shown in both, from this one file
        rule:    troubleshooters/missing-locale-text

      content/troubleshooters/card-declined.yaml:8
        field:   nodes[0].text.en
        problem: question "expired": the English (en) text of "text" is missing or empty
        fix:     write the text in both languages, { zh-CN: …, en: … }: the troubleshooter is shown in both, from this one file
        rule:    troubleshooters/missing-locale-text

      content/troubleshooters/card-declined.yaml:11
        field:   nodes[0].options[0].label
        problem: option "yes" of question "expired": "label" is written in one language only
        fix:     write it as { zh-CN: …, en: … } so both languages have it
        rule:    troubleshooters/missing-locale-text

      content/troubleshooters/card-declined.yaml:22
        field:   nodes[1].actions[0].en
        problem: outcome "renew": the English (en) text of "actions[0]" is missing or empty
        fix:     write the text in both languages, { zh-CN: …, en: … }: the troubleshooter is shown in both, from this one file
        rule:    troubleshooters/missing-locale-text

      Content check failed: 4 problems in 1 file."
    `);
  });

  it('explains an unquoted comma that YAML read as an extra field', () => {
    expect(report('unquoted-comma')).toMatchInlineSnapshot(`
      "content/troubleshooters/card-declined.yaml:20
        field:   nodes[1].summary
        problem: outcome "renew": "summary" has a comma followed by "use another one.", so YAML split the text into extra fields
        fix:     put text that contains a comma or a colon in quotes, e.g. en: "Wait, then pay again"
        rule:    schema

      Content check failed: 1 problem in 1 file."
    `);
  });
});
