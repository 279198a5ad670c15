import { AppLink } from '../../ui/components/app-link';
import { splitPassageMarkers } from '../reply-draft-result';

/** A message's text; article passages it cites by id (an AI reply's `[art-…]`) become "source" links, never raw ids. */
export function MessageBody({ body, articleLink }: { body: string; articleLink: (articleId: string) => string }) {
  return (
    <p>
      {splitPassageMarkers(body).map((part, index) =>
        'text' in part ? (
          part.text
        ) : (
          <sup key={index}>
            {' '}
            <AppLink to={articleLink(part.articleId)} className="citation-link" ariaLabel="Source article">
              source
            </AppLink>
          </sup>
        ),
      )}
    </p>
  );
}
