/**
 * Builds an excerpt from Pagefind's "text with <mark>" string without ever
 * inserting HTML: only text nodes and <mark> elements are created.
 */
export function renderExcerpt(excerpt: string, into: HTMLElement): void {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html').body.firstElementChild;
  into.replaceChildren();
  parsed?.childNodes.forEach((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      into.append(mark);
    } else {
      into.append(document.createTextNode(node.textContent ?? ''));
    }
  });
}
