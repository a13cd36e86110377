/**
 * The DOM-free engine: article text in, story decision and mentions out. The content script and the
 * command line both call `analyze`; only how they read the page differs.
 */
import { type Detection, detectStory, MIN_UKRAINE_HITS } from './detect/detect';
import { type MatchIndex, PatternKind } from './match/match-index';
import { type FoundMention, Matcher } from './match/matcher';
import { foldPhrase, foldText } from './text/fold';

export interface ArticleText {
  /** The article region's text nodes, concatenated. */
  text: string;
  /** Offsets in `text` where a block boundary stands. */
  breaks: number[];
  /** The headline (og:title, h1 or document title), scanned apart so it can weigh more. */
  headline: string;
  articleDate: string | null;
}

export interface Analysis {
  detection: Detection;
  /** Entity mentions in document order, as offsets into ArticleText.text. */
  mentions: FoundMention[];
}

export class Engine {
  private matcher: Matcher | undefined;
  private anchors: RegExp | undefined;

  constructor(readonly index: MatchIndex) {}

  /**
   * Cheap first look: could this text be about the story at all? Detection needs Ukraine (or a
   * Ukrainian party) named at least twice, so pages with fewer of those stop here and pay only this
   * pass. Anchors are loose prefixes of those phrases: they never count fewer hits than the matcher.
   */
  mightBeStory(text: string, headline: string): boolean {
    this.anchors ??= anchorPattern(this.index);
    let hits = 0;
    for (const part of [headline, text]) {
      this.anchors.lastIndex = 0;
      while (this.anchors.exec(part)) if (++hits >= MIN_UKRAINE_HITS) return true;
    }
    return false;
  }

  /** Whether the matcher is built (the first story-like page of a tab builds it). */
  get prepared(): boolean {
    return this.matcher !== undefined;
  }

  /** Builds the matcher now (`analyze` builds it on demand otherwise). */
  prepare(): void {
    this.matcher ??= new Matcher(this.index);
  }

  analyze(article: ArticleText): Analysis {
    this.matcher ??= new Matcher(this.index);
    const body = this.matcher.match(foldText(article.text, article.breaks), article.text);
    const headline = article.headline ? this.matcher.match(foldText(article.headline), article.headline) : null;
    const detection = detectStory(this.index, body, headline, article.articleDate);
    return { detection, mentions: body.mentions };
  }

  /** Mentions only (for annotating on request a page that was not detected). */
  mentionsIn(article: ArticleText): FoundMention[] {
    this.matcher ??= new Matcher(this.index);
    return this.matcher.match(foldText(article.text, article.breaks), article.text).mentions;
  }
}

/** One case-insensitive pattern of the Ukraine-group phrases, as loose prefixes. */
function anchorPattern(index: MatchIndex): RegExp {
  const stems = new Set<string>();
  const ukraineSignals = new Set(index.signals.flatMap((s, i) => (s.group === 'ukraine' ? [i] : [])));
  const ukraineEntities = new Set(index.entitySignals.filter((s) => s.group === 'ukraine').map((s) => s.entity));
  for (const p of index.patterns) {
    const isAnchor =
      (p.kind === PatternKind.Signal && ukraineSignals.has(p.target)) ||
      (p.kind === PatternKind.Entity && ukraineEntities.has(p.target));
    // The first word (up to 6 letters) is enough for a prefilter; the matcher decides properly.
    if (isAnchor) stems.add(foldPhrase(p.text).split(' ')[0]?.slice(0, 6) ?? '');
  }
  stems.delete('');
  const escaped = [...stems].map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(escaped.length ? escaped.join('|') : '$^', 'gi');
}
