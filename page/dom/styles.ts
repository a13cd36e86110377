/**
 * Loads a stylesheet into our shadow root by script. A constructed sheet (adoptedStyleSheets) is CSSOM,
 * which no page CSP governs; where adopting fails (Firefox content scripts may refuse a sheet built in
 * the content script's compartment) a <style> element created by script is the fallback.
 */
export function loadStyles(shadow: ShadowRoot, css: string): 'adopted' | 'style-element' {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
    if (shadow.adoptedStyleSheets.includes(sheet)) return 'adopted';
  } catch {
    // fall through
  }
  const style = document.createElement('style');
  style.textContent = css;
  shadow.prepend(style);
  return 'style-element';
}
