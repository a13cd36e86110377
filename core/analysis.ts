/**
 * The analysis, DOM-free: article text in, story decision and mentions out. The background (for the
 * engine bundle on a page, background/analysis.ts) and the command line both call `analyze`; only how
 * they read the page differs. ("Engine" is the page bundle, entrypoints/engine.content.ts; this is the
 * analysis it asks the background for.)
 */
import { type Detection, detectStory } from './detect/detect';
import { articleFeatures, type Feature, type Scanned } from './detect/features';
import { type AnchorGroup, type Anchors, anchorPattern, hasAnchorHits, SCRIPTS } from './detect/prefilter';
import { type MatchIndex, PatternKind } from './match/match-index';
import { type FoundMention, Matcher } from './match/matcher';
import type { AnalysisReply } from './messages/analysis';
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

export class StoryAnalyzer {
  private matcher: Matcher | undefined;
  private anchors: Anchors | undefined;

  constructor(readonly index: MatchIndex) {}

  /**
   * Cheap first look: could this text be about the story at all? Detection needs Ukraine (or a
   * Ukrainian party) named at least twice, so pages with fewer of those stop here and pay only this
   * pass. Anchors are loose prefixes of those phrases: they never count fewer hits than the matcher.
   */
  mightBeStory(text: string, headline: string): boolean {
    this.anchors ??= anchorPattern(anchorSource(this.index));
    return hasAnchorHits(this.anchors, [headline, text]);
  }

  analyze(article: ArticleText): Analysis {
    const { body, headline } = this.read(article);
    const detection = detectStory(this.index, body, headline, article.articleDate);
    return { detection, mentions: body.result.mentions };
  }

  /** The features detection weighs (for training and evaluating the detector). */
  features(article: ArticleText): Feature[] {
    const { body, headline } = this.read(article);
    return articleFeatures(this.index, body, headline, article.articleDate);
  }

  private read(article: ArticleText): { body: Scanned; headline: Scanned | null } {
    // The automaton arrives prebuilt in the index (core/match/automaton-pack.ts): wrapping it is cheap.
    this.matcher ??= new Matcher(this.index);
    const matcher = this.matcher;
    const folded = foldText(article.text, article.breaks);
    const body = { folded, result: matcher.match(folded, article.text) };
    let headline: Scanned | null = null;
    if (article.headline) {
      const head = foldText(article.headline);
      headline = { folded: head, result: matcher.match(head, article.headline) };
    }
    return { body, headline };
  }
}

/**
 * The prefilter's anchors (see `anchorPattern`): a word of every Ukraine-group phrase, cut to six
 * letters, lowercase, both as written and with its diacritics folded (a page may write "Ucrânia" or
 * "Ucrania": the matcher counts both), grouped by script. Every real hit contains one of its anchors,
 * so anchors never undercount.
 */
export function anchorSource(index: MatchIndex): AnchorGroup[] {
  const stems = new Map<string, Set<string>>();
  const ukraineSignals = new Set(index.signals.flatMap((s, i) => (s.group === 'ukraine' ? [i] : [])));
  const ukraineEntities = new Set(index.entitySignals.filter((s) => s.group === 'ukraine').map((s) => s.entity));
  const add = (stem: string) => {
    if (!stem) return;
    const script = Object.keys(SCRIPTS).find((name) => new RegExp(SCRIPTS[name] as string).test(stem.charAt(0))) ?? '';
    let set = stems.get(script);
    if (!set) stems.set(script, (set = new Set()));
    set.add(stem);
  };
  for (const p of index.patterns) {
    const isAnchor =
      (p.kind === PatternKind.Signal && ukraineSignals.has(p.target)) ||
      (p.kind === PatternKind.Entity && ukraineEntities.has(p.target));
    if (!isAnchor) continue;
    // A person's alias by its last word (the surname, not a common first name); a phrase by its longest.
    const folded = foldPhrase(p.text).split(' ');
    const written = p.text.toLowerCase().split(/\s+/).filter(Boolean);
    const pick = (words: string[]) =>
      p.kind === PatternKind.Entity
        ? (words[words.length - 1] ?? '')
        : words.reduce((a, b) => (b.length > a.length ? b : a), '');
    add(pick(folded).slice(0, 6));
    if (written.length === folded.length) add(pick(written).slice(0, 6));
  }
  const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...stems]
    .sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b)))
    .map(([name, set]) => ({
      script: name ? (SCRIPTS[name] as string) : '',
      source: [...set].map(escapeRegExp).join('|'),
    }));
}

/** An analysis as the background sends it to a page (core/messages/analysis.ts): ids and kinds resolved. */
export function analysisReply(analyzer: StoryAnalyzer, article: ArticleText): AnalysisReply {
  const { detection, mentions } = analyzer.analyze(article);
  const { entities, storyId } = analyzer.index;
  return {
    storyId,
    detection,
    mentions: mentions.map((m) => {
      const entity = entities[m.entity] as MatchIndex['entities'][number];
      return { entity: m.entity, entityId: entity.id, kind: entity.kind, start: m.start, end: m.end };
    }),
  };
}
