/**
 * Every string a reader sees goes through the message tables (core/i18n.ts): this test fails on a
 * user-visible string literal in components/ and entrypoints/ that is not a message key. It parses each
 * .tsx file (and the extension pages' .ts modules) with the TypeScript compiler (TypeScript 7's API,
 * `typescript/unstable/sync`: a program of just these files, nothing resolved, parsed by tsgo) and looks at
 *  - JSX text;
 *  - string literals and template texts inside JSX expressions ({'…'}, {cond ? '…' : '…'});
 *  - user-facing attributes (aria-label, title, placeholder, alt, …);
 *  - the arguments of the pages' status setters (setStatus('…'), setMessage, setError, setNotice).
 * Allowed: text with no letters (punctuation, symbols, numbers), and the short explicit list below.
 */
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { type Node, SyntaxKind } from 'typescript/unstable/ast';
import { API } from 'typescript/unstable/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { MESSAGES } from './i18n';

const ROOT = join(__dirname, '..');
const FOLDERS = ['components', 'entrypoints'];
const ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-placeholder',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
]);
const SETTERS = /^set(Status|Message|Error|Notice|Problem)$/;
/**
 * Words that are the same in every language we ship: the extension's name, file formats, and the paper
 * sizes as printers name them.
 */
const ALLOWED = new Set(['Backstory', 'JSON', 'CSV', 'HTML', 'Markdown', 'APA', 'A4', 'Letter']);

/** Whether a piece of text is words a reader reads (not symbols, numbers, a one-letter label or an allowed name). */
function isWords(text: string): boolean {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu) ?? [];
  return words.some((w) => /\p{L}.*\p{L}/u.test(w) && !ALLOWED.has(w));
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx$/.test(name) && !/\.test\.tsx$/.test(name) ? [path] : [];
  });
}

/** Extension pages' state modules that set reader-facing status text. */
const TS_MODULES = ['entrypoints/sidepanel/runtime.ts'];

interface Finding {
  file: string;
  line: number;
  text: string;
}

/** Parses files with tsgo: one program of just these files (no libraries, no imports followed). */
function parser(files: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-literals-'));
  const config = join(dir, 'tsconfig.json');
  const compilerOptions = { noLib: true, noResolve: true, types: [], jsx: 'preserve', allowJs: false };
  writeFileSync(config, JSON.stringify({ files, compilerOptions }));
  const api = new API({ cwd: dir });
  const project = api.updateSnapshot({ openProjects: [config] }).getProjects()[0];
  return {
    sourceFile: (file: string) => project?.program.getSourceFile(file),
    close() {
      api.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// The AST nodes' fields this test reads (tsgo's nodes are typed per kind; read them loosely here).
type Loose = Node & Record<string, unknown> & { text?: string; pos: number };
const field = (node: Node, name: string) => (node as Loose)[name] as Loose | undefined;

function literalsIn(file: string, sourceFile: Node & { text: string }): Finding[] {
  const found: Finding[] = [];
  const source = sourceFile.text;
  const report = (node: Loose, text: string) => {
    if (isWords(text)) found.push({ file, line: source.slice(0, node.pos).split('\n').length, text: text.trim() });
  };
  /** String literals a JSX expression or a setter argument evaluates to (through ?:, ??, || and +). */
  const strings = (node: Loose | undefined): void => {
    if (!node) return;
    switch (node.kind) {
      case SyntaxKind.StringLiteral:
      case SyntaxKind.NoSubstitutionTemplateLiteral:
        report(node, node.text ?? '');
        break;
      case SyntaxKind.TemplateExpression: {
        const head = field(node, 'head');
        if (head) report(head, head.text ?? '');
        for (const span of (node.templateSpans as unknown as Loose[]) ?? []) {
          const literal = field(span, 'literal');
          if (literal) report(literal, literal.text ?? '');
          strings(field(span, 'expression'));
        }
        break;
      }
      case SyntaxKind.ConditionalExpression:
        strings(field(node, 'whenTrue'));
        strings(field(node, 'whenFalse'));
        break;
      case SyntaxKind.BinaryExpression: {
        // What is shown: both sides of + ?? ||, the right side of && (not a comparison's operands).
        const op = field(node, 'operatorToken')?.kind;
        if (op === SyntaxKind.PlusToken || op === SyntaxKind.QuestionQuestionToken || op === SyntaxKind.BarBarToken)
          strings(field(node, 'left'));
        if (
          op === SyntaxKind.PlusToken ||
          op === SyntaxKind.QuestionQuestionToken ||
          op === SyntaxKind.BarBarToken ||
          op === SyntaxKind.AmpersandAmpersandToken
        )
          strings(field(node, 'right'));
        break;
      }
      case SyntaxKind.ParenthesizedExpression:
        strings(field(node, 'expression'));
        break;
      default:
        break;
    }
  };
  const visit = (node: Loose): void => {
    if (node.kind === SyntaxKind.JsxText) report(node, node.text ?? '');
    else if (node.kind === SyntaxKind.JsxExpression && node.parent?.kind !== SyntaxKind.JsxAttribute)
      strings(field(node, 'expression'));
    else if (node.kind === SyntaxKind.JsxAttribute) {
      const name = field(node, 'name');
      const init = field(node, 'initializer');
      if (ATTRIBUTES.has(name?.text ?? '') && init) {
        if (init.kind === SyntaxKind.StringLiteral) report(init, init.text ?? '');
        else if (init.kind === SyntaxKind.JsxExpression) strings(field(init, 'expression'));
      }
    } else if (node.kind === SyntaxKind.CallExpression) {
      const callee = field(node, 'expression');
      if (callee?.kind === SyntaxKind.Identifier && SETTERS.test(callee.text ?? ''))
        for (const arg of (node.arguments as unknown as Loose[]) ?? []) strings(arg);
    }
    node.forEachChild((child) => {
      visit(child as Loose);
      return undefined;
    });
  };
  visit(sourceFile as unknown as Loose);
  return found;
}

describe('user-visible strings', () => {
  const all = [...FOLDERS.flatMap((f) => files(join(ROOT, f))), ...TS_MODULES.map((f) => join(ROOT, f))];
  const sampleFile = join(tmpdir(), `backstory-literals-sample-${process.pid}.tsx`);
  writeFileSync(
    sampleFile,
    `
      const a = <p title="Close the card" aria-label={x ? 'Open' : t('k')}>Hello {'world'} {n} · 42 — S{n} {\`\${n} items\`}</p>;
      const c = <p>{kind === 'absent' && 'Gone'} {a || 'Nothing'}</p>;
      setStatus('Copied.'); setMessage(t('ok')); setStatus(\`\${what} copied.\`);
      const b = <input placeholder={t('x')} class="not user facing words" data-x="nor this" />;`,
  );
  const parse = parser([...all, sampleFile]);
  afterAll(() => {
    parse.close();
    rmSync(sampleFile, { force: true });
  });
  const literals = (file: string) => {
    const sf = parse.sourceFile(file);
    if (!sf) throw new Error(`${file} was not parsed`);
    return literalsIn(relative(ROOT, file), sf as unknown as Node & { text: string });
  };

  it('finds what it is meant to find', () => {
    expect(literals(sampleFile).map((f) => f.text)).toEqual([
      'Close the card',
      'Open',
      'Hello',
      'world',
      'items',
      'Gone',
      'Nothing',
      'Copied.',
      'copied.',
    ]);
  });

  it('holds every component and extension page to message keys', () => {
    expect(all.length).toBeGreaterThan(15);
    const found = all.flatMap((file) => literals(file).map((f) => `${f.file}:${f.line}: ${f.text}`));
    expect(found).toEqual([]);
  });

  it('has every key in both tables', () => {
    const en = Object.keys(MESSAGES.en);
    const ukOwn = Object.keys(MESSAGES.uk).filter((k) => MESSAGES.uk[k] !== MESSAGES.en[k] || k === 'extName');
    expect(en.filter((k) => !Object.hasOwn(MESSAGES.uk, k))).toEqual([]);
    expect(ukOwn.length).toBeGreaterThan(0);
  });
});
