/**
 * Aho–Corasick automaton over UTF-16 code units: finds every occurrence of every pattern in one pass
 * over the text, whatever the number of patterns (a mark.js-style search runs once per alias).
 *
 * Laid out in typed arrays, built once on the first story-like page: the root and the busy nodes near it
 * have dense ASCII tables (most page text is ASCII), every other node a short run of (code, target)
 * pairs. No per-lookup allocation, so a scan never triggers garbage collection.
 */

/** Nodes with at least this many children get a dense 128-entry ASCII table. */
const DENSE_MIN = 6;

export class Automaton {
  /** The root's ASCII transitions (0: none; the root is never a target). */
  private readonly rootAscii = new Int32Array(128);
  /** The root's other transitions. */
  private readonly rootOther = new Map<number, number>();
  /** Children of node n are codes/targets[first[n] .. first[n + 1]). */
  private readonly first: Int32Array;
  private readonly codes: Uint16Array;
  private readonly targets: Int32Array;
  /** Offset of a node's dense ASCII table in `dense`, or -1. */
  private readonly denseAt: Int32Array;
  private readonly dense: Int32Array;
  private readonly fail: Int32Array;
  /** Patterns that end exactly at each node (in pattern order). */
  private readonly outputs: (number[] | undefined)[];
  /** The nearest proper suffix node (through failure links) that has outputs, or 0. */
  private readonly dict: Int32Array;
  private readonly lengths: Int32Array;

  constructor(patterns: readonly string[]) {
    this.lengths = Int32Array.from(patterns, (p) => p.length);
    // Build the trie from the patterns in sorted order: each one shares its prefix with the one before,
    // so no child is ever searched for, and every node's children come out in code order.
    const byText = new Map<string, number[]>();
    patterns.forEach((pattern, index) => {
      if (!pattern) return;
      const list = byText.get(pattern);
      if (list) list.push(index);
      else byText.set(pattern, [index]);
    });
    const sorted = [...byText.keys()].sort();
    let capacity = 1;
    for (const p of sorted) capacity += p.length;
    const parent = new Int32Array(capacity);
    const code = new Uint16Array(capacity);
    const childCount = new Int32Array(capacity);
    const outputs: (number[] | undefined)[] = new Array(capacity);
    /** path[d]: the node at depth d on the previous pattern's path. */
    const path = new Int32Array(sorted.reduce((n, p) => Math.max(n, p.length), 0) + 1);
    let previous = '';
    let nodes = 1;
    for (const pattern of sorted) {
      let shared = 0;
      const limit = Math.min(pattern.length, previous.length);
      while (shared < limit && pattern.charCodeAt(shared) === previous.charCodeAt(shared)) shared++;
      for (let d = shared; d < pattern.length; d++) {
        const node = nodes++;
        const up = path[d] as number;
        parent[node] = up;
        code[node] = pattern.charCodeAt(d);
        childCount[up] = (childCount[up] as number) + 1;
        path[d + 1] = node;
      }
      outputs[path[pattern.length] as number] = byText.get(pattern);
      previous = pattern;
    }
    outputs.length = nodes;
    this.outputs = outputs;

    // Runs of (code, target) per node, with dense ASCII tables for busy nodes. Nodes were numbered in
    // sorted (depth-first) order, so each parent's children are appended in code order.
    const first = (this.first = new Int32Array(nodes + 1));
    for (let n = 0; n < nodes; n++) first[n + 1] = (first[n] as number) + (childCount[n] as number);
    const fill = first.slice(0, nodes);
    const codes = (this.codes = new Uint16Array(Math.max(0, nodes - 1)));
    const targets = (this.targets = new Int32Array(Math.max(0, nodes - 1)));
    const denseAt = (this.denseAt = new Int32Array(nodes).fill(-1));
    let denseNodes = 0;
    for (let n = 1; n < nodes; n++) if ((childCount[n] as number) >= DENSE_MIN) denseAt[n] = 128 * denseNodes++;
    const dense = (this.dense = new Int32Array(denseNodes * 128));
    const { rootAscii, rootOther } = this;
    for (let node = 1; node < nodes; node++) {
      const up = parent[node] as number;
      const c = code[node] as number;
      const at = fill[up] as number;
      fill[up] = at + 1;
      codes[at] = c;
      targets[at] = node;
      if (up === 0) {
        if (c < 128) rootAscii[c] = node;
        else rootOther.set(c, node);
      } else if ((denseAt[up] as number) >= 0 && c < 128) dense[(denseAt[up] as number) + c] = node;
    }

    this.fail = new Int32Array(nodes);
    this.dict = new Int32Array(nodes);
    this.linkFailures(nodes);
  }

  /** The transition from node on code c, or 0. */
  private step(node: number, c: number): number {
    if (node === 0) return c < 128 ? (this.rootAscii[c] as number) : (this.rootOther.get(c) ?? 0);
    const d = this.denseAt[node] as number;
    if (d >= 0 && c < 128) return this.dense[d + c] as number;
    const end = this.first[node + 1] as number;
    for (let k = this.first[node] as number; k < end; k++) if (this.codes[k] === c) return this.targets[k] as number;
    return 0;
  }

  private linkFailures(nodes: number): void {
    const { first, codes, targets, fail, dict, outputs } = this;
    const queue = new Int32Array(nodes);
    let tail = 0;
    for (let k = first[0] as number; k < (first[1] as number); k++) queue[tail++] = targets[k] as number;
    for (let head = 0; head < tail; head++) {
      const node = queue[head] as number;
      const end = first[node + 1] as number;
      for (let k = first[node] as number; k < end; k++) {
        const c = codes[k] as number;
        const child = targets[k] as number;
        let f = fail[node] as number;
        let target = this.step(f, c);
        while (!target && f) {
          f = fail[f] as number;
          target = this.step(f, c);
        }
        fail[child] = target;
        dict[child] = outputs[target] ? target : (dict[target] as number);
        queue[tail++] = child;
      }
    }
  }

  /** Calls onHit for every occurrence of every pattern in codes[0..length), ordered by end offset. */
  scan(codes: Uint16Array, length: number, onHit: (pattern: number, start: number, end: number) => void): void {
    const { rootAscii, rootOther, first, denseAt, dense, fail, outputs, dict, lengths } = this;
    const childCodes = this.codes;
    const childTargets = this.targets;
    let node = 0;
    for (let i = 0; i < length; i++) {
      const c = codes[i] as number;
      for (;;) {
        let next = 0;
        if (node === 0) {
          next = c < 128 ? (rootAscii[c] as number) : (rootOther.get(c) ?? 0);
          node = next;
          break;
        }
        const d = denseAt[node] as number;
        if (d >= 0 && c < 128) next = dense[d + c] as number;
        else {
          const end = first[node + 1] as number;
          for (let k = first[node] as number; k < end; k++) {
            if (childCodes[k] === c) {
              next = childTargets[k] as number;
              break;
            }
          }
        }
        if (next) {
          node = next;
          break;
        }
        node = fail[node] as number;
      }
      for (let o = outputs[node] ? node : (dict[node] as number); o; o = dict[o] as number) {
        for (const p of outputs[o] as number[]) onHit(p, i + 1 - (lengths[p] as number), i + 1);
      }
    }
  }
}
