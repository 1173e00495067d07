import { usePortalT } from '../i18n';
import { GuideSection, GuideSectionContent, guideSectionIds, type GuideContentProps } from './guide-sections';

/**
 * Everything an item publishes (R-LAW-9, R-WEB-2), read-only. The public guide and the
 * supervisor's review of a draft show the same view, so what is reviewed is what goes live.
 */
export function GuideView(props: Omit<GuideContentProps, 'links'>) {
  const g = usePortalT().guide;
  return (
    <div className="tbp-guide__body">
      <nav className="tbp-toc" aria-label={g.contents}>
        {guideSectionIds.map((id) => (
          <a key={id} href={`#guide-${id}`}>
            {g[id]}
          </a>
        ))}
      </nav>
      {guideSectionIds.map((id) => (
        <GuideSection key={id} id={id} title={g[id]}>
          <GuideSectionContent id={id} {...props} />
        </GuideSection>
      ))}
    </div>
  );
}
