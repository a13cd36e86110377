/**
 * Which page changes are the article itself changing: client-rendered and single-page sites render
 * (or re-render) the article after the gate's first look, and such a change deserves another look
 * at once, unlike an ad, a ticker or a menu changing elsewhere, or a counter ticking inside it.
 */

/** Text under these is code or data, not prose. */
const NOT_PROSE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
/** Records looked at per batch: a page that changes thousands of nodes at once is not worth more. */
const MAX_RECORDS = 64;
/** Prose a change must bring to count: a paragraph's worth, not a ticking counter or a timestamp. */
export const MIN_NEW_TEXT = 80;

/**
 * Whether `records` bring at least a paragraph of new text into `region` (the article region the
 * last look found), or into the page once that region has left the document (an app replacing it).
 */
export function changesArticleText(records: readonly MutationRecord[], region: Element | undefined): boolean {
  const detached = !region?.isConnected;
  const n = Math.min(records.length, MAX_RECORDS);
  let added = 0;
  for (let i = 0; i < n; i++) {
    const record = records[i] as MutationRecord;
    if (!detached && !(region as Element).contains(record.target)) continue;
    if (record.type === 'characterData') added += (record.target as CharacterData).data.trim().length;
    else added += textLength(record.addedNodes);
    if (added >= MIN_NEW_TEXT) return true;
  }
  return false;
}

function textLength(nodes: NodeList): number {
  let length = 0;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as Node;
    if (node.nodeType === 3 /* Node.TEXT_NODE */) length += (node as Text).data.trim().length;
    else if (node.nodeType === 1 /* Node.ELEMENT_NODE */ && !NOT_PROSE.has(node.nodeName))
      length += node.textContent?.trim().length ?? 0;
  }
  return length;
}
