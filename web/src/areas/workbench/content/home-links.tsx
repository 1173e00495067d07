import { Link } from 'react-router';
import { useContentT } from '../../../components/content/i18n';

/** The cards to 内部交流 (every post) and 网站维护 (posts that keep pages), on the workbench home. */
export function ContentLinks({ maintain }: { maintain: boolean }) {
  const t = useContentT();
  return (
    <>
      <li>
        <Link to="/workbench/internal" data-testid="link-internal">
          <strong>{t.internal.link}</strong>
          <span>{t.internal.linkHint}</span>
        </Link>
      </li>
      {maintain && (
        <li>
          <Link to="/workbench/website" data-testid="link-website">
            <strong>{t.manage.link}</strong>
            <span>{t.manage.linkHint}</span>
          </Link>
        </li>
      )}
    </>
  );
}
