/**
 * Reads the structure of an article's MDX body without rendering it: its
 * numbered steps and its heading anchors. Used by the content rules (a guide
 * needs steps and a "what to prepare" block) and by the troubleshooter
 * validation (an outcome may point at #step-3 or a heading).
 */
import GithubSlugger from 'github-slugger';

/** Drops fenced code blocks, so a ``` example of <Steps> is not mistaken for the real one. */
function withoutCode(body: string): string {
  return body.replace(/^(```|~~~)[\s\S]*?^\1/gm, '');
}

/** Number of top-level items in the numbered list inside the first <Steps> block (0 when there is none). */
export function countSteps(body: string): number {
  const match = /<Steps>([\s\S]*?)<\/Steps>/.exec(withoutCode(body));
  if (!match) return 0;
  return (match[1] ?? '').split('\n').filter((line) => /^\d+[.)]\s+\S/.test(line)).length;
}

export function hasComponent(body: string, name: string): boolean {
  return new RegExp(`<${name}[\\s/>]`).test(withoutCode(body));
}

/** Plain text of a Markdown heading: no emphasis, code ticks or link targets. */
function headingText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`~]/g, '')
    .trim();
}

/** The ids Astro gives to ## and ### headings (github-slugger, in document order, de-duplicated). */
export function headingIds(body: string): string[] {
  const slugger = new GithubSlugger();
  return withoutCode(body)
    .split('\n')
    .flatMap((line) => {
      const match = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
      return match ? [slugger.slug(headingText(match[2] ?? ''))] : [];
    });
}

/** Step anchors that exist in the body: step-1 … step-N. */
export function stepIds(body: string): string[] {
  return Array.from({ length: countSteps(body) }, (_, index) => `step-${index + 1}`);
}

/** Characters of Chinese text (Han ideographs) in a body, ignoring Markdown and components. */
export function countHanCharacters(text: string): number {
  return (text.match(/\p{Script=Han}/gu) ?? []).length;
}

/** English words in a body, ignoring MDX tags, link targets and frontmatter-like syntax. */
export function countWords(text: string): number {
  const plain = text.replace(/<[^>]+>/g, ' ').replace(/\]\([^)]*\)/g, ']');
  return (plain.match(/[A-Za-z][A-Za-z'’-]*/g) ?? []).length;
}
