import { describe, expect, it } from 'vitest';
import { apaDate, citePage, citeSource, longDate, siteName } from './citation';

describe('citations (APA 7)', () => {
  it('formats dates', () => {
    expect(apaDate('2025-02-28')).toBe('2025, February 28');
    expect(apaDate('2025-05-01')).toBe('2025, May 1');
    expect(apaDate(null)).toBe('n.d.');
    expect(longDate('2026-11-07')).toBe('November 7, 2026');
  });

  it('cites a source', () => {
    expect(
      citeSource({
        publisher: 'Kiel Institute for the World Economy',
        title: 'Ukraine Support Tracker',
        published: '2025-02-14',
        url: 'https://www.ifw-kiel.de/topics/war-against-ukraine/ukraine-support-tracker/',
      }),
    ).toBe(
      'Kiel Institute for the World Economy. (2025, February 14). Ukraine Support Tracker. https://www.ifw-kiel.de/topics/war-against-ukraine/ukraine-support-tracker/',
    );
  });

  it('cites a page that shows no date as n.d., with the day it was retrieved', () => {
    expect(
      citeSource({
        publisher: 'German Marshall Fund of the United States',
        title: '[Program page]',
        retrieved: '2026-11-27',
        url: 'https://www.gmfus.org/x',
      }),
    ).toBe(
      'German Marshall Fund of the United States. (n.d.). [Program page]. Retrieved November 27, 2026, from https://www.gmfus.org/x',
    );
  });

  it('does not double terminal punctuation', () => {
    expect(
      citeSource({ publisher: 'AP News.', title: 'Why did it fail?', published: '2025-03-01', url: 'https://a.b/' }),
    ).toBe('AP News. (2025, March 1). Why did it fail? https://a.b/');
  });

  it('cites a copy under its real publisher and names the copy that was read', () => {
    expect(
      citeSource({
        publisher: 'The Associated Press',
        via: 'KSTP',
        title: 'Trump and Zelenskyy clash',
        published: '2025-02-28',
        url: 'https://kstp.com/x',
      }),
    ).toBe('The Associated Press. (2025, February 28). Trump and Zelenskyy clash (via KSTP). https://kstp.com/x');
    expect(
      citeSource({ publisher: 'Reuters', via: 'MENAFN', title: 'Why?', retrieved: '2026-11-27', url: 'https://m.n/' }),
    ).toBe('Reuters. (n.d.). Why? (via MENAFN). Retrieved November 27, 2026, from https://m.n/');
  });

  it('cites the page, title first, with a retrieval date when undated', () => {
    expect(siteName('https://www.reuters.com/world/x')).toBe('reuters.com');
    expect(
      citePage(
        { url: 'https://apnews.com/article/x', title: 'Trump and Zelenskyy clash', date: '2025-02-28' },
        '2026-01-02',
      ),
    ).toBe('Trump and Zelenskyy clash. (2025, February 28). apnews.com. https://apnews.com/article/x');
    expect(citePage({ url: 'https://apnews.com/article/x', title: null, date: null }, '2026-01-02')).toBe(
      'apnews.com. (n.d.). apnews.com. Retrieved January 2, 2026, from https://apnews.com/article/x',
    );
  });
});
