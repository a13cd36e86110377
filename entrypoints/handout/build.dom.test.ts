/** The handout's marks, numbers and teacher's notes on a real browser's DOM (Chromium, vitest browser mode). */
import { describe, expect, it } from 'vitest';
import { markMentions, numberMarks, placeTeacherNotes } from './build';

function fragment(html: string): DocumentFragment {
  const t = document.createElement('template');
  t.innerHTML = html;
  return t.content;
}

const MENTIONS = [
  { text: 'Zelenskyy', entityId: 'zelenskyy' },
  { text: 'Trump', entityId: 'trump' },
  { text: 'Vance', entityId: 'vance' },
  { text: 'Zelenskyy', entityId: 'zelenskyy' },
];

describe('handout marks', () => {
  it('marks only the first mention of the chosen entities, and says in which order they appear', () => {
    const body = fragment('<p>Trump met Zelenskyy. Vance spoke.</p><p>Zelenskyy left; Trump stayed.</p>');
    const { count, order } = markMentions(body, MENTIONS, { include: new Set(['zelenskyy', 'trump']) });
    expect(count).toBe(2);
    expect(order).toEqual(['trump', 'zelenskyy']);
    expect([...body.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Trump', 'Zelenskyy']);
  });

  it('marks every mention on request, and numbers each mark after it', () => {
    const body = fragment('<p>Trump met Zelenskyy.</p><p>Zelenskyy left; Trump stayed.</p>');
    const { order } = markMentions(body, MENTIONS, { everyMention: true });
    const numbers = new Map(order.map((id, i) => [id, i + 1]));
    numberMarks(body, (id) => numbers.get(id));
    const p = [...body.querySelectorAll('p')].map((el) => el.textContent);
    expect(p).toEqual(['Trump1 met Zelenskyy2.', 'Zelenskyy2 left; Trump1 stayed.']);
    expect([...body.querySelectorAll('sup.ref')].map((s) => s.textContent)).toEqual(['1', '2', '2', '1']);
  });

  it('drops the highlight of a mark that has no note', () => {
    const body = fragment('<p>Trump met Vance.</p>');
    markMentions(body, MENTIONS);
    numberMarks(body, (id) => (id === 'trump' ? 1 : undefined));
    expect(body.querySelectorAll('mark').length).toBe(1);
    expect(body.querySelector('p')?.textContent).toBe('Trump1 met Vance.');
  });
});

describe("teacher's notes at their passage", () => {
  const render = (note: { text: string }, label: string) => {
    const aside = document.createElement('aside');
    aside.className = 'teacher-note';
    aside.textContent = `${label}: ${note.text}`;
    return aside;
  };

  it('puts each note after its paragraph, labelled in text order, with a marker at the passage', () => {
    const body = fragment('<p>One two three.</p><p>Four five six.</p><ul><li>Seven eight.</li></ul>');
    const { placed, unplaced } = placeTeacherNotes(
      body,
      [
        { exact: 'five', text: 'second' },
        { exact: 'two', text: 'first' },
        { exact: 'eight', text: 'in a list' },
        { exact: 'nowhere', text: 'lost' },
      ],
      render,
    );
    expect(placed.map((p) => [p.label, p.note.text])).toEqual([
      ['T1', 'first'],
      ['T2', 'second'],
      ['T3', 'in a list'],
    ]);
    expect(unplaced.map((n) => n.text)).toEqual(['lost']);
    const kids = [...body.children].map((el) => `${el.tagName}:${el.textContent}`);
    expect(kids).toEqual([
      'P:One twoT1 three.',
      'ASIDE:T1: first',
      'P:Four fiveT2 six.',
      'ASIDE:T2: second',
      'UL:Seven eightT3.T3: in a list',
    ]);
    expect(body.querySelector('.tn-passage')?.textContent).toBe('two');
  });

  it('finds a passage that crosses a mark, and prefers the paragraph its prefix points to', () => {
    const body = fragment('<p>Trump said no.</p><p>Later Trump said no.</p>');
    markMentions(body, MENTIONS);
    const { placed } = placeTeacherNotes(body, [{ exact: 'Trump said no', prefix: 'Later ', text: 'n' }], render);
    expect(placed).toHaveLength(1);
    const ps = body.querySelectorAll('p');
    expect(ps[1]?.nextElementSibling?.className).toBe('teacher-note');
    expect(ps[1]?.querySelector('sup.tn-ref')?.textContent).toBe('T1');
  });
});
