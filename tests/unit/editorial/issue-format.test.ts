import { describe, expect, it } from 'vitest';
import type { EditorialIssue } from '../../../src/editorial/engine/issue.ts';
import {
  escapeCommandData,
  escapeCommandProperty,
  formatGithubAnnotation,
  formatIssueLine,
  formatIssueList,
} from '../../../src/editorial/engine/issue-format.ts';

const base: EditorialIssue = {
  file: 'content/articles/zh-CN/lost-phone.mdx',
  line: 12,
  column: 5,
  rule: 'links',
  problem: 'the link target does not exist',
  fix: 'link to a published article',
  severity: 'error',
};

describe('the plain one-line form', () => {
  it.each<[string, EditorialIssue, string]>([
    ['file, line and column', base, 'content/articles/zh-CN/lost-phone.mdx:12:5: links: the link target does not exist (link to a published article)'],
    ['no column', { ...base, column: undefined }, 'content/articles/zh-CN/lost-phone.mdx:12: links: the link target does not exist (link to a published article)'],
    ['no line: the column is meaningless without it', { ...base, line: undefined }, 'content/articles/zh-CN/lost-phone.mdx: links: the link target does not exist (link to a published article)'],
    ['a warning says so', { ...base, severity: 'warning' }, 'content/articles/zh-CN/lost-phone.mdx:12:5: warning: links: the link target does not exist (link to a published article)'],
    ['no severity counts as an error', { ...base, severity: undefined }, 'content/articles/zh-CN/lost-phone.mdx:12:5: links: the link target does not exist (link to a published article)'],
  ])('prints %s', (_name, issue, expected) => {
    expect(formatIssueLine(issue)).toBe(expected);
  });
});

describe('GitHub workflow-command escaping', () => {
  it.each([
    ['100%', '100%25'],
    ['line one\nline two', 'line one%0Aline two'],
    ['a\r\nb', 'a%0D%0Ab'],
    // Escaping % first keeps an existing "%0A" in the text from turning into a newline.
    ['literal %0A', 'literal %250A'],
    ['时间：10:30，金额', '时间：10:30，金额'],
  ])('escapes the message %j as %j', (input, expected) => {
    expect(escapeCommandData(input)).toBe(expected);
  });

  it.each([
    ['content/a,b.mdx', 'content/a%2Cb.mdx'],
    ['C:\\work\\x.mdx', 'C%3A\\work\\x.mdx'],
    ['50%,\n', '50%25%2C%0A'],
  ])('escapes the property %j as %j', (input, expected) => {
    expect(escapeCommandProperty(input)).toBe(expected);
  });
});

describe('GitHub annotations', () => {
  it('names file, line and column, and puts rule, problem and fix in the message', () => {
    expect(formatGithubAnnotation(base)).toBe(
      '::error file=content/articles/zh-CN/lost-phone.mdx,line=12,col=5,title=links::links: the link target does not exist (link to a published article)',
    );
  });

  it('writes warnings as ::warning and leaves out the place it does not know', () => {
    expect(formatGithubAnnotation({ ...base, severity: 'warning', line: undefined })).toBe(
      '::warning file=content/articles/zh-CN/lost-phone.mdx,title=links::links: the link target does not exist (link to a published article)',
    );
  });

  it('cannot be tricked by a message into starting a second workflow command', () => {
    const hostile = formatGithubAnnotation({ ...base, problem: 'x\n::add-mask::secret', file: 'a,line=1.mdx' });
    expect(hostile.split('\n')).toHaveLength(1);
    expect(hostile).toContain('file=a%2Cline=1.mdx,');
    expect(hostile).toContain('x%0A::add-mask::secret');
  });

  it('escapes a 100 KB message in one pass', () => {
    const long = `${'金额，时间：'.repeat(20_000)}\n`;
    expect(formatGithubAnnotation({ ...base, problem: long }).endsWith('%0A (link to a published article)')).toBe(true);
  });
});

describe('a list of issues', () => {
  it('sorts by file, line and column so the output is stable', () => {
    const issues: EditorialIssue[] = [
      { ...base, file: 'b.mdx', line: 1 },
      { ...base, file: 'a.mdx', line: 9, column: 2 },
      { ...base, file: 'a.mdx', line: 9, column: 1 },
      { ...base, file: 'a.mdx', line: 3 },
    ];
    expect(formatIssueList(issues, 'text').split('\n').map((line) => line.split(': ')[0])).toEqual(['a.mdx:3:5', 'a.mdx:9:1', 'a.mdx:9:2', 'b.mdx:1:5']);
    expect(formatIssueList(issues, 'github').split('\n').every((line) => line.startsWith('::error '))).toBe(true);
  });
});
