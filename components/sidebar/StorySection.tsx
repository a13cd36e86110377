/** THE STORY: the neutral summary and the timeline, with the events this page mentions marked. */
import { longDate } from '../../core/export/citation';
import { type MarkedEvent, sourcePublisher } from '../../core/sidebar/view';

export interface StorySectionProps {
  title: string;
  summary: string;
  timeline: MarkedEvent[];
  /** Whether to mark events at all (there are page mentions). */
  marking: boolean;
}

export function StorySection({ title, summary, timeline, marking }: StorySectionProps) {
  const marked = timeline.filter((e) => e.mentioned).length;
  return (
    <section id="story" class="panel" aria-labelledby="story-heading">
      <h2 id="story-heading">The story</h2>
      <p class="story-title">{title}</p>
      <p class="summary">{summary}</p>
      <h3 id="timeline-heading">Timeline</h3>
      {marking ? (
        <p class="muted">
          {marked} of {timeline.length} events involve something this page mentions (marked “On this page”).
        </p>
      ) : null}
      <ol class="timeline" aria-labelledby="timeline-heading">
        {timeline.map((event) => (
          <li
            key={`${event.date}-${event.title}`}
            class={`timeline-event${marking && event.mentioned ? ' mentioned' : ''}`}
            data-mentioned={marking && event.mentioned ? 'true' : 'false'}
          >
            <time dateTime={event.date}>{longDate(event.date)}</time>
            <p class="event-title">
              {event.title}
              {marking && event.mentioned ? <span class="badge">On this page</span> : null}
            </p>
            <p class="event-detail">{event.detail}</p>
            <p class="event-source">
              {event.otherSources?.length ? 'Sources: ' : 'Source: '}
              {[event.source, ...(event.otherSources ?? [])].map((s, i) => (
                <span key={s.url}>
                  {i > 0 ? '; ' : null}
                  <a href={s.url} target="_blank" rel="noreferrer">
                    {sourcePublisher(s)}
                  </a>
                </span>
              ))}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
