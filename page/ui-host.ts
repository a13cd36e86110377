/**
 * Our one element in the page: a custom element with a closed shadow root that holds every piece of
 * our UI. Closed, so page scripts cannot reach into it (teachers' notes live there); fixed and sized
 * zero, so it never affects the page's layout.
 */
export const HOST_TAG = 'backstory-ui';

export interface UiHost {
  element: HTMLElement;
  shadow: ShadowRoot;
  remove(): void;
}

export function createUiHost(): UiHost {
  const element = document.createElement(HOST_TAG);
  const shadow = element.attachShadow({ mode: 'closed' });
  // CSSOM writes are allowed under strict CSP (unlike style attributes in markup).
  Object.assign(element.style, {
    all: 'initial',
    position: 'fixed',
    top: '0',
    left: '0',
    width: '0',
    height: '0',
    zIndex: '2147483647',
    overflow: 'visible',
  });
  document.documentElement.append(element);
  return { element, shadow, remove: () => element.remove() };
}
