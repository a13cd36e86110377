/** News sites Backstory runs on by default (each host and its subdomains). */
export const DEFAULT_SITES = [
  'apnews.com',
  'reuters.com',
  'bbc.com',
  'bbc.co.uk',
  'theguardian.com',
  'nytimes.com',
  'washingtonpost.com',
  'wsj.com',
  'cnn.com',
  'foxnews.com',
  'nbcnews.com',
  'cbsnews.com',
  'abcnews.go.com',
  'npr.org',
  'politico.com',
  'politico.eu',
  'axios.com',
  'thehill.com',
  'usatoday.com',
  'csmonitor.com',
  'bloomberg.com',
  'ft.com',
  'economist.com',
  'theatlantic.com',
  'time.com',
  'newsweek.com',
  'aljazeera.com',
  'dw.com',
  'france24.com',
  'euronews.com',
  'lemonde.fr',
  'spiegel.de',
  'elpais.com',
  'kyivindependent.com',
  'kyivpost.com',
  'pravda.com.ua',
  'ukrinform.net',
  'rferl.org',
] as const;

/** Match patterns for a host and all its subdomains. */
function matchPatternsFor(host: string): string[] {
  return [`https://${host}/*`, `https://*.${host}/*`];
}

export const DEFAULT_MATCH_PATTERNS: string[] = DEFAULT_SITES.flatMap(matchPatternsFor);

/** The default site a hostname belongs to, if any. */
export function defaultSiteOf(hostname: string): string | undefined {
  const h = hostname.toLowerCase();
  return DEFAULT_SITES.find((site) => h === site || h.endsWith(`.${site}`));
}
