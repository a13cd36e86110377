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

type Save = (change: (draft: Settings) => void) => void;

/** The settings, and `save`: applies a change at once and then says "Saved". */
function useSavingSettings(initial: LoadedSettings) {
  const { settings, problem, update } = useSettings(initial);
  const [saved, setSaved] = useState('');
  const save: Save = (change) => {
    void update(change).then(() => setSaved(t('saved')));
  };
  return { settings, problem, save, saved };
}

export function Options({ initial }: { initial: LoadedSettings }) {
  const { settings, problem, save, saved } = useSavingSettings(initial);
  return (
    <div class="options">
      <h1>{t('optionsTitle')}</h1>
      {problem && (
        <p class="notice" role="alert" data-testid="settings-notice">
          {t('settingsCorrupted')}
        </p>
      )}
      <SitesSection settings={settings} save={save} />
      <MarksSection settings={settings} save={save} />
      <LanguageSection settings={settings} save={save} />
      <NotesSection />
      <p class="saved" role="status" data-testid="saved">
        {saved}
      </p>
    </div>
  );
}

interface SectionProps {
  settings: Settings;
  save: Save;
}

function SitesSection({ settings, save }: SectionProps) {
  const otherOff = settings.sites.disabled.filter((h) => !(DEFAULT_SITES as readonly string[]).includes(h));
  return (
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
      <DefaultSites disabled={settings.sites.disabled} save={save} />
      <h3>{t('addedSites')}</h3>
      <AddedSites added={settings.sites.added} save={save} />
      <h3>{t('pausedSites')}</h3>
      <PausedSites otherOff={otherOff} save={save} />
    </section>
  );
}

/** The sites Backstory runs on out of the box, each one a switch. */
function DefaultSites({ disabled, save }: { disabled: readonly string[]; save: Save }) {
  const off = new Set(disabled);
  return (
    <fieldset>
      <legend>{t('defaultSites')}</legend>
      <p class="hint">{t('defaultSitesHint')}</p>
      <div class="sites">
        {DEFAULT_SITES.map((site) => (
          <label class="check" key={site}>
            <input
              type="checkbox"
              name={`site:${site}`}
              checked={!off.has(site)}
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
  );
}

/** Sites the reader added ("Always run on …"); removing one gives its permission back. */
function AddedSites({ added, save }: { added: readonly string[]; save: Save }) {
  if (added.length === 0) return <p class="hint">{t('addedSitesNone')}</p>;
  return (
    <ul data-testid="added-sites">
      {added.map((host) => (
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
  );
}

/** Other sites turned off (from the popup or the card), each with a way back. */
function PausedSites({ otherOff, save }: { otherOff: readonly string[]; save: Save }) {
  if (otherOff.length === 0) return <p class="hint">{t('pausedSitesNone')}</p>;
  return (
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
  );
}

function MarksSection({ settings, save }: SectionProps) {
  return (
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
      <RadioGroup
        legend={t('frequency')}
        name="frequency"
        values={['every', 'first'] as const}
        textOf={(f) => t(f === 'every' ? 'frequencyEvery' : 'frequencyFirst')}
        checked={settings.frequency}
        onPick={(f) => save((s) => void (s.frequency = f))}
      />
      <RadioGroup
        legend={t('underline')}
        name="underline"
        values={UNDERLINES}
        textOf={(u) => t(UNDERLINE_LABEL[u])}
        checked={settings.underline}
        onPick={(u) => save((s) => void (s.underline = u))}
      />
      <HoverDelay ms={settings.hoverDelayMs} save={save} />
    </section>
  );
}

/** A fieldset of radio buttons, one per value. */
function RadioGroup<V extends string>(props: {
  legend: string;
  name: string;
  values: readonly V[];
  textOf: (value: V) => string;
  checked: V;
  onPick: (value: V) => void;
}) {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {props.values.map((value) => (
        <label class="check" key={value}>
          <input
            type="radio"
            name={props.name}
            value={value}
            checked={props.checked === value}
            onChange={() => props.onPick(value)}
          />
          {props.textOf(value)}
        </label>
      ))}
    </fieldset>
  );
}

function HoverDelay({ ms, save }: { ms: number; save: Save }) {
  return (
    <label class="field">
      <span>{t('hoverDelay')}</span>
      <input
        type="range"
        name="hoverDelayMs"
        min={0}
        max={HOVER_DELAY_MAX}
        step={50}
        value={ms}
        aria-valuetext={t('hoverDelayValue', { ms })}
        onChange={(e) => {
          const value = Number(e.currentTarget.value);
          save((s) => void (s.hoverDelayMs = value));
        }}
      />
      <output>{t('hoverDelayValue', { ms })}</output>
    </label>
  );
}

function LanguageSection({ settings, save }: SectionProps) {
  return (
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
  );
}
