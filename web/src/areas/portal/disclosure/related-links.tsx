import { publicArticlesPath, type PublicPage } from '../../../api/content';
import { useLoad } from '../../../api/use-load';
import { ExternalLink } from '../../../components/content/article-body';
import { useContentT } from '../../../components/content/i18n';
import './disclosure.css';

/**
 * 相关链接 at the foot of every portal page (R-OPS-3): the city government portal and the other
 * sites the centre links to, as its editors keep them. Nothing shows when there are none or the
 * load fails — a footer is no place for an error.
 */
export function RelatedLinks() {
  const t = useContentT();
  const { data } = useLoad<PublicPage>(publicArticlesPath({ channel: 'links', pageSize: 10 }));
  if (!data || data.items.length === 0) return null;
  return (
    <nav className="tbp-links" aria-labelledby="tbp-links-title" data-testid="related-links">
      <h2 id="tbp-links-title" className="tbp-links__title">
        {t.portal.linksTitle}
      </h2>
      <ul className="tbp-links__list">
        {data.items.map((a) =>
          a.url ? (
            <li key={a.id}>
              <ExternalLink href={a.url} testId="related-link">
                {a.title}
              </ExternalLink>
            </li>
          ) : null,
        )}
      </ul>
    </nav>
  );
}
