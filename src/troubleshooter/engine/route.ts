/**
 * The shortest list of answers that leads from a tree's start to a node. Static
 * node pages use it to give their links a shareable ?path= and to rebuild the
 * reader's history when someone lands on a node page directly.
 */
import type { Tree } from '../../schemas/troubleshooter.ts';
import { resolveRef } from './machine.ts';

export function pathTo(trees: readonly Tree[], fromTree: string, toTree: string, toNode: string): string[] | undefined {
  const first = trees.find((tree) => tree.id === fromTree);
  if (!first) return undefined;
  const key = (tree: string, node: string): string => `${tree}#${node}`;
  const queue: { tree: Tree; node: string; path: string[] }[] = [{ tree: first, node: first.start, path: [] }];
  const seen = new Set([key(first.id, first.start)]);
  while (queue.length > 0) {
    const current = queue.shift();
    if (!current) break;
    if (current.tree.id === toTree && current.node === toNode) return current.path;
    const node = current.tree.nodes.find((candidate) => candidate.id === current.node);
    if (node?.type !== 'question') continue;
    for (const option of node.options) {
      const target = resolveRef(trees, current.tree, option.next);
      if (!target || seen.has(key(target.tree.id, target.node.id))) continue;
      seen.add(key(target.tree.id, target.node.id));
      queue.push({ tree: target.tree, node: target.node.id, path: [...current.path, option.id] });
    }
  }
  return undefined;
}
