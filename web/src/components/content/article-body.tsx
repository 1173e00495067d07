import { useContentT, day } from './i18n';
import './content.css';

/**
 * An article's text: plain text split into paragraphs at blank lines, lines kept within them.
 * Rendered as React text nodes only, so nothing typed by an editor can become markup or script.
 */
export function ArticleBody({ body, className = 'tb-article__body' }: { body: string; className?: string }) {
  const paragraphs = body.split(/\n\s*\n/).filter((p) => p.trim().length > 0);
  return (
    <div className={className} data-testid="article-body">
      {paragraphs.map((p, i) => (
        <p key={i}>
          {p.split('\n').map((line, j) => (
            <span key={j}>
              {j > 0 && <br />}
              {line}
            </span>
          ))}
        </p>
      ))}
    </div>
  );
}

/** R-WEB-6: "本页由 … 负责维护，更新于 …" under every page. */
export function OwnershipLine({ owner, updatedAt }: { owner: string; updatedAt: string }) {
  const t = useContentT();
  return (
    <p className="tb-article__owner" data-testid="article-ownership">
      {t.ownership(owner, day(updatedAt))}
    </p>
  );
}

/** A link to another site: a new window that cannot reach back into this one (R-OPS-3). */
export function ExternalLink({ href, children, testId }: { href: string; children: string; testId?: string }) {
  const t = useContentT();
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" data-testid={testId}>
      {children}
      <span className="tb-visually-hidden">{t.externalHint}</span>
    </a>
  );
}
