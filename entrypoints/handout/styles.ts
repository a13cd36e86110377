/** The handout's stylesheet: used on the page and inlined into "Save as HTML" files. */
export const HANDOUT_CSS = `
:root { color-scheme: light; }
body { font: 16px/1.55 Georgia, 'Times New Roman', serif; color: #111; background: #fff; margin: 0; }
main { max-width: 42rem; margin: 0 auto; padding: 1.5rem; }
.toolbar { font: 14px system-ui, sans-serif; display: flex; gap: .5rem; align-items: center; padding: .5rem 1.5rem;
  border-bottom: 1px solid #ddd; background: #f8fafc; }
.toolbar button, .toolbar select { font: inherit; padding: .3rem .7rem; }
h1 { font-size: 1.7rem; line-height: 1.2; margin: 0 0 .4rem; }
.meta { font: 13px system-ui, sans-serif; color: #444; margin: 0 0 1.2rem; }
.meta .url { word-break: break-all; }
mark { background: #fef08a; color: inherit; padding: 0 .1em; }
.context, .teacher-notes { border-top: 2px solid #111; margin-top: 2rem; padding-top: .5rem; }
.context h2, .teacher-notes h2 { font: 600 1.1rem system-ui, sans-serif; }
.context h3 { font: 600 .95rem system-ui, sans-serif; margin: 1rem 0 .3rem; }
.context li, .teacher-notes li { margin-bottom: .5rem; }
blockquote { margin: .2rem 0; padding-left: .7rem; border-left: 3px solid #ca8a04; font-style: italic; }
.small { font-size: .85rem; color: #444; }
.error { color: #991b1b; }
@media print {
  .toolbar { display: none; }
  main { max-width: none; padding: 0; }
  body { font-size: 11pt; }
  mark { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h1, h2, h3 { break-after: avoid; }
  li, blockquote { break-inside: avoid; }
}
@page { margin: 18mm 16mm; }
`;

export const PAGE_SIZE_CSS = {
  A4: '@page { size: A4; }',
  Letter: '@page { size: letter; }',
} as const;
