/**
 * "Copy share link" in the popup, with what it will carry shown first: the name the teacher signs it
 * with, the notes ticked for it (NotePicker), and what students will see (SharePreview). A link with
 * nothing in it is not offered.
 */
import { useEffect, useState } from 'preact/hooks';
import { ShareNameField, SharePreview } from '../../components/notes/SharePreview';
import { EMPHASIS_STORAGE_KEY, SHARE_NAME_KEY, SHARE_NAME_MAX } from '../../core/messages/share';
import { NOTES_KEY, type Note } from '../../core/notes';
import { todayIso } from '../../core/share/today';
import { entityName } from '../../shared/entity-names';
import { t, tn, translatorNow } from '../../shared/i18n';
import { copyToClipboard, shareLinkForTab } from '../../shared/share-actions';
import { emphasisForUrl, notesForUrl } from '../../shared/storage';
import { NotePicker } from './NotePicker';

export function ShareBox({
  url,
  tabId,
  run,
  say,
}: {
  url: string;
  tabId: number;
  run: (action: () => Promise<unknown>) => void;
  say: (message: string) => void;
}) {
  const [notes, setNotes] = useState<Note[]>([]);
  const [emphasis, setEmphasis] = useState<string[]>([]);
  const [leftOut, setLeftOut] = useState<Set<string>>(new Set());
  const [name, setName] = useState('');

  useEffect(() => {
    let live = true;
    const load = async () => {
      const [n, e, stored] = await Promise.all([
        notesForUrl(url).catch(() => []),
        emphasisForUrl(url).catch(() => []),
        browser.storage.local.get(SHARE_NAME_KEY).catch(() => ({})),
      ]);
      if (!live) return;
      setNotes(n);
      setEmphasis(e);
      const saved = (stored as Record<string, unknown>)[SHARE_NAME_KEY];
      if (typeof saved === 'string') setName(saved.slice(0, SHARE_NAME_MAX));
    };
    void load();
    // Notes or emphasis changed (the page's panel, the emphasis picker above): the preview follows.
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && (NOTES_KEY in changes || EMPHASIS_STORAGE_KEY in changes)) void load();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [url]);

  const chosen = notes.filter((n) => !leftOut.has(n.id));
  const empty = chosen.length === 0 && emphasis.length === 0;
  const saveName = (value: string) => {
    setName(value);
    void browser.storage.local.set({ [SHARE_NAME_KEY]: value.slice(0, SHARE_NAME_MAX) }).catch(() => {});
  };

  return (
    <div class="share-box">
      <ShareNameField tr={translatorNow()} id="share-name" value={name} onChange={saveName} />
      <NotePicker url={url} excluded={leftOut} onChange={setLeftOut} />
      <SharePreview
        tr={translatorNow()}
        by={name}
        sharedOn={todayIso()}
        emphasisNames={emphasis.map(entityName)}
        notes={chosen}
        level={2}
      />
      <button
        type="button"
        aria-describedby="share-hint"
        disabled={empty}
        onClick={() =>
          run(async () => {
            const link = await shareLinkForTab(tabId, undefined, (id) => !leftOut.has(id), {
              by: name,
              sharedOn: todayIso(),
            });
            if (!link.ok) return say(t('shareUnavailable'));
            await copyToClipboard(link.url);
            say(chosen.length ? tn('shareLinkCopiedCount', chosen.length) : t('shareLinkCopied'));
          })
        }
      >
        {t('copyShareLink')}
      </button>
      {/* Said before the reader copies: who can read what a link carries. */}
      <p id="share-hint" class="hint" data-testid="share-hint">
        {t('shareLinkWhoCanRead')}
      </p>
    </div>
  );
}
