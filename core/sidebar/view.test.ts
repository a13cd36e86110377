import { describe, expect, it } from 'vitest';
import { dataset } from './test-dataset';
import {
  buildView,
  checkedRange,
  collectSources,
  entityMap,
  filterRows,
  foldForFilter,
  formatFigure,
  markTimeline,
} from './view';

const mentions = [
  { entityId: 'donald-trump', text: 'Donald Trump' },
  { entityId: 'volodymyr-zelenskyy', text: 'Zelenskyy' },
  { entityId: 'trump-claim', text: '$350 billion' },
  { entityId: 'donald-trump', text: 'Trump' },
  { entityId: 'unknown-id', text: 'ghost' },
  { entityId: 'volodymyr-zelenskyy', text: 'Zelensky' },
  { entityId: 'donald-trump', text: 'Trump' },
];

describe('the timeline on this page', () => {
  const ev = (date: string, named?: string[], endDate?: string) => ({
    date,
    ...(endDate ? { endDate } : {}),
    title: `Event of ${date}`,
    detail: 'What happened.',
    entities: ['donald-trump', ...(named ?? [])],
    ...(named ? { named } : {}),
    source: dataset.story.timeline[0]!.source,
  });
  const timeline = [
    ev('2025-02-28', ['meeting']),
    ev('2025-03-03', ['pause'], '2025-03-11'),
    ev('2025-04-30', ['deal']),
    ev('2025-08-15'),
  ];
  const marked = (mentioned: string[], date: string | null) =>
    markTimeline(timeline, new Set(mentioned), date)
      .filter((e) => e.mentioned)
      .map((e) => e.date);

  it('marks an event the article names by one of its own entities, not by who took part', () => {
    expect(marked(['donald-trump'], null)).toEqual([]);
    expect(marked(['meeting', 'donald-trump'], null)).toEqual(['2025-02-28']);
    expect(marked(['deal'], '2025-05-02')).toEqual(['2025-04-30']);
  });

  it('does not mark an event the article predates (the deal named in March is not the April signing)', () => {
    expect(marked(['deal', 'meeting'], '2025-03-01')).toEqual(['2025-02-28']);
  });

  it('marks the event the article is dated within, its whole span', () => {
    expect(marked([], '2025-08-15')).toEqual(['2025-08-15']);
    expect(marked([], '2025-03-07')).toEqual(['2025-03-03']);
    expect(marked([], '2025-03-11')).toEqual(['2025-03-03']);
    expect(marked([], '2025-03-12')).toEqual([]);
    expect(marked(['meeting'], '2025-02-28')).toEqual(['2025-02-28']);
    const why = markTimeline(timeline, new Set(['meeting']), '2025-02-28')[0]?.why;
    expect(why).toEqual({ named: true, dated: true });
  });

  it('marks by date through buildView from the page state', () => {
    const view = buildView({ mentions: [], articleDate: '2025-02-28' }, dataset);
    expect(view.timeline.filter((e) => e.mentioned).map((e) => e.date)).toEqual(['2025-02-28']);
  });
});

describe('sidebar view', () => {
  const view = buildView({ mentions }, dataset);

  it('groups mentioned entities by kind with counts, most mentioned first', () => {
    expect(view.groups.map((g) => [g.label, g.rows.map((r) => [r.id, r.count])])).toEqual([
      [
        'People',
        [
          ['donald-trump', 3],
          ['volodymyr-zelenskyy', 2],
        ],
      ],
      ['Figures', [['trump-claim', 1]]],
    ]);
    expect(view.rows.find((r) => r.id === 'volodymyr-zelenskyy')?.texts).toEqual(['Zelenskyy', 'Zelensky']);
    expect(view.rows.find((r) => r.id === 'trump-claim')?.first).toBe(2);
  });

  it('filters by name, page text and kind, ignoring case and diacritics', () => {
    expect(foldForFilter('  Zélensky  ')).toBe('zelensky');
    expect(filterRows(view.rows, 'zelensky').map((r) => r.id)).toEqual(['volodymyr-zelenskyy']);
    expect(filterRows(view.rows, 'TRUMP').map((r) => r.id)).toEqual(['donald-trump', 'trump-claim']);
    expect(filterRows(view.rows, 'figures').map((r) => r.id)).toEqual(['trump-claim']);
    expect(filterRows(view.rows, '').length).toBe(3);
    expect(filterRows(view.rows, 'nobody')).toEqual([]);
    // The Ukrainian name too (the sidebar in Ukrainian shows it).
    const uk = buildView(
      { mentions: [{ entityId: 'donald-trump', text: 'Trump' }] },
      {
        ...dataset,
        entities: dataset.entities.map((e) => (e.id === 'donald-trump' ? { ...e, uk: { name: 'Дональд Трамп' } } : e)),
      },
    );
    expect(filterRows(uk.rows, 'трамп').map((r) => r.id)).toEqual(['donald-trump']);
  });

  it('orders the timeline by date and marks no event for a page that only names who took part', () => {
    // Trump took part in the meeting, but naming him does not name the meeting.
    expect(view.timeline.map((e) => [e.date, e.mentioned])).toEqual([
      ['1994-12-05', false],
      ['2025-02-28', false],
      ['2025-04-30', false],
    ]);
    expect(view.timeline.find((e) => e.date === '2025-02-28')?.mentionedEntities).toEqual(['donald-trump']);
  });

  it('puts the independent estimate beside a political claim', () => {
    expect(view.figures).toHaveLength(1);
    const [claim] = view.figures;
    expect(claim?.isClaim).toBe(true);
    expect(claim?.compare.map((f) => f.id)).toEqual(['kiel-estimate', 'official']);
    expect(formatFigure({ value: 1900, unit: 'warheads' })).toBe('1,900 warheads');
  });

  it('collects sources deduplicated by URL, including comparisons and the timeline', () => {
    const urls = view.sources.map((s) => s.url);
    expect(new Set(urls).size).toBe(urls.length);
    for (const n of [1, 2, 4, 5, 6, 7, 8]) expect(urls).toContain(`https://example.org/source-${n}`);
    expect(urls).not.toContain('https://example.org/source-3'); // NATO is not mentioned
  });

  it('handles an empty page', () => {
    const empty = buildView({ mentions: [] }, dataset);
    expect(empty.groups).toEqual([]);
    expect(empty.figures).toEqual([]);
    expect(empty.timeline.every((e) => !e.mentioned)).toBe(true);
    expect(entityMap(dataset).size).toBe(dataset.entities.length);
  });
  it('carries each entry’s own checked date, and the span of them', () => {
    expect(view.rows.find((r) => r.id === 'donald-trump')?.checked).toBe(
      dataset.entities.find((e) => e.id === 'donald-trump')?.asOf,
    );
    const range = checkedRange([{ asOf: '2025-08-27' }, { asOf: '2014-03-18' }, { asOf: '2026-12-03' }]);
    expect(range).toEqual({ oldest: '2014-03-18', newest: '2026-12-03' });
    expect(checkedRange([])).toBeNull();
  });
  it('collects a timeline event’s further sources', () => {
    const other = {
      url: 'https://example.org/other',
      publisher: 'Other',
      title: 'Another view',
      retrieved: '2026-12-03',
    };
    const event = { ...dataset.story.timeline[0], otherSources: [other] } as (typeof dataset.story.timeline)[number];
    const sources = collectSources([], [], markTimeline([event], new Set()), entityMap(dataset));
    expect(sources.map((s) => s.url)).toContain(other.url);
  });
});
