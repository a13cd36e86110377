/** shared/sender.ts: what the sidebar and popup believe (the test lives here: vitest does not collect shared/). */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fromContentScriptIn, fromExtensionPage, listenToBroadcasts } from '../shared/sender';

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

describe('listenToBroadcasts', () => {
  const id = () => fakeBrowser.runtime.id;
  const background = () => ({ id: id(), url: fakeBrowser.runtime.getURL('/background.js') });
  const contentScriptIn = (tab: number) => ({ id: id(), url: 'https://news.example/a', tab: { id: tab } as never });
  const state = { type: 'backstory:page-state-changed', state: { url: 'https://news.example/a' } };
  const select = { type: 'backstory:sidebar-select', tabId: 3, entityId: 'jd-vance' };

  it('hears each broadcast from its senders only, well-formed only, until its signal aborts', async () => {
    const heard: string[] = [];
    const life = new AbortController();
    listenToBroadcasts(life.signal, () => 3, {
      'backstory:page-state-changed': (m) => heard.push(`state ${m.state.url}`),
      'backstory:sidebar-select': (m) => heard.push(`select ${m.entityId}`),
    });
    const deliver = (message: unknown, sender: object) =>
      fakeBrowser.runtime.onMessage.trigger(message, sender, () => {});
    await deliver(state, contentScriptIn(3));
    await deliver(state, contentScriptIn(4)); // another tab's page
    await deliver(state, background()); // a page state is the tab's to tell
    await deliver(select, background());
    await deliver(select, contentScriptIn(3)); // a content script may not select
    await deliver({ ...select, entityId: 7 }, background()); // malformed
    await deliver({ type: 'backstory:sidebar-close' }, background()); // not asked for
    expect(heard).toEqual(['state https://news.example/a', 'select jd-vance']);
    life.abort();
    await deliver(state, contentScriptIn(3));
    expect(heard).toHaveLength(2);
  });
});
