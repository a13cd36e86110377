/**
 * Which page changes are the article itself changing: client-rendered and single-page sites render
 * (or re-render) the article after the gate's first look, and such a change deserves another look
 * at once, unlike an ad, a ticker or a menu changing elsewhere on the page.
 */

/** Text under these is code or data, not prose. */
const NOT_PROSE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
/** Records looked at per batch: a page that changes thousands of nodes at once is not worth more. */
const MAX_RECORDS = 64;

/**
 * Whether `records` change text inside `region` (the article region the last look found), or replace
 * the region itself (it left the document) with other text.
 */
export function changesArticleText(records: readonly MutationRecord[], region: Element | undefined): boolean {
  const detached = !region?.isConnected;
  const n = Math.min(records.length, MAX_RECORDS);
  for (let i = 0; i < n; i++) {
    const record = records[i] as MutationRecord;
    if (!detached && !(region as Element).contains(record.target)) continue;
    if (record.type === 'characterData') return true;
    if (hasText(record.addedNodes) || hasText(record.removedNodes)) return true;
  }
  return false;
}

function hasText(nodes: NodeList): boolean {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as Node;
    if (node.nodeType === 3 /* Node.TEXT_NODE */ && (node as Text).data.trim()) return true;
    if (node.nodeType === 1 /* Node.ELEMENT_NODE */ && !NOT_PROSE.has(node.nodeName) && node.textContent?.trim())
      return true;
  }
  return false;
}
