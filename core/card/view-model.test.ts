import { describe, expect, it } from 'vitest';
import dataset from '../../data/generated/dataset.json';
import type { Dataset, Entity } from '../../data/schema';
import en from '../../public/_locales/en/messages.json';
import uk from '../../public/_locales/uk/messages.json';
import { formatDate, type Messages, translator } from '../i18n';
import { buildCardView, datasetLookup, figureValue } from './view-model';

const data = dataset as unknown as Dataset;
const byId = datasetLookup(data);
const EN = translator('en', en as Messages);
const UK = translator('uk', { ...(en as Messages), ...(uk as Messages) });
const card = (id: string, date: string | null, tr = EN) => buildCardView(byId(id) as Entity, date, byId, tr);
/** Dates as the card shows them: the language's one format (core/i18n.ts formatDate). */
const fd = (iso: string | undefined, language: 'en' | 'uk' = 'en') => formatDate(iso ?? '', language);
const EN_DATE = '[A-Z][a-z]+ \\d{1,2}, \\d{4}';
/** The date the latest roles were confirmed to (what "Latest (as of …)" shows). */
function latestChecked(id: string): string {
  const person = byId(id) as Entity & { roles: { to?: string; checkedTo?: string }[] };
  const open = person.roles.filter((r) => r.to === undefined);
  return (
    (open
      .map((r) => r.checkedTo)
      .filter(Boolean)
      .sort()
      .at(-1) as string | undefined) ?? person.asOf
  );
}

describe('buildCardView', () => {
  it('gives a person the role at the article date and the latest role', () => {
    const view = card('mike-waltz', '2025-02-28');
    expect(view.name).toBe('Mike Waltz');
    expect(view.kindLabel).toBe('Person');
    expect(view.facts[0]).toMatchObject({
      label: 'Then (February 28, 2025)',
      text: 'U.S. national security adviser, White House',
    });
    expect(view.language).toBe('en');
    expect(view.englishMarker).toBeNull();
    expect(view.facts[1]?.label).toBe(`Latest (as of ${fd(latestChecked('mike-waltz'))})`);
    expect(view.facts[1]?.text).toBe('U.S. ambassador to the United Nations');
  });

  it('says the role is unchanged when it still holds', () => {
    const view = card('mike-waltz', '2025-10-01');
    expect(view.facts.map((f) => f.text)).toEqual(['U.S. ambassador to the United Nations', 'Same role']);
  });

  it('every person, at the story dates and today: each role held is shown, no ended role reads as current', () => {
    const today = new Date().toISOString().slice(0, 10);
    const people = data.entities.filter((e) => e.kind === 'person');
    expect(people.length).toBeGreaterThan(10);
    for (const person of people)
      for (const date of ['2025-02-28', '2025-04-30', '2025-10-01', today]) {
        const view = card(person.id, date);
        const where = `${person.id} on ${date}`;
        const then = view.facts.filter((f) => f.label.startsWith('Then')).map((f) => f.text);
        const latest = view.facts.filter((f) => f.label.startsWith('Latest')).map((f) => f.text);
        // Every role whose period contains the date is on the card (concurrent roles too).
        const heldRoles = person.roles.filter((r) => r.from <= date && (r.to === undefined || r.to >= date));
        for (const role of heldRoles)
          expect(
            then.some((t) => t.includes(role.title)),
            `${where}: ${role.title}`,
          ).toBe(true);
        // "Same role" only when every role held then is still held (no end date).
        if (latest.includes('Same role'))
          expect(
            heldRoles.every((r) => r.to === undefined),
            `${where}: "Same role" for an ended role`,
          ).toBe(true);
        // An ended role among the latest says until when.
        const open = person.roles.filter((r) => r.to === undefined);
        if (!open.length && !latest.includes('Same role'))
          expect(latest.join(' '), where).toMatch(new RegExp(`until ${EN_DATE}`));
        for (const role of open)
          expect(
            latest.includes('Same role') || latest.some((t) => t.includes(role.title)),
            `${where}: current role ${role.title}`,
          ).toBe(true);
      }
  });

  it('words a role whose start is not public honestly: "since at least", never "before the roles"', () => {
    const useinow = byId('nedim-useinow');
    if (useinow?.kind !== 'person') throw new Error('nedim-useinow is a person in the dataset');
    const role = useinow.roles[0];
    expect(role?.fromPrecision).toBe('first-seen');
    const before = card('nedim-useinow', '2025-01-15');
    const then = before.facts.filter((f) => f.label.startsWith('Then')).map((f) => f.text);
    expect(then).toEqual([
      `${role?.title}, ${role?.organisation}: held since at least ${fd(role?.from)} (when it began is not public)`,
    ]);
    expect(before.facts.map((f) => f.text)).not.toContain('Before the roles this card lists');
    // The dataset part stays apart (marked English on a Ukrainian card).
    expect(before.facts[0]?.dataset?.text).toBe(`${role?.title}, ${role?.organisation}`);
    const latest = card('nedim-useinow', '2025-01-15').facts.filter((f) => f.label.startsWith('Latest'));
    expect(latest.map((f) => f.text)).toEqual([
      `${role?.title}, ${role?.organisation} (since at least ${fd(role?.from)})`,
    ]);
    const uk = card('nedim-useinow', '2025-01-15', UK).facts[0];
    expect(uk?.text).toContain(`щонайменше з ${fd(role?.from, 'uk')}`);
    expect(uk?.dataset?.text).toBe(`${role?.title}, ${role?.organisation}`);
  });

  it('every person at any date: no "before the roles" while a role whose start is not public may have been held', () => {
    for (const person of data.entities) {
      if (person.kind !== 'person') continue;
      for (const date of ['2024-01-01', '2025-01-15', '2025-02-28', '2025-04-30', '2025-10-01']) {
        const text = card(person.id, date).facts.map((f) => f.text);
        const possible = person.roles.some(
          (r) => r.fromPrecision === 'first-seen' && r.from > date && (r.to === undefined || r.to >= date),
        );
        if (possible) expect(text, `${person.id} on ${date}`).not.toContain('Before the roles this card lists');
        // A role held whose start is only first seen says so wherever the card shows it as held.
        for (const r of person.roles)
          if (r.fromPrecision === 'first-seen' && r.from <= date && (r.to === undefined || r.to >= date))
            expect(
              text.some((t) => t.includes(r.title) && t.includes(`since at least ${fd(r.from)}`)),
              `${person.id} on ${date}: ${r.title}`,
            ).toBe(true);
      }
    }
  });

  it('shows an ended last role as past, never as "Same role" (a role that has since ended)', () => {
    const yermak = byId('andriy-yermak');
    if (yermak?.kind !== 'person') throw new Error('andriy-yermak is a person in the dataset');
    const last = yermak.roles.find((r) => r.to !== undefined && !yermak.roles.some((o) => o.to === undefined));
    if (!last) return; // (the dataset has him in office again: nothing ended to show)
    const view = card('andriy-yermak', last.from);
    expect(view.facts.map((f) => f.text)).not.toContain('Same role');
    expect(view.facts.at(-1)?.text).toContain(`until ${fd(last.to)}`);
  });

  it('shows only the latest role without an article date', () => {
    const view = card('mike-waltz', null);
    expect(view.facts).toHaveLength(1);
    expect(view.facts[0]?.label).toMatch(/^Latest \(as of /);
  });

  it('tells what a figure counts, by whom, when, of which type, beside the figures it compares with', () => {
    const view = card('trump-350-billion-claim', '2025-02-28');
    const facts = Object.fromEntries(view.facts.map((f) => [f.label, f.text]));
    expect(facts.Figure).toBe('$350 billion');
    expect(facts.Type).toBe('Political claim');
    expect(facts.By).toMatch(/Trump/);
    expect(facts.Counts?.length).toBeGreaterThan(10);
    expect(facts.For).toBeTruthy();
    expect(view.compare.map((c) => c.id)).toContain('kiel-us-aid-estimate');
    expect(view.compare.find((c) => c.id === 'kiel-us-aid-estimate')?.claimType).toBe('Independent estimate');
  });

  it('dates events and documents', () => {
    expect(card('us-aid-pause-2025', null).facts[0]).toMatchObject({
      label: 'Date',
      text: 'March 3, 2025 – March 11, 2025',
    });
    const doc = card('us-ukraine-minerals-agreement', null);
    expect(doc.facts.map((f) => f.label)).toEqual(['Signed', 'Ratified', 'Parties']);
  });

  it('keeps only https sources, with publisher and date', () => {
    for (const entity of data.entities) {
      const view = buildCardView(entity, '2025-02-28', byId, EN);
      expect(view.sources.length).toBeGreaterThan(0);
      for (const s of view.sources) {
        expect(s.url.startsWith('https://')).toBe(true);
        expect(s.publisher).toBeTruthy();
        expect(s.dated).toMatch(new RegExp(`^(retrieved )?${EN_DATE}$`));
      }
      expect(view.summary.length).toBeGreaterThan(0);
    }
  });

  it('dates a source that shows no date by the day it was retrieved, in the card language', () => {
    const gmf = 'https://www.gmfus.org/taxonomy/term/89';
    expect(card('nedim-useinow', '2025-02-28').sources.find((s) => s.url === gmf)?.dated).toBe(
      'retrieved November 27, 2026',
    );
    expect(card('nedim-useinow', '2025-02-28', UK).sources.find((s) => s.url === gmf)?.dated).toBe(
      'переглянуто 27 листопада 2026 р.',
    );
    // The role cites the page that states it.
    const useinow = byId('nedim-useinow') as Entity & { roles: { source: number }[] };
    expect(useinow.sources[useinow.roles[0]?.source as number]?.url).toBe(gmf);
  });

  it('formats figure values', () => {
    expect(figureValue(50, 'percent')).toBe('50%');
    expect(figureValue(75, 'million US dollars')).toBe('$75 million');
    expect(figureValue(1900, 'strategic nuclear warheads')).toBe('1,900 strategic nuclear warheads');
  });

  it('writes the labels in Ukrainian and marks the English dataset texts', () => {
    const view = card('mike-waltz', '2025-02-28', UK);
    expect(view.language).toBe('uk');
    expect(view.englishMarker).toBe('(англійською)');
    expect(view.kindLabel).toBe('Особа');
    expect(view.summary).toBe(byId('mike-waltz')?.summary);
    expect(view.facts[0]).toEqual({
      label: 'Тоді (28 лютого 2025 р.)',
      text: 'U.S. national security adviser, White House',
      dataset: { before: '', text: 'U.S. national security adviser, White House', after: '' },
    });
    expect(view.facts[1]?.label).toBe(`Остання посада (станом на ${fd(latestChecked('mike-waltz'), 'uk')})`);
    expect(card('mike-waltz', '2025-10-01', UK).facts[1]).toEqual({
      label: `Остання посада (станом на ${fd(latestChecked('mike-waltz'), 'uk')})`,
      text: 'Та сама посада',
    });
  });

  it('keeps the dataset part of a mixed line apart, so it can be marked English', () => {
    // Between his two posts: "former" national security adviser.
    const view = card('mike-waltz', '2025-06-15', UK);
    expect(view.facts[0]).toEqual({
      label: 'Тоді (15 червня 2025 р.)',
      text: 'Колишня посада: U.S. national security adviser, White House (до 1 травня 2025 р.)',
      dataset: {
        before: 'Колишня посада: ',
        text: 'U.S. national security adviser, White House',
        after: ' (до 1 травня 2025 р.)',
      },
    });
    expect(card('mike-waltz', '2025-06-15').facts[0]?.text).toBe(
      'Former U.S. national security adviser, White House (until May 1, 2025)',
    );
  });

  it('translates figure labels, claim types and dollar amounts', () => {
    const view = card('trump-350-billion-claim', '2025-02-28', UK);
    const facts = Object.fromEntries(view.facts.map((f) => [f.label, f.text]));
    expect(facts.Цифра).toBe('350 млрд доларів США');
    expect(facts.Тип).toBe('Політична заява');
    expect(view.kindLabel).toBe('Цифра');
    expect(view.compare.find((c) => c.id === 'kiel-us-aid-estimate')?.claimType).toBe('Незалежна оцінка');
    expect(figureValue(1.5, 'percent', UK)).toBe('1,5%');
    expect(figureValue(75, 'million US dollars', EN)).toBe('$75 million');
    expect(figureValue(1900, 'strategic nuclear warheads', UK)).toBe('1,900 strategic nuclear warheads');
  });

  it('shows the Ukrainian texts of the dataset on a Ukrainian card, else the English marked as such', () => {
    const trump = card('donald-trump', '2025-02-28', UK);
    const entity = byId('donald-trump');
    expect(trump.name).toBe('Дональд Трамп');
    expect(trump.summary).toBe(entity?.uk?.summary);
    expect(trump.context).toBe(entity?.uk?.context);
    expect([trump.nameLang, trump.summaryLang, trump.contextLang]).toEqual([undefined, undefined, undefined]);
    // In English, the English texts, unmarked.
    const english = card('donald-trump', '2025-02-28');
    expect(english.name).toBe('Donald Trump');
    expect([english.nameLang, english.summaryLang]).toEqual([undefined, undefined]);
    // No Ukrainian version: the English, marked lang="en".
    const waltz = card('mike-waltz', '2025-02-28', UK);
    expect(waltz.summary).toBe(byId('mike-waltz')?.summary);
    expect([waltz.name, waltz.nameLang, waltz.summaryLang, waltz.contextLang]).toEqual([
      'Майк Волц',
      undefined,
      'en',
      'en',
    ]);
    const useinow = card('nedim-useinow', '2025-02-28', UK);
    expect([useinow.name, useinow.nameLang]).toEqual(['Nedim Useinow', 'en']);
    // A figure's own texts too.
    const demand = card('trump-500-billion-demand', '2025-02-28', UK);
    const facts = Object.fromEntries(demand.facts.map((f) => [f.label, f]));
    expect(facts['Чия оцінка']).toEqual({ label: 'Чия оцінка', text: 'Дональд Трамп (політична вимога)' });
  });

  it('has Ukrainian texts for the main cast and the key events of the story', () => {
    const ids = [
      'donald-trump',
      'jd-vance',
      'volodymyr-zelenskyy',
      'marco-rubio',
      'scott-bessent',
      'andriy-yermak',
      'yulia-svyrydenko',
      'vladimir-putin',
      'us-ukraine-minerals-agreement',
      'oval-office-meeting-2025',
      'budapest-memorandum',
      'trump-500-billion-demand',
    ];
    for (const id of ids) {
      const uk = byId(id)?.uk;
      expect([id, !!uk?.name, !!uk?.summary, !!uk?.context]).toEqual([id, true, true, true]);
    }
    expect(data.story.uk?.summary).toBeTruthy();
    const events = data.story.timeline.filter((e) => e.uk?.title && e.uk.detail).map((e) => e.date);
    expect(events).toEqual(expect.arrayContaining(['1994-12-05', '2025-02-10', '2025-02-28', '2025-04-30']));
  });

  it('has every card key in both languages', () => {
    const cardKeys = Object.keys(en).filter((k) => /^(card|note)/.test(k));
    expect(cardKeys.length).toBeGreaterThan(40);
    for (const key of cardKeys) {
      if (/_(few|many)$/.test(key)) continue;
      expect(uk, key).toHaveProperty(key);
    }
    for (const kind of ['person', 'organisation', 'place', 'event', 'document', 'concept', 'figure']) {
      expect(en).toHaveProperty(`cardKind_${kind}`);
    }
  });
});
