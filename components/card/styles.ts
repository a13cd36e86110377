/**
 * The card's stylesheet, loaded into our shadow root by script (adoptedStyleSheets, or a <style>
 * element where adopting is not possible). Pixel units only: rem would follow the page's root font.
 */
export const CARD_CSS = `
:host { all: initial; }
.root, .root * { box-sizing: border-box; }
.root {
  all: initial;
  display: block;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 14px;
  line-height: 1.45;
  color: #1f2328;
  --bg: #ffffff;
  --fg: #1f2328;
  --muted: #57606a;
  --border: #d0d7de;
  --accent: #0a58ca;
  --accent-fg: #ffffff;
  --chip: #eef2f7;
  --shadow: 0 8px 24px rgba(15, 23, 42, 0.18), 0 1px 3px rgba(15, 23, 42, 0.12);
}
@media (prefers-color-scheme: dark) {
  .root {
    color: #e6edf3;
    --bg: #161b22;
    --fg: #e6edf3;
    --muted: #9da7b3;
    --border: #3d444d;
    --accent: #79b8ff;
    --accent-fg: #0d1117;
    --chip: #262c36;
    --shadow: 0 8px 24px rgba(0, 0, 0, 0.55), 0 1px 3px rgba(0, 0, 0, 0.4);
  }
}
.sr {
  position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0;
}
.floating {
  position: fixed; top: 0; left: 0; width: max-content; max-width: min(400px, calc(100vw - 16px));
  z-index: 2147483647;
}
.floating[hidden] { display: none; }
.card {
  display: block; overflow: auto; overscroll-behavior: contain;
  background: var(--bg); color: var(--fg);
  border: 1px solid var(--border); border-radius: 10px; box-shadow: var(--shadow);
  padding: 12px 14px 10px; font-size: 14px; text-align: left; direction: ltr;
  opacity: 1; transition: opacity 120ms ease-out;
}
.card.entering { opacity: 0; }
@media (prefers-reduced-motion: reduce) { .card, .card.entering { transition: none; opacity: 1; } }
.card:focus { outline: none; }
.card :focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.head { display: flex; align-items: flex-start; justify-content: space-between; gap: 8px; }
.title { display: flex; flex-wrap: wrap; align-items: baseline; gap: 4px 8px; min-width: 0; }
.root h2 { margin: 0; font-size: 16px; font-weight: 650; line-height: 1.3; color: var(--fg); }
.root h3 { margin: 10px 0 4px; font-size: 12px; font-weight: 650; text-transform: uppercase; letter-spacing: 0.4px; color: var(--muted); }
.kind { font-size: 12px; padding: 1px 7px; border-radius: 999px; background: var(--chip); color: var(--fg); }
.tools { display: flex; gap: 2px; flex: none; }
.root button {
  font: inherit; font-size: 13px; color: var(--fg); background: transparent; cursor: pointer;
  border: 1px solid transparent; border-radius: 6px; padding: 3px 8px; margin: 0;
}
.root button.icon { width: 28px; height: 28px; padding: 0; font-size: 16px; line-height: 1; }
.root button.icon:hover, .root button.quiet:hover { background: var(--chip); }
.root button[aria-pressed="true"] { color: var(--accent); }
.root button.primary { background: var(--accent); color: var(--accent-fg); font-weight: 600; }
.root button.quiet { color: var(--muted); text-decoration: underline; }
.root p { margin: 6px 0; }
.summary { font-weight: 500; }
.context { color: var(--fg); }
.muted { color: var(--muted); }
.fallback { color: var(--muted); }
.root dl.facts { margin: 8px 0; padding: 6px 8px; background: var(--chip); border-radius: 6px; }
.fact { display: grid; grid-template-columns: minmax(72px, max-content) 1fr; gap: 8px; padding: 1px 0; }
.root dt { color: var(--muted); font-size: 13px; }
.root dd { margin: 0; }
.root ul { margin: 0; padding: 0 0 0 18px; }
.root li { margin: 2px 0; }
.root a { color: var(--accent); text-decoration: underline; }
.root a:visited { color: var(--accent); }
/* Touch targets of at least 24px (WCAG 2.5.8): the source links sit in a list, not in running text. */
.sources a { display: inline-block; min-height: 24px; line-height: 24px; }
.foot button { min-height: 28px; }
.foot { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-top: 10px; }
.asof { font-size: 12px; color: var(--muted); margin: 6px 0 0; }
`;
