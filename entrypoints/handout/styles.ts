/**
 * The handout's stylesheet: used on the page and inlined into "Save as HTML" files. In print it is set
 * tight (10 pt text, 12–14 mm margins, the notes smaller, the sources in two columns) so that a typical
 * article with its context fits on two or three A4 pages.
 */
export const HANDOUT_CSS = `
:root { color-scheme: light; }
body { font: 16px/1.55 Georgia, 'Times New Roman', serif; color: #111; background: #fff; margin: 0; }
main { max-width: 42rem; margin: 0 auto; padding: 1.5rem; }
.toolbar { font: 14px system-ui, sans-serif; display: flex; gap: .5rem; align-items: center; padding: .5rem 1.5rem;
  border-bottom: 1px solid #ddd; background: #f8fafc; }
.toolbar button, .toolbar select { font: inherit; padding: .3rem .7rem; }
.choose { font: 14px/1.4 system-ui, sans-serif; max-width: 42rem; margin: .8rem auto 0; padding: .5rem 1rem;
  border: 1px solid #cbd5e1; border-radius: 6px; background: #f8fafc; }
.choose summary { font-weight: 600; cursor: pointer; }
.choose fieldset { border: 0; padding: 0; margin: .5rem 0; }
.choose legend { font-weight: 600; margin-bottom: .2rem; }
.choose .kind-group { margin: .25rem 0; }
.choose .kind-label { display: inline-block; min-width: 7rem; color: #334155; font-weight: 600; }
.choose .kind-group label { display: inline-block; margin: 0 .9rem .2rem 0; }
.choose .presets { display: flex; flex-wrap: wrap; align-items: center; gap: .4rem; margin: .4rem 0; }
.choose .presets legend { float: left; margin: 0 .4rem 0 0; font-weight: 600; }
.choose .presets button { font: inherit; padding: .25rem .6rem; }
.choose .presets button[aria-pressed="true"] { background: #1e3a8a; color: #fff; border: 1px solid #1e3a8a; }
.choose .switches label { display: block; margin: .2rem 0; }
.choose .count { color: #475569; }
h1 { font-size: 1.7rem; line-height: 1.2; margin: 0 0 .4rem; }
.meta { font: 13px system-ui, sans-serif; color: #444; margin: 0 0 1.2rem; }
.url { word-break: break-all; }
mark { background: #fef08a; color: inherit; padding: 0 .1em; }
sup.ref, sup.tn-ref { font: 700 .7em system-ui, sans-serif; line-height: 0; margin-left: .1em; color: #1e3a8a; }
sup.tn-ref { color: #92400e; }
.tn-passage { text-decoration: underline; text-decoration-color: #ca8a04; text-decoration-thickness: 2px;
  text-underline-offset: 2px; }
.teacher-note { font: .9rem/1.45 system-ui, sans-serif; margin: .2rem 0 1rem 1rem; padding: .35rem .7rem;
  border-left: 3px solid #ca8a04; background: #fefce8; }
.context, .teacher-notes, .sources { border-top: 2px solid #111; margin-top: 1.6rem; padding-top: .3rem; }
.context h2, .teacher-notes h2, .sources h2 { font: 600 1.05rem system-ui, sans-serif; margin: .3rem 0; }
.context .notes { padding-left: 1.6rem; }
.context li, .teacher-notes li { margin-bottom: .4rem; }
.context .kind, .context .checked, .context .src { font: .8em system-ui, sans-serif; color: #475569; }
.source-list { list-style: none; padding: 0; font-size: .8rem; color: #333; }
.source-list li { margin-bottom: .25rem; padding-left: 2.2rem; text-indent: -2.2rem; }
.source-list .sn { display: inline-block; width: 2.2rem; text-indent: 0; font: 700 .9em system-ui, sans-serif; }
blockquote { margin: .2rem 0; padding-left: .7rem; border-left: 3px solid #ca8a04; font-style: italic; }
.small { font-size: .85rem; color: #444; }
.error { color: #991b1b; }
@media print {
  .controls { display: none; }
  main { max-width: none; padding: 0; }
  body { font-size: 10pt; line-height: 1.35; }
  h1 { font-size: 15pt; margin-bottom: 2pt; }
  .meta { font-size: 8.5pt; margin-bottom: 8pt; }
  .article-body p { margin: 0 0 4pt; }
  .article-body h2, .article-body h3 { font-size: 11pt; margin: 8pt 0 3pt; }
  mark { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .teacher-note { font-size: 9pt; margin: 2pt 0 6pt 8pt; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .context, .teacher-notes, .sources { margin-top: 10pt; }
  .context h2, .teacher-notes h2, .sources h2 { font-size: 10.5pt; }
  .context, .teacher-notes { font-size: 9pt; }
  .context .small { font-size: 8.5pt; margin: 2pt 0; }
  .context li { margin-bottom: 2pt; }
  .source-list { font-size: 7.5pt; columns: 2; column-gap: 8mm; }
  .source-list li { margin-bottom: 1.5pt; break-inside: avoid; }
  h1, h2, h3 { break-after: avoid; }
  li, blockquote, .teacher-note { break-inside: avoid; }
}
@page { margin: 12mm 14mm; }
`;

export const PAGE_SIZE_CSS = {
  A4: '@page { size: A4; }',
  Letter: '@page { size: letter; }',
} as const;
