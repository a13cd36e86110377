import { describe, expect, it } from 'vitest';
import { fitLogistic, fitSigned, groupedFolds, nearCopyGroups, predict } from './logistic';

describe('fitLogistic', () => {
  it('separates a feature that decides the label, and L2 keeps the weights finite', () => {
    const x = [[0], [0], [0], [1], [1], [1]];
    const y = [0, 0, 0, 1, 1, 1];
    const model = fitLogistic(x, y, 0.1);
    expect(predict(model, [1])).toBeGreaterThan(0.8);
    expect(predict(model, [0])).toBeLessThan(0.2);
    expect(Number.isFinite(model.weights[0])).toBe(true);
    expect(Math.abs(fitLogistic(x, y, 10).weights[0] as number)).toBeLessThan(Math.abs(model.weights[0] as number));
  });

  it('finds the weights of a known logistic model from its own probabilities', () => {
    // Rows repeated in proportion to the true probabilities of bias -1, weight 2.
    const x: number[][] = [];
    const y: number[] = [];
    for (const v of [0, 0.5, 1, 1.5]) {
      const p = 1 / (1 + Math.exp(-(-1 + 2 * v)));
      const positives = Math.round(p * 1000);
      for (let i = 0; i < 1000; i++) {
        x.push([v]);
        y.push(i < positives ? 1 : 0);
      }
    }
    const model = fitLogistic(x, y, 1e-6);
    expect(model.bias).toBeCloseTo(-1, 1);
    expect(model.weights[0]).toBeCloseTo(2, 1);
  });
});

describe('fitSigned', () => {
  it('fixes at zero a weight whose sign is required and comes out wrong', () => {
    // Feature 1 is anti-correlated with the label, but may only count toward it.
    const x = [
      [1, 0],
      [1, 0],
      [0, 1],
      [0, 1],
      [1, 1],
      [0, 0],
    ];
    const y = [1, 1, 0, 0, 1, 0];
    expect(fitLogistic(x, y, 0.1).weights[1]).toBeLessThan(0);
    const signed = fitSigned(x, y, 0.1, [1, 1]);
    expect(signed.weights[1]).toBe(0);
    expect(signed.weights[0]).toBeGreaterThan(0);
  });
});

describe('folds and copies', () => {
  it('keeps near-copies of one text together and spreads each label over the folds', () => {
    const wire =
      'the united states and ukraine signed an agreement on minerals in washington on wednesday after weeks of talks';
    const texts = [
      wire,
      `${wire} reuters`,
      'a weather report for the weekend with rain in the north and sun in the south and wind',
      'another',
    ];
    const groups = nearCopyGroups(texts);
    expect(groups[0]).toBe(groups[1]);
    expect(groups[0]).not.toBe(groups[2]);
    const folds = groupedFolds([0, 0, 1, 2, 3, 4], ['s', 's', 's', 'n', 'n', 'n'], 2);
    expect(folds[0]).toBe(folds[1]);
    const perFold = (label: string, f: number) =>
      folds.filter((x, i) => x === f && ['s', 's', 's', 'n', 'n', 'n'][i] === label).length;
    expect(Math.abs(perFold('n', 0) - perFold('n', 1))).toBeLessThanOrEqual(1);
  });
});
