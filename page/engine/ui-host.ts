/**
 * Our one element in the page: a plain `<div>` with a closed shadow root that holds every piece of our
 * UI (teachers' notes live there). A built-in element, not a custom one: a page that defines a custom
 * element of our tag name first gets the element's ElementInternals, whose `shadowRoot` is the closed
 * root, and page scripts can neither define nor upgrade a `<div>`. Fixed and sized zero, so it never
 * affects the page's layout; its styles are inline and `!important`, which no page stylesheet outranks.
 */
import { loadStyles } from '../dom/styles';

/** How the host is found from outside (tests): the only element we add to the page's root. */
export const HOST_SELECTOR = ':root > div';

/**
 * Events that drive our controls. One a script made (`isTrusted` false) dies at our shadow root before
 * any control hears it, and does nothing by default (a box is not ticked, a summary does not open): only
 * the reader's own clicks and keys act on our UI.
 */
const GUARDED_EVENTS = [
  'click',
  'auxclick',
  'dblclick',
  'contextmenu',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'change',
  'submit',
] as const;

const HOST_STYLE: [string, string][] = [
  ['all', 'initial'],
  ['display', 'block'],
  ['position', 'fixed'],
  ['top', '0'],
  ['left', '0'],
  ['width', '0'],
  ['height', '0'],
  ['z-index', '2147483647'],
  ['overflow', 'visible'],
];

/** Page rules may give every div generated content; our host shows none. */
const HOST_CSS = ':host::before, :host::after { content: none !important; display: none !important; }';

export interface UiHost {
  element: HTMLElement;
  shadow: ShadowRoot;
  remove(): void;
}

export function createUiHost(): UiHost {
  const element = document.createElement('div');
  const shadow = element.attachShadow({ mode: 'closed' });
  // CSSOM writes are allowed under strict CSP (unlike style attributes in markup).
  for (const [name, value] of HOST_STYLE) element.style.setProperty(name, value, 'important');
  guardUntrusted(shadow);
  loadStyles(shadow, HOST_CSS);
  document.documentElement.append(element);
  return { element, shadow, remove: () => element.remove() };
}

/** Stops every script-made event of GUARDED_EVENTS at `root`, before it reaches our controls. */
function guardUntrusted(root: EventTarget): void {
  for (const type of GUARDED_EVENTS) {
    root.addEventListener(
      type,
      (e) => {
        if (e.isTrusted) return;
        e.preventDefault();
        e.stopImmediatePropagation();
      },
      { capture: true },
    );
  }
}
