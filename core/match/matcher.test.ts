import { describe, expect, it } from 'vitest';
import { foldText } from '../text/fold';
import { Matcher } from './matcher';
import { testIndex } from './test-index';

const index = testIndex();
const matcher = new Matcher(index);

function mentions(text: string, breaks: number[] = []) {
  return matcher
    .match(foldText(text, breaks), text)
    .mentions.map((m) => [index.entities[m.entity]?.id, text.slice(m.start, m.end)]);
}

describe('Matcher', () => {
  it('finds full names and distinctive surnames, in document order', () => {
    expect(mentions('Volodymyr Zelenskyy met NATO officials. Zelensky left.')).toEqual([
      ['volodymyr-zelenskyy', 'Volodymyr Zelenskyy'],
      ['nato', 'NATO'],
      ['volodymyr-zelenskyy', 'Zelensky'],
    ]);
  });

  it('never matches inside a word', () => {
    expect(mentions('The Trumpeter played for President Trump’s NATOs.')).toEqual([['donald-trump', 'Trump']]);
  });

  it('keeps capitals where the alias has them, and accepts all caps', () => {
    expect(mentions('He played his trump card at the white house.')).toEqual([]);
    expect(mentions('ZELENSKYY SPEAKS; Martial Law extended; martial law again')).toEqual([
      ['volodymyr-zelenskyy', 'ZELENSKYY'],
      ['ukraine-martial-law', 'Martial Law'],
      ['ukraine-martial-law', 'martial law'],
    ]);
  });

  it('counts a bare surname only after the full name', () => {
    expect(mentions('Waltz spoke first. Then Mike Waltz arrived. Waltz said more.')).toEqual([
      ['mike-waltz', 'Mike Waltz'],
      ['mike-waltz', 'Waltz'],
    ]);
  });

  it('counts a bare surname after an honorific', () => {
    expect(mentions('Mr. Waltz said so.')).toEqual([['mike-waltz', 'Waltz']]);
  });

  it('counts an in-context alias only when its context words occur', () => {
    expect(mentions('Trump won the hand.')).toEqual([]);
    expect(mentions('Trump spoke at the White House.')).toEqual([['donald-trump', 'Trump']]);
  });

  it('does not mark an alias inside a not-this phrase', () => {
    expect(mentions('JD Vance came. Usha Vance smiled; Vance waved. Trump Tower, said the president.')).toEqual([
      ['jd-vance', 'JD Vance'],
      ['jd-vance', 'Vance'],
    ]);
  });

  it('prefers the longest match at a position', () => {
    expect(mentions('the North Atlantic Treaty Organization')).toEqual([
      ['nato', 'North Atlantic Treaty Organization'],
    ]);
  });

  it('matches stems with case endings, but not long tails', () => {
    expect(mentions('Візит Зеленського. Зеленськийськийський')).toEqual([['volodymyr-zelenskyy', 'Зеленського']]);
  });

  it('matches across collapsed white space and typographic apostrophes, not across blocks', () => {
    const text = 'Volodymyr\n   Zelenskyy’s plan. Volodymyr';
    expect(mentions(text)).toEqual([['volodymyr-zelenskyy', 'Volodymyr\n   Zelenskyy']]);
    // "Volodymyr" ends one paragraph and "Zelenskyy" starts the next: only the surname is a mention.
    expect(mentions('VolodymyrZelenskyy', [9])).toEqual([['volodymyr-zelenskyy', 'Zelenskyy']]);
  });

  it('matches figures written with symbols', () => {
    expect(mentions('a demand for $500 billion, or 500 billion dollars')).toEqual([
      ['trump-500-billion-demand', '$500 billion'],
      ['trump-500-billion-demand', '500 billion dollars'],
    ]);
  });

  it('counts signals separately from mentions, with where each stands', () => {
    const text = 'The minerals deal with Ukraine, signed in Kyiv. Das Rohstoffabkommens Ende.';
    const result = matcher.match(foldText(text), text);
    const counts = Object.fromEntries(index.signals.map((s, i) => [s.id, result.signalCounts[i]]));
    expect(counts).toEqual({ deal: 2, ukraine: 2, alaska: 0, 'deal-term': 1, 'resource-term': 1 });
    const hit = (id: string) => result.hits.filter((h) => index.signals[h.signal]?.id === id).map((h) => h.start);
    expect(hit('deal-term')).toEqual([text.indexOf('deal')]);
    expect(hit('resource-term')).toEqual([text.indexOf('minerals')]);
  });

  it('matches Japanese and Chinese names without word boundaries', () => {
    expect(mentions('ウクライナのゼレンスキー大統領は28日')).toEqual([['volodymyr-zelenskyy', 'ゼレンスキー']]);
    expect(mentions('乌克兰总统泽连斯基28日在白宫')).toEqual([['volodymyr-zelenskyy', '泽连斯基']]);
    // A Latin alias still needs its word boundaries beside Latin letters, not beside kana.
    expect(mentions('ZelenskyyX はZelenskyyと')).toEqual([['volodymyr-zelenskyy', 'Zelenskyy']]);
  });

  it('counts signals in unspaced scripts anywhere in a run of text', () => {
    const text = '米国との鉱物資源を巡る合意に署名した';
    const result = matcher.match(foldText(text), text);
    const counts = Object.fromEntries(index.signals.map((s, i) => [s.id, result.signalCounts[i]]));
    expect(counts).toMatchObject({ 'deal-term': 1, 'resource-term': 1 });
  });

  it('matches Arabic names after clitic prefixes, and not inside other words', () => {
    expect(mentions('قال زيلينسكي ولزيلينسكي والزيلينسكية')).toEqual([
      ['volodymyr-zelenskyy', 'زيلينسكي'],
      ['volodymyr-zelenskyy', 'زيلينسكي'],
      ['volodymyr-zelenskyy', 'زيلينسكية'],
    ]);
    // Letters before the name that are not clitics: another word.
    expect(mentions('مزيلينسكي')).toEqual([]);
  });

  it('takes the context words of every language that lists a spelling', () => {
    expect(mentions('Trump przyjechał. Biały Dom milczy.')).toEqual([['donald-trump', 'Trump']]);
    expect(mentions('トランプ大統領')).toEqual([['donald-trump', 'トランプ']]);
    expect(mentions('トランプで遊んだ')).toEqual([]);
  });
});
