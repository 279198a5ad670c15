import type { ArticleRepository } from './article-repository.js';
import { NearDuplicateDetector } from './near-duplicate-detector.js';

/**
 * The near-duplicate detector over every stored article, shared by article writes and imports:
 * loaded from the graph on first use, then kept current by each write (`remember`).
 */
export class ArticleDuplicates {
  private loaded: Promise<NearDuplicateDetector> | undefined;

  constructor(private readonly articles: ArticleRepository) {}

  detector(): Promise<NearDuplicateDetector> {
    this.loaded ??= (async () => {
      const detector = new NearDuplicateDetector();
      let after = '';
      for (;;) {
        const page = await this.articles.listIds({}, 500, after);
        for (const article of await this.articles.findByIds(page.ids)) detector.remember(article.id, `${article.title}\n${article.body}`);
        if (!page.hasMore) return detector;
        after = page.ids.at(-1)!;
      }
    })();
    return this.loaded;
  }
}
