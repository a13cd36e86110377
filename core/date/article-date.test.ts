import { describe, expect, it } from 'vitest';
import { articleDate, parseDate } from './article-date';

describe('parseDate', () => {
  it('keeps the calendar date the publisher wrote, whatever the offset', () => {
    expect(parseDate('2025-02-28T23:30:00-05:00')).toBe('2025-02-28');
    expect(parseDate('2025-03-01T01:10:00+02:00')).toBe('2025-03-01');
  });
  it('reads written and compact forms', () => {
    expect(parseDate('February 28, 2025')).toBe('2025-02-28');
    expect(parseDate('Feb. 28, 2025 5:04 PM EST')).toBe('2025-02-28');
    expect(parseDate('28 February 2025')).toBe('2025-02-28');
    expect(parseDate('20250430')).toBe('2025-04-30');
  });
  it('rejects dates that do not exist', () => {
    expect(parseDate('2025-02-30')).toBeNull();
    expect(parseDate('April 31, 2025')).toBeNull();
    expect(parseDate('not a date')).toBeNull();
  });
});

describe('articleDate', () => {
  const none = { jsonLd: [], meta: [], timeElements: [], url: null };
  it('trusts JSON-LD, then meta tags, then <time>, then the URL', () => {
    expect(articleDate({ ...none, jsonLd: ['2025-02-28T10:00:00Z'], meta: ['2025-03-01'] })).toBe('2025-02-28');
    expect(articleDate({ ...none, jsonLd: ['garbage'], meta: ['2025-03-01'] })).toBe('2025-03-01');
    expect(articleDate({ ...none, timeElements: ['2025-05-01T09:00'] })).toBe('2025-05-01');
    expect(articleDate({ ...none, url: 'https://apnews.com/2025/04/30/minerals-deal' })).toBe('2025-04-30');
    expect(articleDate(none)).toBeNull();
  });
});
