/**
 * What the card controller (page/card-ui/card/controller.ts) hands the card's components: the props of
 * the card and of the notice after "Turn off on this site". Here, beside the components, so that
 * components never import page code (tests/unit/import-boundaries.test.ts).
 */
import type { CardView } from '../../core/card/view-model';
import type { Translator } from '../../core/i18n';

export interface CardRenderProps {
  view: CardView;
  /** The card's words, in view.language. */
  tr: Translator;
  pinned: boolean;
  /** The card's settings menu (the "⋯" button in its header) is open. */
  menuOpen: boolean;
  /** The card's buttons: each gets its click event (only the reader's own acts, see byReader). */
  onPin(e: Event): void;
  onClose(e: Event): void;
  onMore(e: Event): void;
  /** The settings button: opens or closes the menu. */
  onMenu(e: Event): void;
  /** The menu's "Turn off on this site". */
  onDisableSite(e: Event): void;
}

/** What our notice says after the reader turned Backstory off on this site from a card. */
export interface SiteNotice {
  /** 'off': just turned off (Undo offered); 'on': turned back on with Undo. */
  state: 'off' | 'on';
  /** The site, as the reader knows it (apnews.com). */
  host: string;
}

export interface NoticeRenderProps {
  notice: SiteNotice;
  tr: Translator;
  onUndo(e: Event): void;
  onDismiss(e: Event): void;
}
