import { describe, expect, it } from 'vitest';
import { Automaton } from './automaton';
import { packTables, unpackTables } from './automaton-pack';

function hits(patterns: string[], text: string) {
  const codes = new Uint16Array([...text].map((c) => c.charCodeAt(0)));
  const found: string[] = [];
  Automaton.build(patterns).scan(codes, codes.length, (p, start, end) => {
    found.push(`${patterns[p]}@${start}-${end}`);
  });
  return found;
}

describe('Automaton', () => {
  it('finds overlapping and nested patterns in one pass', () => {
    expect(hits(['he', 'she', 'his', 'hers'], 'ushers')).toEqual(['she@1-4', 'he@2-4', 'hers@2-6']);
  });
  it('handles non-ASCII text and repeated patterns', () => {
    expect(hits(['київ', 'їв', 'ві'], 'у києві київ')).toEqual(['ві@5-7', 'київ@8-12', 'їв@10-12']);
  });
  it('agrees with a naive search on random input', () => {
    const alphabet = 'abć ';
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const word = (len: number) => Array.from({ length: len }, () => alphabet[rand(alphabet.length)]).join('');
    for (let round = 0; round < 50; round++) {
      const patterns = [...new Set(Array.from({ length: 6 }, () => word(1 + rand(4))))];
      const text = word(60);
      const naive: string[] = [];
      for (let end = 1; end <= text.length; end++)
        patterns.forEach((p) => {
          if (end >= p.length && text.slice(end - p.length, end) === p) naive.push(`${p}@${end - p.length}-${end}`);
        });
      expect(hits(patterns, text).sort()).toEqual(naive.sort());
    }
  });
});

describe('packed tables', () => {
  it('unpack(pack(tables)) finds exactly what the built automaton finds', () => {
    const patterns = ['he', 'she', 'his', 'hers', 'київ', 'їв', 'ві', 'she'];
    const built = Automaton.build(patterns);
    const unpacked = new Automaton(unpackTables(packTables(built.tables)));
    const text = 'ushers у києві київ, his hers';
    const codes = new Uint16Array([...text].map((c) => c.charCodeAt(0)));
    const run = (a: Automaton) => {
      const found: string[] = [];
      a.scan(codes, codes.length, (p, start, end) => found.push(`${p}@${start}-${end}`));
      return found;
    };
    expect(run(unpacked)).toEqual(run(built));
    expect(run(unpacked).length).toBeGreaterThan(5);
  });

  it('refuses a string that is not a packed automaton', () => {
    expect(() => unpackTables(btoa('not an automaton'))).toThrow();
  });
});
