/**
 * L2-regularised logistic regression, fitted by Newton's method (a few dozen features, a few hundred
 * articles: exact and fast), and the grouped, stratified folds that cross-validation uses.
 */

export interface Fitted {
  bias: number;
  weights: number[];
}

/** Fits y ~ sigmoid(bias + w·x); `lambda` penalises the weights (not the bias). */
export function fitLogistic(x: number[][], y: number[], lambda: number, iterations = 50): Fitted {
  const d = x[0]?.length ?? 0;
  let beta = new Array<number>(d + 1).fill(0); // [bias, ...weights]
  for (let it = 0; it < iterations; it++) {
    const gradient = new Array<number>(d + 1).fill(0);
    const hessian = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    x.forEach((row, i) => {
      const xi = [1, ...row];
      const p = sigmoid(dot(beta, xi));
      const r = p - (y[i] as number);
      const w = Math.max(p * (1 - p), 1e-9);
      for (let a = 0; a <= d; a++) {
        gradient[a] = (gradient[a] as number) + r * (xi[a] as number);
        const ha = hessian[a] as number[];
        for (let b = 0; b <= d; b++) ha[b] = (ha[b] as number) + w * (xi[a] as number) * (xi[b] as number);
      }
    });
    for (let a = 1; a <= d; a++) {
      gradient[a] = (gradient[a] as number) + lambda * (beta[a] as number);
      (hessian[a] as number[])[a] = ((hessian[a] as number[])[a] as number) + lambda;
    }
    (hessian[0] as number[])[0] = ((hessian[0] as number[])[0] as number) + 1e-6;
    const step = solve(hessian, gradient);
    beta = beta.map((b, a) => b - (step[a] as number));
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  return { bias: beta[0] as number, weights: beta.slice(1) };
}

/**
 * Fits with a sign required of some weights (+1: only toward the story, -1: only against it, 0: free),
 * so the evidence never reads "names the Alaska summit" as a reason for the story. A weight that comes
 * out with the wrong sign is fixed at 0 and the rest refitted, until every sign holds.
 */
export function fitSigned(x: number[][], y: number[], lambda: number, signs: number[]): Fitted {
  const active = signs.map(() => true);
  for (;;) {
    const columns = active.flatMap((on, c) => (on ? [c] : []));
    const fitted = fitLogistic(
      x.map((row) => columns.map((c) => row[c] as number)),
      y,
      lambda,
    );
    const weights = signs.map(() => 0);
    columns.forEach((c, k) => {
      weights[c] = fitted.weights[k] as number;
    });
    const wrong = weights.flatMap((w, c) => ((signs[c] as number) * w < 0 ? [c] : []));
    if (!wrong.length) return { bias: fitted.bias, weights };
    for (const c of wrong) active[c] = false;
  }
}

export function predict(model: Fitted, row: number[]): number {
  return sigmoid(model.bias + dot(model.weights, row));
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

function dot(a: number[], b: number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += (a[i] as number) * (b[i] as number);
  return s;
}

/** Solves A x = b (A symmetric positive definite) by Gaussian elimination with partial pivoting. */
export function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] as number]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++)
      if (Math.abs((m[r] as number[])[col] as number) > Math.abs((m[pivot] as number[])[col] as number)) pivot = r;
    [m[col], m[pivot]] = [m[pivot] as number[], m[col] as number[]];
    const top = m[col] as number[];
    const div = top[col] as number;
    for (let r = col + 1; r < n; r++) {
      const row = m[r] as number[];
      const f = (row[col] as number) / div;
      if (f) for (let c = col; c <= n; c++) row[c] = (row[c] as number) - f * (top[c] as number);
    }
  }
  const out = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    const row = m[r] as number[];
    let s = row[n] as number;
    for (let c = r + 1; c < n; c++) s -= (row[c] as number) * (out[c] as number);
    out[r] = s / (row[r] as number);
  }
  return out;
}

/**
 * Folds for cross-validation: whole groups (copies of one text) stay in one fold, and each label is
 * spread evenly. Deterministic: the same data gives the same folds.
 */
export function groupedFolds(groups: number[], labels: string[], k: number): number[] {
  const members = new Map<number, number[]>();
  groups.forEach((g, i) => {
    members.set(g, [...(members.get(g) ?? []), i]);
  });
  const ordered = [...members.values()].sort(
    (a, b) =>
      b.length - a.length ||
      (labels[a[0] as number] as string).localeCompare(labels[b[0] as number] as string) ||
      (a[0] as number) - (b[0] as number),
  );
  const perFold = Array.from({ length: k }, () => new Map<string, number>());
  const fold = new Array<number>(groups.length).fill(0);
  for (const group of ordered) {
    const label = labels[group[0] as number] as string;
    let best = 0;
    for (let f = 1; f < k; f++) if ((perFold[f]?.get(label) ?? 0) < (perFold[best]?.get(label) ?? 0)) best = f;
    for (const i of group) fold[i] = best;
    perFold[best]?.set(label, (perFold[best]?.get(label) ?? 0) + group.length);
  }
  return fold;
}

/** Groups of near-copies (syndicated wire texts): texts sharing many word 5-grams. */
export function nearCopyGroups(texts: string[], minShared = 0.3): number[] {
  const shingles = texts.map((t) => {
    const words = t
      .toLowerCase()
      .split(/[\s\p{P}]+/u)
      .filter(Boolean);
    const set = new Set<string>();
    // Unspaced scripts: characters, not words.
    const units = words.length < 30 ? [...t.replace(/\s+/g, '')] : words;
    for (let i = 0; i + 5 <= units.length; i++) set.add(units.slice(i, i + 5).join(' '));
    return set;
  });
  const parent = texts.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] as number)));
  for (let i = 0; i < texts.length; i++)
    for (let j = i + 1; j < texts.length; j++) {
      const a = shingles[i] as Set<string>;
      const b = shingles[j] as Set<string>;
      let shared = 0;
      for (const s of a) if (b.has(s)) shared++;
      if (shared / Math.max(1, Math.min(a.size, b.size)) >= minShared) parent[find(i)] = find(j);
    }
  return texts.map((_, i) => find(i));
}
