/** THE STORY: the neutral summary and the timeline, with the events this page names or is dated within marked. */
import type { LocalText } from '../../core/i18n';
import type { MarkedEvent } from '../../core/sidebar/view';
import { d, lt, t } from '../../shared/i18n';
import { Local } from './Local';
import { Publisher } from './SourceDate';

export interface StorySectionProps {
  title: LocalText;
  summary: LocalText;
  timeline: MarkedEvent[];
  /** Whether to mark events at all (the page is annotated). */
  marking: boolean;
}

/** Why an event is marked: the page names it, the article is dated within it, or both. */
function badge(event: MarkedEvent): string {
  if (event.why.named && event.why.dated) return t('sbBadgeBoth');
  return event.why.named ? t('sbBadgeNamed') : t('sbBadgeDated');
}

export function StorySection({ title, summary, timeline, marking }: StorySectionProps) {
  const marked = timeline.filter((e) => e.mentioned).length;
  return (
    <section id="story" class="panel" aria-labelledby="story-heading">
      <h2 id="story-heading">{t('sbStory')}</h2>
      <p class="story-title" lang={title.lang}>
        {title.text}
      </p>
      <p class="summary" lang={summary.lang}>
        {summary.text}
      </p>
      <h3 id="timeline-heading">{t('sbTimeline')}</h3>
      {marking ? <p class="muted">{t('sbTimelineMarked', { marked, total: timeline.length })}</p> : null}
      <ol class="timeline" aria-labelledby="timeline-heading">
        {timeline.map((event) => {
          const on = marking && event.mentioned;
          return (
            <li
              key={`${event.date}-${event.title}`}
              class={`timeline-event${on ? ' mentioned' : ''}`}
              data-mentioned={on ? 'true' : 'false'}
              data-named={on && event.why.named ? 'true' : undefined}
              data-dated={on && event.why.dated ? 'true' : undefined}
            >
              <time dateTime={event.date}>
                {d(event.date)}
                {event.endDate ? ` – ${d(event.endDate)}` : null}
              </time>
              <p class="event-title">
                <Local value={lt(event.title, event.uk?.title)} />
                {on ? <span class="badge">{badge(event)}</span> : null}
              </p>
              <p class="event-detail">
                <Local value={lt(event.detail, event.uk?.detail)} />
              </p>
              <p class="event-source">
                {event.otherSources?.length ? t('sbSourcesLabel') : t('sbSourceLabel')}{' '}
                {[event.source, ...(event.otherSources ?? [])].map((s, i) => (
                  <span key={s.url}>
                    {i > 0 ? '; ' : null}
                    <a href={s.url} target="_blank" rel="noreferrer">
                      <Publisher source={s} />
                    </a>
                  </span>
                ))}
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
