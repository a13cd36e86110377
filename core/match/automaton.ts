/**
 * Aho–Corasick automaton over UTF-16 code units: finds every occurrence of every pattern in one pass
 * over the text, whatever the number of patterns (a mark.js-style search runs once per alias).
 */

export class Automaton {
  /** Transitions, keyed node * 65536 + code (small integers, so the Map stays fast). */
  private readonly edges = new Map<number, number>();
  /** The root's ASCII transitions, where most of the text is read. */
  private readonly rootAscii = new Int32Array(128);
  private readonly fail: Int32Array;
  /** Patterns that end at each node, including those reached through failure links. */
  private readonly outputs: (number[] | undefined)[] = [undefined];
  private readonly lengths: number[];
  private readonly children: [number, number][][] = [[]];

  constructor(patterns: readonly string[]) {
    this.lengths = patterns.map((p) => p.length);
    patterns.forEach((pattern, index) => {
      if (!pattern) return;
      let node = 0;
      for (let i = 0; i < pattern.length; i++) {
        const c = pattern.charCodeAt(i);
        let next = this.edges.get(node * 65536 + c);
        if (next === undefined) {
          next = this.outputs.length;
          if (next >= 32768) throw new Error('too many patterns for one automaton');
          this.outputs.push(undefined);
          this.children.push([]);
          this.edges.set(node * 65536 + c, next);
          (this.children[node] as [number, number][]).push([c, next]);
          if (node === 0 && c < 128) this.rootAscii[c] = next;
        }
        node = next;
      }
      (this.outputs[node] ??= []).push(index);
    });
    this.fail = new Int32Array(this.outputs.length);
    this.linkFailures();
  }

  private linkFailures(): void {
    const queue: number[] = (this.children[0] as [number, number][]).map(([, child]) => child);
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head] as number;
      for (const [c, child] of this.children[node] as [number, number][]) {
        let f = this.fail[node] as number;
        let target = this.edges.get(f * 65536 + c);
        while (target === undefined && f) {
          f = this.fail[f] as number;
          target = this.edges.get(f * 65536 + c);
        }
        this.fail[child] = target ?? 0;
        const inherited = this.outputs[this.fail[child] as number];
        if (inherited) this.outputs[child] = [...(this.outputs[child] ?? []), ...inherited];
        queue.push(child);
      }
    }
  }

  /** Calls onHit for every occurrence of every pattern in codes[0..length), ordered by end offset. */
  scan(codes: Uint16Array, length: number, onHit: (pattern: number, start: number, end: number) => void): void {
    const { edges, rootAscii, fail, outputs, lengths } = this;
    let node = 0;
    for (let i = 0; i < length; i++) {
      const c = codes[i] as number;
      for (;;) {
        const next = node === 0 && c < 128 ? (rootAscii[c] as number) || undefined : edges.get(node * 65536 + c);
        if (next !== undefined) {
          node = next;
          break;
        }
        if (!node) break;
        node = fail[node] as number;
      }
      const out = outputs[node];
      if (out) for (const p of out) onHit(p, i + 1 - (lengths[p] as number), i + 1);
    }
  }
}
