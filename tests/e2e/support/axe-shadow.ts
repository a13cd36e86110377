/**
 * axe-core over a part of our closed shadow root (Chromium), run in the extension's isolated world:
 * the host gets a `shadowRoot` getter in that world only and spends the run inside <body> (axe lays out
 * its colour-contrast grid from document.body), as in the card suite's own axe test; what had focus in
 * our root has it again afterwards.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './fixtures';
import type { IsolatedWorld } from './isolated-world';

export interface ShadowAxeResult {
  violations: { id: string; impact: string; help: string; nodes: string[] }[];
  /** Rule id → how many nodes passed it. */
  passes: Record<string, number>;
  /** Rule id → how many nodes axe could not decide (e.g. contrast over a pseudo element). */
  incomplete: Record<string, number>;
}

let axeSource: string | undefined;

/** Runs axe (WCAG 2.2 AA and best practice) over what `selector` finds in our shadow root. */
export async function axeInShadow(world: IsolatedWorld, selector: string): Promise<ShadowAxeResult> {
  axeSource ??= readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  await world.evaluateSource(axeSource);
  return world.evaluate(async (sel: string) => {
    interface AxeResults {
      violations: { id: string; impact: string; help: string; nodes: { target: unknown; failureSummary: string }[] }[];
      passes: { id: string; nodes: unknown[] }[];
      incomplete: { id: string; nodes: unknown[] }[];
    }
    const api = (globalThis as Record<symbol, unknown>)[Symbol.for('backstory.page')] as {
      host(): { element: HTMLElement; shadow: ShadowRoot };
    };
    const { element, shadow } = api.host();
    // Moving the host takes focus out of it: given back afterwards, so a test's keys go where they went.
    const focused = shadow.activeElement as HTMLElement | null;
    Object.defineProperty(element, 'shadowRoot', { configurable: true, get: () => shadow });
    const parent = element.parentNode as Node;
    const next = element.nextSibling;
    document.body.append(element);
    element.setAttribute('data-axe-host', '');
    const axe = (globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<AxeResults> } }).axe;
    try {
      const r = await axe.run(
        { include: [[['[data-axe-host]', sel]]] },
        { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } },
      );
      return {
        violations: r.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary}`),
        })),
        passes: Object.fromEntries(r.passes.map((p) => [p.id, p.nodes.length])),
        incomplete: Object.fromEntries(r.incomplete.map((p) => [p.id, p.nodes.length])),
      };
    } finally {
      delete (element as unknown as Record<string, unknown>).shadowRoot;
      element.removeAttribute('data-axe-host');
      parent.insertBefore(element, next);
      focused?.focus({ preventScroll: true });
    }
  }, selector);
}
