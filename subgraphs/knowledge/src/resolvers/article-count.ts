import type { ArticleService } from '../services/article-service.js';
import type { ArticleFilter, Audience } from '../articles/article-queries.js';

const COUNT_PAGE = 100;

/**
 * `totalCount` for the articles connection. The engine has no count query yet, so this walks the
 * pages the way a client would; it runs only when a client asks for `totalCount`. Replace it with
 * `ArticleService.countArticles(filter, audience)` once the engine offers one.
 */
export async function countArticles(articles: ArticleService, filter: ArticleFilter, audience: Audience): Promise<number> {
  let total = 0;
  let after: string | undefined;
  for (;;) {
    const page = await articles.listArticles(filter, COUNT_PAGE, after, audience);
    total += page.nodes.length;
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return total;
    after = page.pageInfo.endCursor;
  }
}
