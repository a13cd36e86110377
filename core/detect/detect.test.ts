/**
 * Detection on short articles written for these tests: the story, and stories that share its cast.
 * Runs on the real dataset, as the extension does.
 */
import { describe, expect, it } from 'vitest';
import { rawDataset } from '../../data/index';
import { parseDataset } from '../../data/validate';
import { anchorSource, StoryAnalyzer } from '../analysis';
import { translatorFor } from '../i18n';
import { compileMatchIndex } from '../match/compile';
import { evidenceParts, evidenceText, phaseKey, signalKey } from './evidence';
import { anchorPattern, hasAnchorHits } from './prefilter';

const parsed = parseDataset(rawDataset);
if (!parsed.ok) throw new Error('dataset invalid');
const analyzer = new StoryAnalyzer(compileMatchIndex(parsed.dataset));

/** The evidence in English, as the command line prints it. */
const english = (result: { evidence: Parameters<typeof evidenceText>[0][] }) =>
  result.evidence.map((l) => evidenceText(l));

function detect(paragraphs: string[], headline = '', articleDate: string | null = null) {
  let text = '';
  const breaks: number[] = [];
  for (const p of paragraphs) {
    breaks.push(text.length);
    text += p;
  }
  return analyzer.analyze({ text, breaks, headline, articleDate }).detection;
}

const alaskaBackground = [
  'President Donald Trump met Vladimir Putin at a military base in Alaska on Friday, the first summit between the two since 2021.',
  'Three days later Volodymyr Zelenskyy came to the Oval Office with European leaders, who pressed for security guarantees for Ukraine.',
  'Zelenskyy said any security guarantees must be agreed before a ceasefire, and Trump said the United States would help coordinate security guarantees.',
  'Officials in Kyiv noted that the Alaska talks produced no agreement, and Zelenskyy said Ukraine would not give up land.',
];

describe('evidence keys', () => {
  it('has a message for every signal and phase: the dataset label in English, a translation in Ukrainian', () => {
    const en = translatorFor('en');
    const uk = translatorFor('uk');
    const labelled = [
      ...parsed.dataset.story.signals.map((s) => [signalKey(s.id), s.label] as const),
      ...parsed.dataset.story.phases.map((p) => [phaseKey(p.id), p.label] as const),
    ];
    for (const [key, label] of labelled) {
      expect([key, en.own(key)]).toEqual([key, label]);
      expect([key, typeof uk.own(key)]).toEqual([key, 'string']);
    }
  });
});

describe('detectStory', () => {
  it('recognises a short report of the deal', () => {
    const result = detect(
      [
        'Volodymyr Zelenskyy arrived at the White House on Friday expecting to sign the minerals deal with President Donald Trump.',
        'The meeting in the Oval Office ended in a shouting match, and Zelenskyy left without signing the minerals deal.',
        'Ukraine had sought security guarantees in exchange for access to its rare earths.',
      ],
      'Zelenskyy leaves White House without minerals deal',
      '2025-02-28',
    );
    expect(result.isStory).toBe(true);
    // The evidence names what weighed most, with counts: the deal is among the first lines.
    expect(english(result).slice(0, 4).join(' ')).toMatch(/Mentions the minerals deal \(\d×\)/);
    expect(result.score).toBeGreaterThanOrEqual(result.threshold);
    // The same evidence in Ukrainian: message keys with parameters, translated where shown; an entity's
    // name with no Ukrainian version stays English, marked as such.
    const uk = translatorFor('uk');
    const ukLines = result.evidence.map((l) => evidenceText(l, uk));
    expect(ukLines.join(' ')).toMatch(/Згадує: угода про корисні копалини \(\d×\)/);
    expect(ukLines.join(' ')).toContain('Опубліковано 28 лютого 2025 р.');
    for (const part of result.evidence.flatMap((l) => evidenceParts(l, uk)))
      expect(part.text).not.toMatch(/\b(Mentions|Names|Uses|Published)\b/);
    const line = { key: 'evMentions', terms: [{ entity: 'donald-trump', en: 'Donald Trump', count: 2 }] };
    expect(evidenceParts(line, uk, () => undefined)).toEqual([
      { text: 'Згадує: ' },
      { text: 'Donald Trump', lang: 'en' },
      { text: ' (2×).' },
    ]);
    expect(evidenceText(line, uk, () => 'Дональд Трамп')).toBe('Згадує: Дональд Трамп (2×).');
    expect(evidenceText(line)).toBe('Mentions Donald Trump (2×).');
  });

  it('recognises the deal named in other words, in languages without a phrase list entry', () => {
    // "The accord on natural resources" and Japanese "an agreement on mineral resources": no listed
    // name of the deal, only an agreement word beside a minerals word.
    const result = detect(
      [
        'ウクライナのゼレンスキー大統領は、米国との鉱物資源を巡る合意に署名する用意があると述べた。',
        'トランプ大統領は、ウクライナの鉱物資源の権益を支援の見返りに求めている。',
      ],
      'ウクライナ、鉱物資源の合意に署名へ',
      '2025-03-04',
    );
    expect(result.isStory).toBe(true);
    expect(english(result).join(' ')).toMatch(/an agreement beside minerals or resources \(\d×\)/);
  });

  it('does not take the Alaska summit for the story, even with security guarantees named', () => {
    const result = detect(
      [...alaskaBackground, 'In April the two countries signed a minerals deal.'],
      '',
      '2025-08-19',
    );
    expect(result.isStory).toBe(false);
  });

  it('does not take it even when the minerals deal is named twice in background', () => {
    const result = detect(
      [
        ...alaskaBackground,
        'The minerals deal signed in April was mentioned once; aides said the minerals deal was not on the agenda.',
      ],
      'Trump and Putin meet in Alaska',
      '2025-08-16',
    );
    expect(result.isStory).toBe(false);
    expect(english(result).join(' ')).toMatch(/Another story is named more often/);
    expect(english(result).join(' ')).toMatch(
      /Names the 2025 Alaska summit \(\d×\), which points to a different story/,
    );
  });

  it('does not count articles published before the story began', () => {
    const result = detect(
      [
        'Volodymyr Zelenskyy spoke with Donald Trump by phone about Ukraine and a possible minerals deal, a reporter claimed.',
        'Zelenskyy later said the minerals deal idea was premature for Ukraine.',
      ],
      '',
      '2019-10-01',
    );
    expect(result.isStory).toBe(false);
    expect(english(result)).toContain('Published October 1, 2019, before the story began (February 1, 2025).');
  });

  it('needs Ukraine as a subject: rare earths and Greenland are another story', () => {
    const result = detect(
      [
        'President Donald Trump renewed his interest in Greenland and its rare earths on Tuesday.',
        'Officials in Nuuk said a minerals deal with Washington was not under discussion, and Denmark agreed.',
        'Analysts compared it with other minerals deals the administration has pursued.',
      ],
      'Trump eyes Greenland minerals deal',
      '2025-03-20',
    );
    expect(result.isStory).toBe(false);
  });
});

describe('StoryAnalyzer.mightBeStory', () => {
  it('lets through every text the detector could accept, and stops one passing mention of Ukraine', () => {
    expect(analyzer.mightBeStory('Українська · Deutsch · English', '')).toBe(false);
    expect(analyzer.mightBeStory('Kyiv said on Friday that Ukraine would sign.', '')).toBe(true);
    expect(analyzer.mightBeStory('Officials met on Friday.', 'Zelenskyy and Ukraine')).toBe(true);
    expect(analyzer.mightBeStory('Візит Зеленського до Вашингтона. Україна', '')).toBe(true);
    // Any letter case (the text is lowercased, the anchors are lowercase).
    expect(analyzer.mightBeStory('UKRAINE AND KYIV', '')).toBe(true);
    expect(analyzer.mightBeStory('УКРАЇНА І КИЇВ', '')).toBe(true);
  });

  it('finds Ukraine written with or without its diacritics, and in unspaced scripts', () => {
    expect(analyzer.mightBeStory('A Ucrânia e os EUA assinaram. Ucrânia.', '')).toBe(true);
    expect(analyzer.mightBeStory('Oekraïne tekent. Oekraine.', '')).toBe(true);
    expect(analyzer.mightBeStory('Umowa w Kijowie. Kijów.', '')).toBe(true);
    expect(analyzer.mightBeStory('ウクライナのゼレンスキー大統領', '')).toBe(true);
  });

  it('runs the anchors of another script only over text that has that script', () => {
    const anchors = anchorPattern(anchorSource(analyzer.index));
    expect(hasAnchorHits(anchors, ['Ukraine and Kyiv'])).toBe(true);
    // Only the Latin group (the one with no script probe) was compiled and run.
    const compiled = anchors.groups.filter((g) => g.pattern !== null);
    expect(compiled.map((g) => g.probe)).toEqual([null]);
    expect(anchors.groups.length).toBeGreaterThan(4);
  });
});
