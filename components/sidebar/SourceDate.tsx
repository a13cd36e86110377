/** Sources' dates and publishers in the sidebar. A source's date in the reader's format: when it was published, or when an undated page was retrieved. */
import type { Source } from '../../data/schema';
import { d, t } from '../../shared/i18n';

export function SourceDate({ source }: { source: Pick<Source, 'published' | 'retrieved'> }) {
  if (source.published) return <time dateTime={source.published}>{d(source.published)}</time>;
  const retrieved = source.retrieved ?? '';
  return (
    <>
      {t('sbRetrieved')} <time dateTime={retrieved}>{d(retrieved)}</time>
    </>
  );
}

/** "AP, via Dayton Daily News": who wrote a source, and the copy that was read (names as written). */
export function Publisher({ source }: { source: Pick<Source, 'publisher' | 'via'> }) {
  return source.via ? (
    <>
      <span lang="en">{source.publisher}</span>, {t('sbVia')} <span lang="en">{source.via}</span>
    </>
  ) : (
    <span lang="en">{source.publisher}</span>
  );
}
