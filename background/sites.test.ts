/**
 * Run-time registration for user-added sites, with the optional permission stubbed (headless Chromium
 * shows no permission prompt, so the grant cannot be driven end to end).
 */

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { hostOfOrigin, registerSite, syncSites, unregisterSite } from './sites';

let registered: { id: string; matches?: string[]; js?: string[] }[] = [];
let granted = new Set<string>();

beforeEach(() => {
  fakeBrowser.reset();
  registered = [];
  granted = new Set();
  const b = fakeBrowser as unknown as Record<string, unknown>;
  b.scripting = {
    getRegisteredContentScripts: vi.fn(async () => registered),
    registerContentScripts: vi.fn(async (list: typeof registered) => void registered.push(...list)),
    unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => {
      registered = registered.filter((s) => !ids.includes(s.id));
    }),
  };
  b.permissions = {
    ...(b.permissions as object),
    contains: vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o))),
  };
});

const settings = async () =>
  (await fakeBrowser.storage.local.get('settings')).settings as { sites: { added: string[] } };

describe('user-added sites', () => {
  it('registers the content script for one host and remembers it', async () => {
    granted.add('https://news.example.org/*');
    await registerSite('news.example.org');
    expect(registered).toEqual([
      expect.objectContaining({
        id: 'backstory-site-news.example.org',
        matches: ['https://news.example.org/*'],
        js: ['content-scripts/content.js'],
      }),
    ]);
    expect((await settings()).sites.added).toEqual(['news.example.org']);
    await registerSite('news.example.org');
    expect(registered).toHaveLength(1);
  });

  it('re-registers on startup when missing, and drops hosts whose permission was revoked', async () => {
    granted.add('https://a.example.org/*');
    await registerSite('a.example.org');
    await registerSite('b.example.org');
    registered = [];
    await syncSites();
    expect(registered.map((s) => s.id)).toEqual(['backstory-site-a.example.org']);
    expect((await settings()).sites.added).toEqual(['a.example.org']);
  });

  it('unregisters on removal', async () => {
    granted.add('https://a.example.org/*');
    await registerSite('a.example.org');
    await unregisterSite('a.example.org');
    expect(registered).toEqual([]);
    expect((await settings()).sites.added).toEqual([]);
  });

  it('reads only exact-host origins', () => {
    expect(hostOfOrigin('https://news.example.org/*')).toBe('news.example.org');
    expect(hostOfOrigin('https://*/*')).toBeNull();
  });
});
