import { AppLink } from '../../ui/components/app-link';
import type { DraftCitation } from '../ticket-types';

/** The articles a reply cites, as links to read them in full (titles, never ids). */
export function CitationLinks({ articles, linkTo }: { articles: DraftCitation['article'][]; linkTo: (articleId: string) => string }) {
  if (articles.length === 0) return null;
  return (
    <p className="citations">
      Sources:{' '}
      {articles.map((article, index) => (
        <span key={article.id}>
          {index > 0 ? ', ' : null}
          <AppLink to={linkTo(article.id)} className="citation-link">
            {article.title}
          </AppLink>
        </span>
      ))}
    </p>
  );
}
