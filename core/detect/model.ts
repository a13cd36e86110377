/**
 * The detector's model: logistic regression over named features (core/detect/features.ts), weights
 * trained on real coverage (scripts/detector/train.ts). Pure arithmetic, no DOM.
 */
import type { DetectorWeights } from '../match/match-index';

export interface Scored {
  /** bias + Σ weight × value. */
  logit: number;
  /** The model's probability that the article is the story. */
  probability: number;
  /** Each feature's part of the logit, by feature id. */
  contributions: Map<string, number>;
}

export function scoreFeatures(model: DetectorWeights, features: readonly { id: string; value: number }[]): Scored {
  let logit = model.bias;
  const contributions = new Map<string, number>();
  for (const f of features) {
    const part = (model.weights[f.id] ?? 0) * f.value;
    contributions.set(f.id, part);
    logit += part;
  }
  return { logit, probability: sigmoid(logit), contributions };
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
