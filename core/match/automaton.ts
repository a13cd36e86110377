/**
 * Aho–Corasick automaton over UTF-16 code units: finds every occurrence of every pattern in one pass
 * over the text, whatever the number of patterns (a mark.js-style search runs once per alias).
 *
 * Laid out in typed arrays (`AutomatonTables`): the root and the busy nodes near it have dense ASCII
 * tables (most page text is ASCII), every other node a short run of (code, target) pairs. No per-lookup
 * allocation, so a scan never triggers garbage collection. The tables are built at build time and
 * shipped packed (automaton-pack.ts); a page only wraps them.
 */

/** Nodes with at least this many children get a dense 128-entry ASCII table. */
const DENSE_MIN = 6;

/** The automaton's whole state: typed arrays only, so it can be built ahead of time and shipped. */
export interface AutomatonTables {
  /** The root's ASCII transitions (0: none; the root is never a target). */
  rootAscii: Int32Array;
  /** The root's other transitions, as parallel (code, target) arrays. */
  rootOtherCodes: Int32Array;
  rootOtherTargets: Int32Array;
  /** Children of node n are codes/targets[first[n] .. first[n + 1]). */
  first: Int32Array;
  codes: Int32Array;
  targets: Int32Array;
  /** Offset of a node's dense ASCII table in `dense`, or -1. */
  denseAt: Int32Array;
  dense: Int32Array;
  fail: Int32Array;
  /** Patterns that end exactly at node n: outList[outStart[n] .. outStart[n + 1]) (in pattern order). */
  outStart: Int32Array;
  outList: Int32Array;
  /** The nearest proper suffix node (through failure links) that has outputs, or 0. */
  dict: Int32Array;
  /** Each pattern's length. */
  lengths: Int32Array;
}

export class Automaton {
  private readonly rootOther: Map<number, number>;

  constructor(readonly tables: AutomatonTables) {
    const { rootOtherCodes, rootOtherTargets } = tables;
    this.rootOther = new Map(Array.from(rootOtherCodes, (c, i) => [c, rootOtherTargets[i] as number]));
  }

  /** Builds the automaton for `patterns` (at build time, and in tests). */
  static build(patterns: readonly string[]): Automaton {
    return new Automaton(buildTables(patterns));
  }

  /** Calls onHit for every occurrence of every pattern in codes[0..length), ordered by end offset. */
  scan(codes: Uint16Array, length: number, onHit: (pattern: number, start: number, end: number) => void): void {
    const { rootAscii, first, denseAt, dense, fail, outStart, outList, dict, lengths } = this.tables;
    const { rootOther } = this;
    const childCodes = this.tables.codes;
    const childTargets = this.tables.targets;
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
      let o = (outStart[node + 1] as number) > (outStart[node] as number) ? node : (dict[node] as number);
      for (; o; o = dict[o] as number) {
        const end = outStart[o + 1] as number;
        for (let k = outStart[o] as number; k < end; k++) {
          const p = outList[k] as number;
          onHit(p, i + 1 - (lengths[p] as number), i + 1);
        }
      }
    }
  }
}

function buildTables(patterns: readonly string[]): AutomatonTables {
  const lengths = Int32Array.from(patterns, (p) => p.length);
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

  const outStart = new Int32Array(nodes + 1);
  for (let n = 0; n < nodes; n++) outStart[n + 1] = (outStart[n] as number) + (outputs[n]?.length ?? 0);
  const outList = new Int32Array(outStart[nodes] as number);
  for (let n = 0; n < nodes; n++) outList.set(outputs[n] ?? [], outStart[n] as number);

  // Runs of (code, target) per node, with dense ASCII tables for busy nodes. Nodes were numbered in
  // sorted (depth-first) order, so each parent's children are appended in code order.
  const first = new Int32Array(nodes + 1);
  for (let n = 0; n < nodes; n++) first[n + 1] = (first[n] as number) + (childCount[n] as number);
  const fill = first.slice(0, nodes);
  const codes = new Int32Array(Math.max(0, nodes - 1));
  const targets = new Int32Array(Math.max(0, nodes - 1));
  const denseAt = new Int32Array(nodes).fill(-1);
  let denseNodes = 0;
  for (let n = 1; n < nodes; n++) if ((childCount[n] as number) >= DENSE_MIN) denseAt[n] = 128 * denseNodes++;
  const dense = new Int32Array(denseNodes * 128);
  const rootAscii = new Int32Array(128);
  const rootOther: [number, number][] = [];
  for (let node = 1; node < nodes; node++) {
    const up = parent[node] as number;
    const c = code[node] as number;
    const at = fill[up] as number;
    fill[up] = at + 1;
    codes[at] = c;
    targets[at] = node;
    if (up === 0) {
      if (c < 128) rootAscii[c] = node;
      else rootOther.push([c, node]);
    } else if ((denseAt[up] as number) >= 0 && c < 128) dense[(denseAt[up] as number) + c] = node;
  }

  const tables: AutomatonTables = {
    rootAscii,
    rootOtherCodes: Int32Array.from(rootOther, ([c]) => c),
    rootOtherTargets: Int32Array.from(rootOther, ([, t]) => t),
    first,
    codes,
    targets,
    denseAt,
    dense,
    fail: new Int32Array(nodes),
    outStart,
    outList,
    dict: new Int32Array(nodes),
    lengths,
  };
  linkFailures(tables, new Map(rootOther));
  return tables;
}

/** The transition from node on code c, or 0 (build time only; `scan` inlines it). */
function step(t: AutomatonTables, rootOther: Map<number, number>, node: number, c: number): number {
  if (node === 0) return c < 128 ? (t.rootAscii[c] as number) : (rootOther.get(c) ?? 0);
  const d = t.denseAt[node] as number;
  if (d >= 0 && c < 128) return t.dense[d + c] as number;
  const end = t.first[node + 1] as number;
  for (let k = t.first[node] as number; k < end; k++) if (t.codes[k] === c) return t.targets[k] as number;
  return 0;
}

/** Failure links (breadth first) and dictionary suffix links. */
function linkFailures(t: AutomatonTables, rootOther: Map<number, number>): void {
  const { first, codes, targets, fail, dict, outStart } = t;
  const hasOutput = (n: number) => (outStart[n + 1] as number) > (outStart[n] as number);
  const queue = new Int32Array(fail.length);
  let tail = 0;
  for (let k = first[0] as number; k < (first[1] as number); k++) queue[tail++] = targets[k] as number;
  for (let head = 0; head < tail; head++) {
    const node = queue[head] as number;
    const end = first[node + 1] as number;
    for (let k = first[node] as number; k < end; k++) {
      const c = codes[k] as number;
      const child = targets[k] as number;
      let f = fail[node] as number;
      let target = step(t, rootOther, f, c);
      while (!target && f) {
        f = fail[f] as number;
        target = step(t, rootOther, f, c);
      }
      fail[child] = target;
      dict[child] = hasOutput(target) ? target : (dict[target] as number);
      queue[tail++] = child;
    }
  }
}
