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
/*
 * A column: the header and the actions stay in view, the body between them scrolls when the card is
 * taller than the room beside its mention (position.ts caps the card's max-height). Only a card too
 * short even for its header and actions scrolls as a whole.
 */
.card {
  position: relative; display: flex; flex-direction: column; overflow: auto; overscroll-behavior: contain;
  background: var(--bg); color: var(--fg);
  border: 1px solid var(--border); border-radius: 10px; box-shadow: var(--shadow);
  padding: 0; font-size: 14px; text-align: left; direction: ltr;
  opacity: 1; transition: opacity 120ms ease-out;
}
.card.entering { opacity: 0; }
@media (prefers-reduced-motion: reduce) { .card, .card.entering { transition: none; opacity: 1; } }
.card:focus { outline: none; }
.card :focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.head {
  position: relative; z-index: 1; flex: none; display: flex; align-items: flex-start; justify-content: space-between; gap: 8px;
  padding: 12px 14px 6px;
}
.body {
  position: relative; flex: 1 1 auto; min-height: 48px; overflow-y: auto; overscroll-behavior: contain;
  padding: 0 14px 6px;
}
.body:focus { outline: none; }
.body:focus-visible { outline: 2px solid var(--accent); outline-offset: -2px; }
.foot { position: relative; z-index: 1; flex: none; padding: 8px 14px 10px; }
/* The cue that the body holds more than it shows: a line and a fade at the edge it continues past
   (the controller sets data-more from the body's scroll position). */
.head::after, .foot::before {
  content: ""; position: absolute; left: 0; right: 0; height: 20px; pointer-events: none;
  opacity: 0; transition: opacity 120ms ease-out;
}
.head::after { top: 100%; background: linear-gradient(var(--bg), transparent); }
.foot::before { bottom: 100%; background: linear-gradient(transparent, var(--bg)); }
.card[data-more~="above"] .head { box-shadow: 0 1px 0 var(--border), 0 4px 6px -4px rgba(15, 23, 42, 0.3); }
.card[data-more~="below"] .foot { box-shadow: 0 -1px 0 var(--border), 0 -4px 6px -4px rgba(15, 23, 42, 0.3); }
.card[data-more~="above"] .head::after, .card[data-more~="below"] .foot::before { opacity: 1; }
@media (prefers-reduced-motion: reduce) { .head::after, .foot::before { transition: none; } }
.menu {
  position: absolute; top: calc(100% - 2px); right: 10px; z-index: 2; min-width: 180px; padding: 4px;
  background: var(--bg); border: 1px solid var(--border); border-radius: 8px; box-shadow: var(--shadow);
}
.root button.menu-item { display: block; width: 100%; min-height: 28px; text-align: left; padding: 4px 10px; }
.root button.menu-item:hover, .root button.menu-item:focus { background: var(--chip); }
.notice {
  position: fixed; left: 50%; bottom: 16px; transform: translateX(-50%); z-index: 2147483647;
  display: flex; align-items: flex-start; gap: 12px; width: max-content; max-width: min(440px, calc(100vw - 16px));
  padding: 10px 10px 10px 14px; background: var(--bg); color: var(--fg); text-align: left; direction: ltr;
  border: 1px solid var(--border); border-radius: 10px; box-shadow: var(--shadow);
}
.notice-text { flex: 1 1 auto; min-width: 0; }
.notice p { margin: 2px 0; }
.notice .hint { font-size: 13px; color: var(--muted); }
.notice-actions { display: flex; gap: 4px; align-items: center; flex: none; }
.root button.undo { border-color: var(--accent); color: var(--accent); font-weight: 600; min-height: 28px; }
.root button.undo:hover { background: var(--chip); }
.notice :focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
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
.root button.icon:hover, .root button.quiet:hover, .root button[aria-expanded="true"] { background: var(--chip); }
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
.foot { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
.root p.asof { font-size: 12px; color: var(--muted); margin: 8px 0 0; }
`;
