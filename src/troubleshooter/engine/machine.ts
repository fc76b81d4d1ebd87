/**
 * The troubleshooter as a pure state machine: the state is only the tree the
 * reader started in and the option ids they chose; where they are now is
 * derived by walking those ids from the start. No DOM, no Zod: this file is
 * bundled for the browser.
 */
import type { Option, Question, Tree, TreeNode } from '../../schemas/troubleshooter.ts';

/** What the reader has done: which troubleshooter, and the option ids chosen in order. */
export interface State {
  readonly tree: string;
  readonly path: readonly string[];
}

export type Event =
  | { readonly type: 'answer'; readonly option: string }
  | { readonly type: 'back' }
  | { readonly type: 'restart' };

/** One answered question on the way to the current node. */
export interface Step {
  readonly tree: Tree;
  readonly question: Question;
  readonly option: Option;
}

/** Where a state leads. */
export interface Position {
  /** The tree the current node belongs to (another tree after a cross-tree option). */
  readonly tree: Tree;
  readonly node: TreeNode;
  /** The questions answered so far, in order. */
  readonly steps: readonly Step[];
  /** The part of the state's path that could be followed. */
  readonly path: readonly string[];
  /** True when the state's path went further than the tree allows and the rest was ignored. */
  readonly recovered: boolean;
}

/** Splits "tree#node", "tree" or "node" into its parts. */
export function parseRef(ref: string): { tree: string | undefined; node: string | undefined } {
  const hash = ref.indexOf('#');
  return hash < 0 ? { tree: undefined, node: ref } : { tree: ref.slice(0, hash), node: ref.slice(hash + 1) };
}

/**
 * Resolves an option's `next` seen from `from`: a node of `from` first, else
 * the start of the tree with that id, else "tree#node". Undefined when nothing matches.
 */
export function resolveRef(
  trees: readonly Tree[],
  from: Tree,
  ref: string,
): { tree: Tree; node: TreeNode } | undefined {
  const parts = parseRef(ref);
  const local = parts.tree === undefined ? from.nodes.find((node) => node.id === parts.node) : undefined;
  if (local) return { tree: from, node: local };
  const tree = trees.find((candidate) => candidate.id === (parts.tree ?? parts.node));
  const id = parts.tree === undefined ? tree?.start : parts.node;
  const node = tree?.nodes.find((candidate) => candidate.id === id);
  return tree && node ? { tree, node } : undefined;
}

export function start(tree: Tree): State {
  return { tree: tree.id, path: [] };
}

/**
 * Follows `state.path` from the start of `state.tree` for as long as each id
 * is an option of the current question whose target exists. Throws only when
 * the tree itself or its start node is missing, which the content check rules out.
 */
export function locate(trees: readonly Tree[], state: State): Position {
  const first = trees.find((candidate) => candidate.id === state.tree);
  const entry = first && resolveRef(trees, first, `${first.id}#${first.start}`);
  if (!entry) throw new Error(`Unknown troubleshooter "${state.tree}", or its start node is missing`);
  let { tree, node } = entry;
  const steps: Step[] = [];
  for (const id of state.path) {
    if (node.type !== 'question') break;
    const option = node.options.find((candidate) => candidate.id === id);
    const target = option && resolveRef(trees, tree, option.next);
    if (!option || !target) break;
    steps.push({ tree, question: node, option });
    ({ tree, node } = target);
  }
  const path = steps.map((step) => step.option.id);
  return { tree, node, steps, path, recovered: path.length < state.path.length };
}

/** The next state, or the same one when the event does not apply (unknown option, back at the start). */
export function transition(trees: readonly Tree[], state: State, event: Event): State {
  switch (event.type) {
    case 'answer': {
      const next = { tree: state.tree, path: [...locate(trees, state).path, event.option] };
      return locate(trees, next).recovered ? state : next;
    }
    case 'back':
      return state.path.length === 0 ? state : { tree: state.tree, path: state.path.slice(0, -1) };
    case 'restart':
      return state.path.length === 0 ? state : { tree: state.tree, path: [] };
  }
}

export const answer = (trees: readonly Tree[], state: State, option: string): State =>
  transition(trees, state, { type: 'answer', option });
export const back = (state: State): State => transition([], state, { type: 'back' });
export const restart = (state: State): State => transition([], state, { type: 'restart' });
