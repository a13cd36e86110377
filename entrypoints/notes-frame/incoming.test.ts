import { describe, expect, it } from 'vitest';
import { toFrame } from './incoming';

const state = {
  type: 'state',
  article: 'https://apnews.com/article/ukraine-minerals',
  language: 'uk',
  shared: [
    {
      id: 'n1',
      exact: 'signed the deal',
      prefix: 'Ukraine ',
      suffix: ' in Kyiv',
      text: 'Compare with the February draft.',
      createdAt: '2026-11-02T09:00:00.000Z',
    },
    // A share link's note: no creation time (it is dated when the reader saves it).
    { id: 'n2', exact: 'the fund', prefix: '', suffix: '', text: 'Who runs it?', createdAt: '' },
  ],
  sharedEmphasis: ['zelensky'],
  sharedBy: 'Ms Koval',
  sharedOn: '2026-11-02',
  linkError: false,
  orphans: [],
  entities: ['zelensky', 'trump'],
};

describe('toFrame', () => {
  it('takes every message the content script sends, as it is', () => {
    const messages = [
      state,
      {
        type: 'compose',
        selector: { exact: 'the deal', prefix: 'signed ', suffix: '.', position: { start: 3, end: 11 } },
      },
      { type: 'show-note', id: 'n1' },
      { type: 'open' },
      { type: 'link', url: 'https://apnews.com/article/ukraine-minerals#bs=abc' },
      { type: 'link-failed' },
    ];
    for (const message of messages) expect(toFrame(message)).toEqual(message);
  });

  it('refuses what the panel does not render: unknown types, missing or mistyped fields, other schemes', () => {
    const refused = [
      null,
      'state',
      { type: 'delete-everything' },
      { ...state, language: 'fr' },
      { ...state, shared: [{ id: 'n1', text: 'no passage' }] },
      { ...state, entities: 'zelensky' },
      { ...state, sharedOn: 'yesterday' },
      { type: 'compose', selector: { exact: '', prefix: '', suffix: '' } },
      { type: 'show-note' },
      { type: 'link', url: 'javascript:alert(1)' },
      { type: 'link', url: 42 },
    ];
    for (const message of refused) expect(toFrame(message)).toBeNull();
  });
});
