/** shared/sender.ts: what the sidebar and popup believe (the test lives here: vitest does not collect shared/). */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fromContentScriptIn, fromExtensionPage } from '../shared/sender';

beforeEach(() => fakeBrowser.reset());

describe('extension-page senders', () => {
  const id = () => fakeBrowser.runtime.id;
  it('takes commands from the background and our pages only, never from a content script or another extension', () => {
    expect(fromExtensionPage({ id: id(), url: fakeBrowser.runtime.getURL('/background.js') })).toBe(true);
    expect(fromExtensionPage({ id: id(), url: 'https://news.example/a', tab: { id: 3 } as never, frameId: 0 })).toBe(
      false,
    );
    expect(fromExtensionPage({ id: 'other', url: fakeBrowser.runtime.getURL('/background.js') })).toBe(false);
    // Our page framed inside a web page is not the background either.
    const framed = { id: id(), url: fakeBrowser.runtime.getURL('/x.html'), tab: { id: 3 } as never, frameId: 4 };
    expect(fromExtensionPage(framed)).toBe(false);
  });

  it("takes page states from the bound tab's content script only", () => {
    const cs = { id: id(), url: 'https://news.example/a', tab: { id: 3 } as never };
    expect(fromContentScriptIn(cs, 3)).toBe(true);
    expect(fromContentScriptIn(cs, 4)).toBe(false);
    expect(fromContentScriptIn({ ...cs, id: 'other' }, 3)).toBe(false);
  });
});
