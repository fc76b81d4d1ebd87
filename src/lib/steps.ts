/**
 * Gives the items of the first top-level ordered list in an HTML fragment
 * stable anchors (#step-1, #step-2 …) so guides, search results and the
 * troubleshooter can link to one step. Works on the HTML the Markdown
 * renderer emits, which is well formed.
 */
const TAG = /<(\/?)(ol|ul|li)\b([^>]*)>/gi;

export interface NumberedSteps {
  html: string;
  count: number;
}

export function numberSteps(html: string, idPrefix = 'step'): NumberedSteps {
  let depth = 0;
  let inFirstList = false;
  let done = false;
  let count = 0;
  const out = html.replace(TAG, (whole, closing: string, name: string, attributes: string) => {
    if (done) return whole;
    const tag = name.toLowerCase();
    if (tag === 'li') {
      if (!closing && inFirstList && depth === 1) {
        count += 1;
        return `<li id="${idPrefix}-${count}"${attributes}>`;
      }
      return whole;
    }
    if (closing) {
      depth -= 1;
      if (inFirstList && depth === 0) done = true;
      return whole;
    }
    depth += 1;
    if (depth === 1 && tag === 'ol' && !inFirstList) {
      inFirstList = true;
      return `<ol class="steps"${attributes}>`;
    }
    return whole;
  });
  return { html: out, count };
}
