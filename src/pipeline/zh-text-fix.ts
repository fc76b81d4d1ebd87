/**
 * Fixes Chinese punctuation in an article's prose and nothing else: only
 * characters inside the syntax tree's text nodes change, so code spans, code
 * blocks, link targets, component attributes and frontmatter stay as written
 * (`echo 中,文` and /搜索?q= are left alone). Straight double quotes in a line of
 * Chinese prose become the house style 「」 when they pair up.
 * Every replacement is one UTF-16 unit for one, so offsets never shift.
 */
import { fixChinesePunctuation } from './zh-punctuation.ts';

export const CORNER = { open: '\u300C', close: '\u300D' } as const;

export interface TextEdit {
  offset: number;
  to: string;
  kind: 'punctuation' | 'quote';
}

const HAN = /\p{Script=Han}/u;

/** The edits that make the prose of `source` house style, plus the lines with a quote left unpaired. */
export function chineseTextEdits(source: string, textRanges: readonly (readonly [number, number])[]): { edits: TextEdit[]; unpairedLines: number[] } {
  const fixed = fixChinesePunctuation(source);
  const edits: TextEdit[] = [];
  // Quote positions inside prose, grouped by line: a pair may straddle **bold** or a `code` span.
  const quotesByLine = new Map<number, number[]>();
  let line = 1;
  let scanned = 0;
  const lineAt = (offset: number): number => {
    for (; scanned < offset; scanned++) if (source[scanned] === '\n') line++;
    return line;
  };
  const sorted = [...textRanges].sort((a, b) => a[0] - b[0]);
  for (const [start, end] of sorted) {
    for (let offset = start; offset < end; offset++) {
      const to = fixed[offset];
      if (fixed.length === source.length && to !== undefined && to !== source[offset]) edits.push({ offset, to, kind: 'punctuation' });
      if (source[offset] === '"') {
        const at = lineAt(offset);
        quotesByLine.set(at, [...(quotesByLine.get(at) ?? []), offset]);
      }
    }
  }
  const unpairedLines: number[] = [];
  const lines = source.split('\n');
  for (const [at, offsets] of quotesByLine) {
    if (!HAN.test(lines[at - 1] ?? '')) continue;
    if (offsets.length % 2 === 1) {
      unpairedLines.push(at);
      continue;
    }
    offsets.forEach((offset, index) => edits.push({ offset, to: index % 2 === 0 ? CORNER.open : CORNER.close, kind: 'quote' }));
  }
  return { edits, unpairedLines };
}

export function applyEdits(source: string, edits: readonly TextEdit[]): string {
  const chars = source.split('');
  for (const { offset, to } of edits) chars[offset] = to;
  return chars.join('');
}

/** 1-based lines of the edits, for the check's report. */
export function linesOfEdits(source: string, edits: readonly TextEdit[], kind: TextEdit['kind']): number[] {
  const offsets = edits.filter((edit) => edit.kind === kind).map((edit) => edit.offset).sort((a, b) => a - b);
  const lines = new Set<number>();
  let line = 1;
  let scanned = 0;
  for (const offset of offsets) {
    for (; scanned < offset; scanned++) if (source[scanned] === '\n') line++;
    lines.add(line);
  }
  return [...lines];
}

