/**
 * Strongly connected components (Tarjan): each group of nodes that can all reach each other through the edges.
 * A group of two or more nodes is an import cycle; so is a node with an edge to itself. Groups come sorted, largest
 * first, each sorted by name.
 */
export function cycles(nodes: Iterable<string>, edges: Iterable<{ from: string; to: string }>): string[][] {
  const out = new Map<string, string[]>();
  for (const node of nodes) out.set(node, []);
  const selfLoops = new Set<string>();
  for (const { from, to } of edges) {
    if (!out.has(from)) out.set(from, []);
    if (!out.has(to)) out.set(to, []);
    if (from === to) selfLoops.add(from);
    else out.get(from)!.push(to);
  }
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];

  // Iterative, so a long chain of imports cannot overflow the call stack.
  for (const root of out.keys()) {
    if (index.has(root)) continue;
    const work: { node: string; next: number }[] = [{ node: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const targets = out.get(frame.node)!;
      if (frame.next < targets.length) {
        const target = targets[frame.next++];
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, next: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(target)!));
        }
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1].node;
        low.set(parent, Math.min(low.get(parent)!, low.get(frame.node)!));
      }
      if (low.get(frame.node) === index.get(frame.node)) {
        const group: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          group.push(member);
        } while (member !== frame.node);
        if (group.length > 1 || selfLoops.has(frame.node)) groups.push(group.sort());
      }
    }
  }
  return groups.sort((a, b) => b.length - a.length || a[0].localeCompare(b[0]));
}

/** Pairs of nodes that import each other directly, each pair once ("a <-> b", a before b). */
export function mutualPairs(edges: Iterable<{ from: string; to: string }>): string[] {
  const set = new Set<string>();
  for (const { from, to } of edges) if (from !== to) set.add(`${from}\n${to}`);
  const pairs: string[] = [];
  for (const key of set) {
    const [from, to] = key.split('\n');
    if (from < to && set.has(`${to}\n${from}`)) pairs.push(`${from} <-> ${to}`);
  }
  return pairs.sort();
}

/** The edges between groups of nodes (e.g. folders), one per pair of groups, leaving out nodes in no group. */
export function groupEdges<E extends { from: string; to: string }>(
  edges: Iterable<E>,
  groupOf: (node: string) => string | null,
): { from: string; to: string }[] {
  const set = new Set<string>();
  for (const { from, to } of edges) {
    const [a, b] = [groupOf(from), groupOf(to)];
    if (a !== null && b !== null && a !== b) set.add(`${a}\n${b}`);
  }
  return [...set].map((key) => {
    const [from, to] = key.split('\n');
    return { from, to };
  });
}
