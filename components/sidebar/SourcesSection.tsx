/** SOURCES: the page itself and every source behind what is shown, each with "Copy citation" (APA). */

import { citeSource, sourceDate } from '../../core/export/citation';
import { sourcePublisher } from '../../core/sidebar/view';
import type { Source } from '../../data/schema';

export interface SourcesSectionProps {
  sources: Source[];
  pageCitation: string;
  onCopy(text: string, what: string): void;
}

export function SourcesSection({ sources, pageCitation, onCopy }: SourcesSectionProps) {
  return (
    <section id="sources" class="panel" aria-labelledby="sources-heading">
      <h2 id="sources-heading">Sources</h2>
      <p class="muted">Citations in APA style.</p>
      <h3>This page</h3>
      <div class="citation page-citation">
        <p>{pageCitation}</p>
        <button type="button" onClick={() => onCopy(pageCitation, 'Citation of this page')}>
          Copy citation<span class="visually-hidden"> of this page</span>
        </button>
      </div>
      <h3>
        Behind what is shown <span class="muted">({sources.length})</span>
      </h3>
      <ul class="sources">
        {sources.map((s) => (
          <li key={s.url} class="citation" data-source-url={s.url}>
            <p>
              <a href={s.url} target="_blank" rel="noreferrer">
                {s.title}
              </a>
              <br />
              <span class="muted">
                {sourcePublisher(s)}, {sourceDate(s)}
              </span>
            </p>
            <button type="button" onClick={() => onCopy(citeSource(s), 'Citation')}>
              Copy citation<span class="visually-hidden">: {s.title}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
