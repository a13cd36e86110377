/** The hover/focus card: renders a CardView. No DOM logic here (see page/card-ui/card/). */
import type { CardLine } from '../../core/card/view-model';
import type { CardRenderProps, NoticeRenderProps } from './types';

/** Dataset text is English: marked lang="en" (screen readers), and visibly so in a card in another language. */
function English({ text, marker, language }: { text: string; marker: string | null; language: string }) {
  return (
    <>
      {text}
      {marker && (
        <span class="fallback" lang={language}>
          {' '}
          {marker}
        </span>
      )}
    </>
  );
}

function FactValue({ fact }: { fact: CardLine }) {
  if (!fact.dataset) return <>{fact.text}</>;
  const { before, text, after } = fact.dataset;
  return (
    <>
      {before}
      <span lang="en">{text}</span>
      {after}
    </>
  );
}

export function Card({ view, tr, pinned, menuOpen, onPin, onClose, onMore, onMenu, onDisableSite }: CardRenderProps) {
  const titleId = 'backstory-card-title';
  const summaryId = 'backstory-card-summary';
  const menuId = 'backstory-card-menu';
  const menuButtonId = 'backstory-card-menu-button';
  const { language, englishMarker } = view;
  return (
    <div
      class="card"
      role="dialog"
      lang={language}
      aria-labelledby={titleId}
      aria-describedby={summaryId}
      data-entity={view.entityId}
    >
      <div class="head">
        <div class="title">
          <h2 id={titleId} lang={view.nameLang}>
            {view.name}
          </h2>
          <span class={`kind kind-${view.kind}`}>{view.kindLabel}</span>
        </div>
        <div class="tools">
          <button
            type="button"
            class="icon"
            aria-pressed={pinned}
            title={tr.t(pinned ? 'cardUnpinTitle' : 'cardPinTitle')}
            onClick={onPin}
          >
            <span aria-hidden="true">{pinned ? '◆' : '◇'}</span>
            <span class="sr">{tr.t('cardPin')}</span>
          </button>
          <button
            type="button"
            class="icon menu-button"
            id={menuButtonId}
            aria-haspopup="menu"
            aria-expanded={menuOpen}
            aria-controls={menuOpen ? menuId : undefined}
            title={tr.t('cardSettingsTitle')}
            onClick={onMenu}
          >
            <span aria-hidden="true">⋯</span>
            <span class="sr">{tr.t('cardSettings')}</span>
          </button>
          <button type="button" class="icon" title={tr.t('cardCloseTitle')} onClick={onClose}>
            <span aria-hidden="true">×</span>
            <span class="sr">{tr.t('cardClose')}</span>
          </button>
        </div>
        {menuOpen && (
          <div class="menu" id={menuId} role="menu" aria-labelledby={menuButtonId}>
            <button type="button" class="menu-item" role="menuitem" tabIndex={-1} onClick={onDisableSite}>
              {tr.t('cardTurnOff')}
            </button>
          </div>
        )}
      </div>
      {/* The part that scrolls when the card is taller than the room beside its mention: the header
          and the actions stay in view (page/card-ui/card/controller.ts marks it scrollable and names it). */}
      <div class="body">
        <p class="summary" id={summaryId} lang={view.summaryLang}>
          <English text={view.summary} marker={view.summaryLang ? englishMarker : null} language={language} />
        </p>
        {view.facts.length > 0 && (
          <dl class="facts">
            {view.facts.map((fact) => (
              <div class="fact" key={fact.label}>
                <dt>{fact.label}</dt>
                <dd>
                  <FactValue fact={fact} />
                </dd>
              </div>
            ))}
          </dl>
        )}
        {view.compare.length > 0 && (
          <div class="compare">
            <h3>{tr.t('cardCompare')}</h3>
            <ul>
              {view.compare.map((c) => (
                <li key={c.id}>
                  <strong>{c.value}</strong> — <span lang="en">{c.name}</span>{' '}
                  <span class="muted">
                    ({c.claimType}; <span lang="en">{c.estimatedBy}</span>)
                  </span>
                </li>
              ))}
            </ul>
          </div>
        )}
        <p class="context" lang={view.contextLang}>
          <English text={view.context} marker={view.contextLang ? englishMarker : null} language={language} />
        </p>
        <h3>{tr.t('cardSources')}</h3>
        <ul class="sources">
          {view.sources.map((s) => (
            <li key={s.url}>
              <a href={s.url} target="_blank" rel="noopener noreferrer" title={s.title} lang="en">
                {s.publisher}, {s.dated}
              </a>
            </li>
          ))}
        </ul>
        <p class="asof">{tr.t('cardAsOf', { date: view.asOf })}</p>
      </div>
      <div class="foot">
        <button type="button" class="primary" onClick={onMore}>
          {tr.t('cardMore')}
        </button>
      </div>
    </div>
  );
}

/**
 * Our notice after "Turn off on this site" (drawn in our shadow root, never the page's DOM): what
 * happened, Undo, and where to turn Backstory on again later; after Undo, that it is on again.
 */
export function SiteNotice({ notice, tr, onUndo, onDismiss }: NoticeRenderProps) {
  const off = notice.state === 'off';
  const textId = 'backstory-notice-text';
  return (
    <div class="notice" lang={tr.language}>
      <div class="notice-text">
        <p id={textId}>{tr.t(off ? 'cardSiteOff' : 'cardSiteOnAgain', { host: notice.host })}</p>
        {off && <p class="hint">{tr.t('cardSiteOffHint')}</p>}
      </div>
      <div class="notice-actions">
        {off && (
          // Focus moves here when the card had it: the button says what it undoes.
          <button type="button" class="undo" aria-describedby={textId} onClick={onUndo}>
            {tr.t('cardUndo')}
          </button>
        )}
        <button type="button" class="icon dismiss" title={tr.t('cardDismissTitle')} onClick={onDismiss}>
          <span aria-hidden="true">×</span>
          <span class="sr">{tr.t('cardDismiss')}</span>
        </button>
      </div>
    </div>
  );
}

/** The visually hidden live region that announces keyboard moves between mentions. */
export function LiveRegion({ message }: { message: string }) {
  return (
    <div class="sr" role="status" aria-live="polite" aria-atomic="true">
      {message}
    </div>
  );
}
