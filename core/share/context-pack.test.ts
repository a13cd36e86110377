import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import dataset from '../../data/generated/dataset.json';
import type { Dataset } from '../../data/schema';
import { buildContextPack, MAX_QUOTE } from './context-pack';

const DATA = dataset as unknown as Dataset;

describe('context pack', () => {
  const pack = buildContextPack({
    url: 'https://apnews.com/article/x',
    title: 'Trump and Zelenskyy clash [in] the *Oval* Office',
    outlet: 'AP',
    articleDate: '2025-02-28',
    mentioned: ['donald-trump', 'volodymyr-zelenskyy', 'donald-trump', 'no-such-entity'],
    emphasis: ['jd-vance'],
    notes: [
      { exact: 'q'.repeat(500), text: 'Ask <script>alert(1)</script> [x](javascript:alert(1))' },
      { exact: 'the minerals deal', text: 'Who benefits?' },
    ],
    dataset: DATA,
  });

  it('has the expected Markdown sections', () => {
    const tokens = marked.lexer(pack.markdown);
    const headings = tokens.filter((t) => t.type === 'heading').map((t) => (t as { text: string }).text);
    expect(headings[0]).toMatch(/^Context pack/);
    expect(headings.slice(1)).toEqual(['Who and what the article mentions', 'Timeline', "Teacher's notes"]);
    const lists = tokens.filter((t) => t.type === 'list') as { items: unknown[] }[];
    expect(lists[0]?.items).toHaveLength(3); // Vance (emphasised), Trump, Zelenskyy
    expect(pack.markdown.indexOf('JD Vance')).toBeLessThan(pack.markdown.indexOf('Donald Trump'));
  });

  it("gives each entry its own checked date, and names a copy's real publisher", () => {
    const trump = DATA.entities.find((e) => e.id === 'donald-trump');
    expect(pack.markdown).toContain(`Checked ${trump?.asOf}.`);
    expect(pack.html).toContain(`Checked ${trump?.asOf}.`);
    expect(pack.markdown).not.toContain(`as of ${DATA.reviewedAsOf}`);
    const copied = DATA.entities.find((e) => e.sources.some((s) => s.via));
    const source = copied?.sources.find((s) => s.via);
    if (!copied || !source) throw new Error('the dataset has a source read via a copy');
    const withCopy = buildContextPack({ url: 'https://a.example/x', mentioned: [copied.id], notes: [], dataset: DATA });
    expect(withCopy.html).toContain(`${source.publisher} (via ${source.via})`.replace(/'/g, '&#39;'));
  });

  it('never lets note text inject markup and keeps quotes short', () => {
    const html = marked.parse(pack.markdown) as string;
    expect(html).not.toMatch(/<script|href="javascript/i);
    expect(pack.html).not.toMatch(/<script|href="javascript/i);
    expect(pack.markdown).not.toContain('q'.repeat(MAX_QUOTE + 1));
  });
});
