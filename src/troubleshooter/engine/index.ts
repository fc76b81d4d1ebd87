/**
 * The troubleshooter engine: pure TypeScript, no DOM and no Zod at runtime
 * (only `import type` from the schema), so it can be bundled for the browser
 * within the 6 KiB gzip budget. The DOM shell (src/troubleshooter/ui/) renders
 * what `locate` returns and feeds reader actions to `transition`.
 *
 * Data: `Tree` (src/schemas/troubleshooter.ts), validated at build time by
 * src/check/rules/troubleshooters.ts. Pages get them with
 * `getTroubleshooters()` (src/lib/site-data.ts). Pass the engine
 * every tree the reader can reach (a tree plus the trees its options jump to);
 * passing all trees is always correct.
 *
 * State: `{ tree, path }`: the tree the reader started in and the option ids
 * they chose, in order. The current node is derived, never stored.
 *
 *   start(tree: Tree): State
 *   answer(trees: readonly Tree[], state: State, optionId: string): State   // unknown option: same state
 *   back(state: State): State                                                // at the start: same state
 *   restart(state: State): State
 *   transition(trees, state, event: { type: 'answer', option } | { type: 'back' } | { type: 'restart' }): State
 *   locate(trees, state): Position
 *     // { tree, node, steps: { tree, question, option }[], path, recovered }
 *     // node.type === 'question' → show node.text, node.help, node.options
 *     // node.type === 'outcome'  → show title, urgency, summary, actions, article#anchor, contacts, prepare, link
 *     // Throws only if state.tree (or its start node) is not in `trees`, a bug rather than bad input.
 *   resolveRef(trees, from: Tree, next: string): { tree, node } | undefined   // "node", "tree" or "tree#node"
 *   pathTo(trees, fromTree, toTree, toNode): string[] | undefined           // shortest answers from a start to a node
 *
 * URL: `?path=charged.card-yes` (PATH_PARAM = "path"; option ids joined by ".").
 *   encodePath(path: readonly string[]): string
 *   decodePath(trees, treeId: string, value: string | null | undefined): { state: State; recovered: boolean }
 *     // Never throws on the path: a tampered or stale one gives the longest valid prefix and
 *     // recovered: true, so the page can say "we could not follow your whole link".
 *
 * Case summary (plain text for a support chat or e-mail):
 *   buildCaseSummary(trees, state, locale: Locale, say: SummaryText, details?: { amount?, time?, description?, tried?: number[] }): { text: string; redacted: SecretKind[] }
 *     // `say(key, values)` formats one sentence; the texts live in src/i18n/messages/ (summaryText(locale) in ui/).
 *     // Problem (tree title), the reader's details, each question with its answer, the outcome with
 *     // urgency and summary, its actions (those in `tried` marked), and what to have ready.
 *   redactSecrets(text: string, marker: string): { text: string; kinds: SecretKind[] }
 *     // Hides passwords after 密码/password:, recovery phrases, card numbers (13–19 digits), CVVs and
 *     // one-time codes; keeps transaction IDs (20+ digits, or starting with letters).
 */
export { answer, back, locate, resolveRef, restart, start, transition, type Event, type Position, type State, type Step } from './machine.ts';
export { decodePath, encodePath, FROM_PARAM, nodeHref, PATH_PARAM, type DecodedPath } from './url.ts';
export { pathTo } from './route.ts';
export { buildCaseSummary, type CaseDetails, type CaseSummary, type SummaryKey, type SummaryText } from './summary.ts';
export { redactSecrets, type Redaction, type SecretKind } from './redact.ts';
export type { Option, Outcome, OutcomeLink, Question, Tree, TreeNode } from '../../schemas/troubleshooter.ts';
