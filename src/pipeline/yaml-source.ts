/**
 * YAML parsing that remembers where each value came from, so an error can name
 * the line of the field at fault rather than just the file.
 */
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';

export interface ParsedYaml {
  /** Plain JavaScript value; dates stay strings (YAML 1.2 core schema). */
  value: unknown;
  /** Returns the 1-based line of the value at `path`, or of its nearest existing parent. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  /** Syntax errors with their lines; the value is unusable when this is not empty. */
  errors: { line: number; message: string }[];
}

/** @param lineOffset added to every line, for frontmatter that starts below line 1. */
export function parseYamlWithLines(text: string, lineOffset = 0): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const errors = doc.errors.map((error) => ({
    line: lineCounter.linePos(error.pos[0]).line + lineOffset,
    message: error.message.split('\n')[0] ?? error.message,
  }));
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    for (let depth = path.length; depth >= 0; depth--) {
      const keys = path.slice(0, depth).map((key) => (typeof key === 'symbol' ? String(key) : key));
      const node = keys.length === 0 ? doc.contents : doc.getIn(keys, true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line + lineOffset;
    }
    return undefined;
  };
  return { value: errors.length > 0 ? undefined : doc.toJS(), lineOf, errors };
}
