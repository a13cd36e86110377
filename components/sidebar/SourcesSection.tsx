/** SOURCES: the page itself and every source behind what is shown, each with "Copy citation" (APA). */

import { citeSource } from '../../core/export/citation';
import type { Source } from '../../data/schema';
import { t } from '../../shared/i18n';
import { Publisher, SourceDate } from './SourceDate';

export interface SourcesSectionProps {
  sources: Source[];
  pageCitation: string;
  /** `what` is a message key. */
  onCopy(text: string, what: string): void;
}

export function SourcesSection({ sources, pageCitation, onCopy }: SourcesSectionProps) {
  return (
    <section id="sources" class="panel" aria-labelledby="sources-heading">
      <h2 id="sources-heading">{t('sbSources')}</h2>
      <p class="muted">{t('sbApa')}</p>
      <h3>{t('sbThisPage')}</h3>
      <div class="citation page-citation">
        <p lang="en">{pageCitation}</p>
        <button type="button" onClick={() => onCopy(pageCitation, 'sbWhatPageCitation')}>
          {t('sbCopyCitation')}
          <span class="visually-hidden"> {t('sbOfThisPage')}</span>
        </button>
      </div>
      <h3>
        {t('sbBehind')} <span class="muted">({sources.length})</span>
      </h3>
      <ul class="sources">
        {sources.map((s) => (
          <li key={s.url} class="citation" data-source-url={s.url}>
            <p>
              <a href={s.url} target="_blank" rel="noreferrer" lang="en">
                {s.title}
              </a>
              <br />
              <span class="muted">
                <Publisher source={s} />, <SourceDate source={s} />
              </span>
            </p>
            <button type="button" onClick={() => onCopy(citeSource(s), 'sbWhatCitation')}>
              {t('sbCopyCitation')}
              <span class="visually-hidden">
                : <span lang="en">{s.title}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
