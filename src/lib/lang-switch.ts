/**
 * The language switch is a plain link rendered without the page's query, so it
 * works without JavaScript. Where the query is the reader's work (a search, the
 * answers given in a troubleshooter), the page's script carries those parameters
 * over, so switching language does not throw the work away. Ids in the query
 * (tree, option, category) are the same in every language.
 */
export function carryToLanguageSwitch(names: readonly string[], query: string = location.search): void {
  const current = new URLSearchParams(query);
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) {
    const target = new URL(link.href);
    for (const name of names) {
      const value = current.get(name);
      if (value === null || value === '') target.searchParams.delete(name);
      else target.searchParams.set(name, value);
    }
    link.setAttribute('href', `${target.pathname}${target.search}${target.hash}`);
  }
}
