import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MESSAGES } from '../core/i18n';
import { OPEN_SIDEBAR, SIDEBAR_PORT, SIDEBAR_SELECT, SIDEBAR_TAKE_PENDING } from '../core/messages/sidebar';
import { setupMessages } from './messages';
import { openSidebarPanel, setupSidebar, TOGGLE_COMMAND } from './sidebar';

const g = globalThis as unknown as { chrome?: { sidePanel?: object } };

describe('background sidebar', () => {
  let open: ReturnType<typeof vi.fn>;
  let close: ReturnType<typeof vi.fn>;
  let onConnect: (port: unknown) => void;
  let onCommand: (command: string, tab: unknown) => void;

  beforeEach(() => {
    fakeBrowser.reset();
    open = vi.fn(() => Promise.resolve());
    close = vi.fn(() => Promise.resolve());
    g.chrome = { ...(g.chrome ?? {}), sidePanel: { open, close } };
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3 } as never);
    // The browser's i18n: the English table (the browser's language here).
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(
      ((key: string) => MESSAGES.en[key]?.message ?? '') as never,
    );
    vi.spyOn(fakeBrowser.contextMenus, 'create').mockImplementation(() => 'id');
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((listener) => {
      onCommand = listener as (command: string, tab: unknown) => void;
    });
    vi.spyOn(fakeBrowser.contextMenus.onClicked, 'addListener').mockImplementation(() => {});
    // The fake browser has no ports: capture the listener and hand it a minimal one.
    vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation((listener) => {
      onConnect = listener as (port: unknown) => void;
    });
    setupMessages(setupSidebar());
  });

  afterEach(() => {
    if (g.chrome) delete g.chrome.sidePanel;
    vi.restoreAllMocks();
  });

  it('opens the side panel for a window (synchronously) and reports failure as false', async () => {
    await expect(openSidebarPanel({ windowId: 3 })).resolves.toBe(true);
    expect(open).toHaveBeenCalledWith({ windowId: 3 });
    open.mockImplementationOnce(() => Promise.reject(new Error('needs a user gesture')));
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await expect(openSidebarPanel({ tabId: 9 })).resolves.toBe(false);
  });

  it('adds the context menu item', () => {
    expect(fakeBrowser.contextMenus.create).toHaveBeenCalledWith(
      expect.objectContaining({ id: 'backstory-open-sidebar', title: 'Open Backstory sidebar' }),
      expect.any(Function),
    );
  });

  it('"More in the sidebar": opens the panel, announces the selection, and hands it over once', async () => {
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const sender = {
      id: fakeBrowser.runtime.id,
      tab: { id: 7, windowId: 2, url: 'https://news.example/a' },
      url: 'https://news.example/a',
      frameId: 0,
    } as never;
    const sidebar = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') } as never;
    await fakeBrowser.runtime.onMessage.trigger({ type: OPEN_SIDEBAR, entityId: 'jd-vance' }, sender, () => {});
    expect(open).toHaveBeenCalledWith({ windowId: 2 });
    expect(sent).toHaveBeenCalledWith({ type: SIDEBAR_SELECT, tabId: 7, entityId: 'jd-vance' });
    const [first] = await fakeBrowser.runtime.onMessage.trigger(
      { type: SIDEBAR_TAKE_PENDING, tabId: 7 },
      sidebar,
      () => {},
    );
    expect(first).toEqual({ entityId: 'jd-vance' });
    const [second] = await fakeBrowser.runtime.onMessage.trigger(
      { type: SIDEBAR_TAKE_PENDING, tabId: 7 },
      sidebar,
      () => {},
    );
    expect(second).toEqual({ entityId: null });
  });

  it('a content script opens the sidebar for its own tab only, and cannot take the pending selection', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const sender = { id: fakeBrowser.runtime.id, tab: { id: 7, windowId: 2 }, url: 'https://news.example/a' } as never;
    await fakeBrowser.runtime.onMessage.trigger({ type: OPEN_SIDEBAR, tabId: 99, windowId: 98 }, sender, () => {});
    expect(open).toHaveBeenCalledWith({ windowId: 2 });
    await expect(
      fakeBrowser.runtime.onMessage.trigger({ type: SIDEBAR_TAKE_PENDING, tabId: 7 }, sender, () => {}),
    ).rejects.toThrow('not accepted from a content-script');
    await expect(
      fakeBrowser.runtime.onMessage.trigger({ type: OPEN_SIDEBAR, entityId: 'x'.repeat(81) }, sender, () => {}),
    ).rejects.toThrow('malformed (entityId');
  });

  it('the toggle command opens, or closes a panel that is showing in that window', async () => {
    const tab = { id: 1, windowId: 5 } as never;
    onCommand(TOGGLE_COMMAND, tab);
    expect(open).toHaveBeenCalledWith({ windowId: 5 });
    // The panel connects its port; now the command closes it.
    let disconnect = () => {};
    onConnect({ name: `${SIDEBAR_PORT}:5`, onDisconnect: { addListener: (fn: () => void) => (disconnect = fn) } });
    onCommand(TOGGLE_COMMAND, tab);
    expect(close).toHaveBeenCalledWith({ windowId: 5 });
    disconnect();
    onCommand(TOGGLE_COMMAND, tab);
    expect(open).toHaveBeenCalledTimes(2);
    onCommand('next-mention', tab);
    expect(open).toHaveBeenCalledTimes(2);
  });
});
