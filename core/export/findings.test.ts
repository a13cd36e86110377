import { marked } from 'marked';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { PageState } from '../messages/page-state';
import { dataset } from '../sidebar/test-dataset';
import { buildFindings, CSV_HEADER, Findings, findingsCsv, findingsMarkdown, mdEscape } from './findings';

const state: PageState = {
  version: 1,
  status: 'done',
  url: 'https://apnews.com/article/oval-office',
  articleDate: '2025-02-28',
  story: {
    id: 'us-ukraine-minerals-deal',
    score: 14.5,
    evidence: [{ key: 'evMentions', terms: [{ key: 'evSignal_minerals_deal', en: 'the minerals deal', count: 4 }] }],
  },
  mentions: [
    { entityId: 'donald-trump', text: 'Donald Trump' },
    { entityId: 'trump-claim', text: '$350 billion, "he said"' },
    { entityId: 'volodymyr-zelenskyy', text: 'Zelenskyy' },
    { entityId: 'donald-trump', text: 'Trump' },
  ],
};

describe('findings export', () => {
  const findings = buildFindings({ state, dataset, title: 'Trump, Zelenskyy clash', now: '2026-01-02T10:00:00.000Z' });

  it('validates against its own schema and carries a version', () => {
    expect(Findings.parse(JSON.parse(JSON.stringify(findings)))).toEqual(findings);
    expect(findings.version).toBe(3);
    expect(findings.detection).toMatchObject({ detected: true, forced: false, score: 14.5 });
    expect(findings.page.citation).toBe(
      'Trump, Zelenskyy clash. (2025, February 28). apnews.com. https://apnews.com/article/oval-office',
    );
    expect(findings.entities.map((e) => [e.id, e.mentions])).toEqual([
      ['donald-trump', 2],
      ['trump-claim', 1],
      ['volodymyr-zelenskyy', 1],
    ]);
    expect(findings.figures[0]?.compareWith).toEqual(['kiel-estimate', 'official']);
    expect(findings.timeline.map((e) => e.title)).toEqual(['Oval Office meeting']);
    expect(findings.sources.every((s) => s.citation.endsWith(s.url))).toBe(true);
  });

  it('gives each entity its own checked date and names the copy a source was read on', () => {
    const copied = structuredClone(dataset);
    const trump = copied.entities.find((e) => e.id === 'donald-trump');
    if (!trump) throw new Error('fixture');
    trump.asOf = '2025-03-02';
    const first = trump.sources[0] as { via?: string; url: string };
    first.via = 'KSTP';
    const out = buildFindings({ state, dataset: copied, title: null, now: '2026-01-02T10:00:00.000Z' });
    expect(Findings.safeParse(JSON.parse(JSON.stringify(out))).success).toBe(true);
    expect(out.entities.find((e) => e.id === 'donald-trump')?.checked).toBe('2025-03-02');
    const source = out.sources.find((s) => s.url === first.url);
    expect(source?.via).toBe('KSTP');
    expect(source?.citation).toContain('(via KSTP)');
    expect(findingsMarkdown(out)).toContain('- Donald Trump (2; checked 2025-03-02)');
  });

  it('exports a source that shows no date with its retrieval date, and published null', () => {
    const undated = structuredClone(dataset);
    const first = undated.entities.find((e) => e.id === 'donald-trump')?.sources[0] as {
      published?: string;
      retrieved?: string;
      url: string;
    };
    delete first.published;
    first.retrieved = '2026-01-01';
    const out = buildFindings({ state, dataset: undated, title: null, now: '2026-01-02T10:00:00.000Z' });
    expect(Findings.safeParse(JSON.parse(JSON.stringify(out))).success).toBe(true);
    const source = out.sources.find((s) => s.url === first.url);
    expect(source).toMatchObject({ published: null, retrieved: '2026-01-01' });
    expect(source?.citation).toContain('(n.d.)');
    expect(source?.citation).toContain('Retrieved January 1, 2026, from');
    expect(
      out.sources.filter((s) => s.url !== first.url).every((s) => s.published !== null && s.retrieved === null),
    ).toBe(true);
  });

  it('rejects a document of another version', () => {
    expect(Findings.safeParse({ ...findings, version: 1 }).success).toBe(false);
  });

  it('writes one CSV row per mention that papaparse reads back', () => {
    const parsed = Papa.parse<Record<string, string>>(findingsCsv(findings), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CSV_HEADER]);
    expect(parsed.data).toHaveLength(4);
    expect(parsed.data[1]).toEqual({
      mention_index: '1',
      entity_id: 'trump-claim',
      entity_name: "Trump's $350 billion claim",
      kind: 'figure',
      text: '$350 billion, "he said"',
    });
  });

  it('summarises in Markdown', () => {
    const md = findingsMarkdown(findings);
    expect(md).toContain('# Backstory: Trump, Zelenskyy clash');
    expect(md).toContain('- Donald Trump (2; checked 2025-06-01)');
    expect(md).toContain('### Figures');
    expect(md).toContain('<https://apnews.com/article/oval-office>');
    expect(md).toContain(
      'Dataset last reviewed 2026-11-27; each entry below gives the date its facts were last checked',
    );
    expect(mdEscape('a_b *c* [d]')).toBe('a\\_b \\*c\\* \\[d\\]');
  });

  it('describes a page that was not detected', () => {
    const f = buildFindings({
      state: {
        ...state,
        story: null,
        mentions: [],
        weighed: { score: 3, threshold: 8, evidence: [{ key: 'evNotAboutUkraine' }] },
      },
      dataset,
      title: null,
      now: '2026-01-02T10:00:00.000Z',
    });
    expect(f.detection).toMatchObject({
      detected: false,
      score: 3,
      threshold: 8,
      evidence: ['Ukraine is not a subject of the article.'],
    });
    expect(findingsMarkdown(f)).toContain('not detected');
    expect(findingsCsv(f)).toBe(`${CSV_HEADER.join(',')}\r\n`);
  });
});

describe('Markdown and CSV exports of page text', () => {
  it('keep page text on one line (lone CR too) and never autolink a bare URL or e-mail in it', () => {
    const md = (text: string) => marked.parse(mdEscape(text), { gfm: true, async: false }) as string;
    expect(mdEscape('one\rtwo\r\nthree\nfour\u2028five')).toBe('one two three four five');
    for (const text of ['see https://evil.example/x', 'www.evil.example', 'write to a@evil.example', 'FTP:x']) {
      expect(md(text)).not.toContain('<a');
    }
    expect(md('see https://evil.example/x')).toContain('see https://evil.example/x');
    expect(md('a_b [c](https://evil.example)')).not.toContain('<a');
  });

  it('links the page only when its address is http(s)', () => {
    const f = buildFindings({
      state: { ...state, url: 'javascript:alert(1)' },
      dataset,
      title: 'x',
      now: '2026-01-02T10:00:00.000Z',
    });
    const out = marked.parse(findingsMarkdown(f), { gfm: true, async: false }) as string;
    expect(out).not.toContain('href="javascript');
  });
});
