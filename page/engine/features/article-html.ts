/**
 * Answers the handout page's request for the article (shared/share-actions.ts): the page's HTML, the
 * region text the last scan read and the page state. Only on pages with marked mentions, the pages a
 * handout is made of.
 */
import { ARTICLE_HTML, type ArticleHtmlAnswer } from '../../../core/messages/share';
import { isMessage, listen } from '../../../core/messages/transport';
import type { ContentFeature } from './feature';

export const articleHtml: ContentFeature = {
  name: 'article-html',
  setup({ annotator }, signal) {
    listen(signal, (message): Promise<ArticleHtmlAnswer> | undefined => {
      if (!isMessage(message, ARTICLE_HTML)) return undefined;
      const state = annotator.getState();
      if (state.mentions.length === 0) return undefined;
      return Promise.resolve({
        url: location.href,
        title: document.title,
        html: document.documentElement.outerHTML,
        text: annotator.getRegionText()?.text ?? '',
        state,
      });
    });
  },
};
