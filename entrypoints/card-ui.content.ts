/**
 * The card UI bundle: Preact, floating-ui, the card components and the full dataset. Never listed in
 * the manifest (`registration: 'runtime'`): the background injects it into a frame of an annotated story
 * page at the reader's first intent there (page/engine/features/card-ui-loader.ts → background/ui-injection.ts).
 * It runs in the same isolated world as the content script and takes its PageApi from a global there.
 */

import { renderCard, renderLive, renderNotice } from '@/components/card/render';
import { CARD_CSS } from '@/components/card/styles';
import { onAbort } from '@/core/abort';
import { buildCardView, type CardView, datasetLookup } from '@/core/card/view-model';
import { CARD_UI_KEY, MENTION_NAV, PAGE_API_KEY } from '@/core/messages/card-ui';
import { DISABLE_SITE, ENABLE_SITE } from '@/core/messages/settings';
import { OPEN_SIDEBAR } from '@/core/messages/sidebar';
import { incoming, listen, send } from '@/core/messages/transport';
import datasetJson from '@/data/generated/dataset.json?raw';
import type { Dataset, Entity } from '@/data/schema';
import { CardController } from '@/page/card-ui/card/controller';
import { cardTranslator } from '@/page/card-ui/card/i18n';
import { startNotes } from '@/page/card-ui/notes/notes';
import { loadStyles } from '@/page/dom/styles';
import type { PageApi } from '@/page/engine/features/feature';

export default defineContentScript({
  registration: 'runtime',
  // No `message` event on the page's window at start-up (WXT's legacy signal): pages' own listeners never see us.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const global = globalThis as Record<symbol, unknown>;
    const api = global[PAGE_API_KEY] as PageApi | undefined;
    if (!api || global[CARD_UI_KEY]) return;
    global[CARD_UI_KEY] = true;

    // The dataset comes as JSON text, parsed when the first card or note needs it: V8 compiles a string
    // far faster than the same data as an object literal, and a page nobody hovers never parses it.
    let byId: ((id: string) => Entity | undefined) | undefined;
    const lookup = (id: string) => (byId ??= datasetLookup(JSON.parse(datasetJson) as Dataset))(id);
    const views = new Map<string, CardView | null>();
    let viewsKey: string | undefined;
    // The card language follows the settings live (api.settings() is kept current by the content script).
    const translator = () => cardTranslator(api.settings());
    const viewFor = (entityId: string): CardView | null => {
      const date = api.annotator.getState().articleDate;
      const tr = translator();
      const key = `${date}|${tr.language}`;
      if (key !== viewsKey) {
        views.clear();
        viewsKey = key;
      }
      if (!views.has(entityId)) {
        const entity = lookup(entityId);
        views.set(entityId, entity ? buildCardView(entity, date, lookup, tr) : null);
      }
      return views.get(entityId) ?? null;
    };

    const { shadow } = api.host();
    loadStyles(shadow, CARD_CSS);
    // The cards and the notes stop with this script.
    const { signal } = ctx;
    const controller = new CardController(
      {
        api,
        viewFor,
        translator,
        renderCard,
        renderLive,
        renderNotice,
        openSidebar: (entityId) => {
          send({ type: OPEN_SIDEBAR, entityId }).catch(() => {});
        },
        disableSite: () => {
          // The background stores it, for this frame's site (content scripts cannot write storage.local).
          send({ type: DISABLE_SITE }).catch((error) =>
            console.error('[Backstory] could not save the site switch', error),
          );
          // The marks go when the stored setting reaches the page (page/engine/features/settings.ts), as from the
          // popup; the card UI stays for the notice and its Undo (page/card-ui/card/controller.ts).
        },
        // Undo of that switch (the notice's button): the background turns this frame's site back on.
        enableSite: () => {
          send({ type: ENABLE_SITE }).catch((error) =>
            console.error('[Backstory] could not save the site switch', error),
          );
        },
      },
      shadow,
      signal,
    );
    listen(signal, (message) => {
      const m = incoming(message, MENTION_NAV);
      if (m) controller.command(m.direction);
    });
    // A new card language applies to the open card at once.
    let language = translator().language;
    api.onSettings(() => {
      const next = translator().language;
      if (next === language) return;
      language = next;
      controller.refresh();
    }, signal);
    // What the reader did that loaded this bundle (page/engine/features/card-ui-loader.ts), carried out now.
    const intent = api.cardIntent.take();
    controller.resume(intent);
    // Teacher notes and share links (story pages only, like the cards).
    startNotes(api, signal, intent);
    onAbort(signal, () => delete global[CARD_UI_KEY]);
  },
});
