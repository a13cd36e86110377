/** The options page: sites, what to mark, language, notes. Every change is saved at once and reaches open tabs. */
import { useState } from 'preact/hooks';
import {
  HOVER_DELAY_MAX,
  LANGUAGES,
  MARK_GROUPS,
  type MarkGroup,
  type Settings,
  UNDERLINES,
} from '../../core/settings';
import { DEFAULT_SITES } from '../../core/sites';
import { originFor } from '../../shared/content-script';
import { t } from '../../shared/i18n';
import type { LoadedSettings } from '../../shared/storage';
import { useSettings } from '../../shared/use-settings';
import { NotesSection } from './Notes';

const MARK_LABEL: Record<MarkGroup, string> = {
  people: 'markPeople',
  organisations: 'markOrganisations',
  figures: 'markFigures',
  background: 'markBackground',
};
const UNDERLINE_LABEL: Record<(typeof UNDERLINES)[number], string> = {
  dotted: 'underlineDotted',
  solid: 'underlineSolid',
  tint: 'underlineTint',
  none: 'underlineNone',
};
const LANGUAGE_LABEL: Record<(typeof LANGUAGES)[number], string> = {
  auto: 'langAuto',
  en: 'English',
  uk: 'Українська',
};

export function Options({ initial }: { initial: LoadedSettings }) {
  const { settings, problem, update } = useSettings(initial);
  const [saved, setSaved] = useState('');
  const save = (change: (draft: Settings) => void) => {
    void update(change).then(() => setSaved(t('saved')));
  };
  const disabled = new Set(settings.sites.disabled);
  const otherOff = settings.sites.disabled.filter((h) => !(DEFAULT_SITES as readonly string[]).includes(h));

  return (
    <div class="options">
      <h1>{t('optionsTitle')}</h1>
      {problem && (
        <p class="notice" role="alert" data-testid="settings-notice">
          {t('settingsCorrupted')}
        </p>
      )}

      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">{t('sectionSites')}</h2>
        <label class="check">
          <input
            type="checkbox"
            name="paused"
            checked={settings.paused}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              save((s) => void (s.paused = on));
            }}
          />
          {t('pauseAll')}
        </label>
        <fieldset>
          <legend>{t('defaultSites')}</legend>
          <p class="hint">{t('defaultSitesHint')}</p>
          <div class="sites">
            {DEFAULT_SITES.map((site) => (
              <label class="check" key={site}>
                <input
                  type="checkbox"
                  name={`site:${site}`}
                  checked={!disabled.has(site)}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    save((s) => {
                      s.sites.disabled = on
                        ? s.sites.disabled.filter((d) => d !== site)
                        : [...s.sites.disabled.filter((d) => d !== site), site];
                    });
                  }}
                />
                {site}
              </label>
            ))}
          </div>
        </fieldset>
        <h3>{t('addedSites')}</h3>
        {settings.sites.added.length === 0 ? (
          <p class="hint">{t('addedSitesNone')}</p>
        ) : (
          <ul data-testid="added-sites">
            {settings.sites.added.map((host) => (
              <li key={host}>
                {host}{' '}
                <button
                  type="button"
                  onClick={() => {
                    void browser.permissions.remove({ origins: [originFor(host)] });
                    save((s) => void (s.sites.added = s.sites.added.filter((h) => h !== host)));
                  }}
                >
                  {t('removeSite', { host })}
                </button>
              </li>
            ))}
          </ul>
        )}
        <h3>{t('pausedSites')}</h3>
        {otherOff.length === 0 ? (
          <p class="hint">{t('pausedSitesNone')}</p>
        ) : (
          <ul data-testid="paused-sites">
            {otherOff.map((host) => (
              <li key={host}>
                {host}{' '}
                <button
                  type="button"
                  onClick={() => save((s) => void (s.sites.disabled = s.sites.disabled.filter((h) => h !== host)))}
                >
                  {t('turnOnAgain', { host })}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="marks-heading">
        <h2 id="marks-heading">{t('sectionMarks')}</h2>
        <fieldset>
          <legend>{t('sectionMarks')}</legend>
          {MARK_GROUPS.map((group) => (
            <label class="check" key={group}>
              <input
                type="checkbox"
                name={`mark:${group}`}
                checked={settings.marks[group]}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  save((s) => void (s.marks[group] = on));
                }}
              />
              {t(MARK_LABEL[group])}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('frequency')}</legend>
          {(['every', 'first'] as const).map((f) => (
            <label class="check" key={f}>
              <input
                type="radio"
                name="frequency"
                value={f}
                checked={settings.frequency === f}
                onChange={() => save((s) => void (s.frequency = f))}
              />
              {t(f === 'every' ? 'frequencyEvery' : 'frequencyFirst')}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('underline')}</legend>
          {UNDERLINES.map((u) => (
            <label class="check" key={u}>
              <input
                type="radio"
                name="underline"
                value={u}
                checked={settings.underline === u}
                onChange={() => save((s) => void (s.underline = u))}
              />
              {t(UNDERLINE_LABEL[u])}
            </label>
          ))}
        </fieldset>
        <label class="field">
          <span>{t('hoverDelay')}</span>
          <input
            type="range"
            name="hoverDelayMs"
            min={0}
            max={HOVER_DELAY_MAX}
            step={50}
            value={settings.hoverDelayMs}
            aria-valuetext={t('hoverDelayValue', { ms: settings.hoverDelayMs })}
            onChange={(e) => {
              const ms = Number(e.currentTarget.value);
              save((s) => void (s.hoverDelayMs = ms));
            }}
          />
          <output>{t('hoverDelayValue', { ms: settings.hoverDelayMs })}</output>
        </label>
      </section>

      <section aria-labelledby="language-heading">
        <h2 id="language-heading">{t('sectionLanguage')}</h2>
        {(['uiLanguage', 'cardLanguage'] as const).map((key) => (
          <label class="field" key={key}>
            <span>{t(key)}</span>
            <select
              name={key}
              value={settings[key]}
              onChange={(e) => {
                const value = e.currentTarget.value as Settings[typeof key];
                save((s) => void (s[key] = value));
                // The page's own language follows at once.
                if (key === 'uiLanguage') setTimeout(() => location.reload(), 50);
              }}
            >
              {LANGUAGES.map((lang) => (
                <option value={lang} key={lang}>
                  {lang === 'auto' ? t('langAuto') : LANGUAGE_LABEL[lang]}
                </option>
              ))}
            </select>
          </label>
        ))}
        <p class="hint">{t('cardLanguageNote')}</p>
      </section>

      <NotesSection />
      <p class="saved" role="status" data-testid="saved">
        {saved}
      </p>
    </div>
  );
}
