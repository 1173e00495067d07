import { useState } from 'react';
import { useLocation, useParams } from 'react-router';
import { ApiError } from '../../../api/client';
import { useLoad } from '../../../api/use-load';
import { useT } from '../../../i18n';
import { limitText } from '../../portal/catalogue/labels';
import type { Guide } from '../../portal/catalogue/types';
import { useDepartmentNames } from '../../portal/guide/department-names';
import {
  GuideSection,
  GuideSectionContent,
  guideSectionIds,
  type GuideSectionId,
} from '../../portal/guide/guide-sections';
import { usePortalT } from '../../portal/i18n';
import { GuideMapLink } from '../map/guide-map-link';
import { KioskScreen } from '../screen';
import { KioskEmpty, KioskError, KioskLoading } from '../states';
import '../../portal/portal.css';
import './guide.css';
import { useLocalName } from '../../../i18n/local-name';

function Facts({ guide }: { guide: Guide }) {
  const t = useT().kiosk.guide;
  const pt = usePortalT();
  const d = guide.definition;
  const fact = (label: string, value: string, testId: string) => (
    <div className="tbk-fact" data-testid={testId}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <dl className="tbk-facts">
      {fact(pt.guide.promisedLimit, limitText(pt, d.promisedLimit), 'kiosk-fact-limit')}
      {fact(t.fees, d.fees.length === 0 ? t.free : t.charged, 'kiosk-fact-fees')}
      {fact(t.window, d.office.window, 'kiosk-fact-window')}
    </dl>
  );
}

/**
 * One item's 办事指南 on the kiosk: the same published version and the same sections as the
 * website, one section at a time behind large buttons instead of one long page.
 */
export function ItemGuidePage() {
  const t = useT().kiosk.guide;
  const g = usePortalT().guide;
  const named = useLocalName();
  const { itemId = '' } = useParams();
  const from = (useLocation().state as { from?: unknown } | null)?.from;
  const { data: guide, error, reload } = useLoad<Guide>(`/api/catalogue/items/${encodeURIComponent(itemId)}`);
  const names = useDepartmentNames(guide?.definition.joint ? { name: guide.centreName } : null);
  const [section, setSection] = useState<GuideSectionId>('basic');

  const back = {
    to:
      typeof from === 'string' && from.startsWith('/kiosk/guide')
        ? from
        : guide
          ? `/kiosk/guide?department=${encodeURIComponent(guide.departmentName)}`
          : '/kiosk/guide',
    label: t.backToList,
  };
  const missing = error instanceof ApiError && (error.status === 404 || error.status === 400);

  return (
    <KioskScreen
      title={guide ? named(guide.definition.name, guide.definition.nameEn) : t.title}
      back={back}
      testId="kiosk-guide"
    >
      {missing ? (
        <KioskEmpty text={t.notFound} testId="kiosk-guide-missing" />
      ) : error ? (
        <KioskError error={error} onRetry={reload} />
      ) : !guide ? (
        <KioskLoading />
      ) : (
        <>
          <p className="tbk-guide__meta">
            {named(guide.departmentName, guide.departmentNameEn)} · {named(guide.centreName, guide.centreNameEn)}
          </p>
          <Facts guide={guide} />
          <GuideMapLink guide={guide} />
          <div className="tbk-sections" role="group" aria-label={t.sectionsLabel}>
            {guideSectionIds.map((id) => (
              <button
                key={id}
                type="button"
                className={id === section ? 'tbk-section-button tbk-section-button--on' : 'tbk-section-button'}
                aria-pressed={id === section}
                data-testid={`kiosk-section-${id}`}
                onClick={() => setSection(id)}
              >
                {g[id]}
              </button>
            ))}
          </div>
          <div className="tbk-guide__section" data-testid="kiosk-guide-section" data-section={section}>
            <GuideSection id={section} title={g[section]}>
              <GuideSectionContent
                id={section}
                definition={guide.definition}
                departmentName={named(guide.departmentName, guide.departmentNameEn)}
                centreName={named(guide.centreName, guide.centreNameEn)}
                departmentNames={names}
                links={false}
              />
            </GuideSection>
          </div>
        </>
      )}
    </KioskScreen>
  );
}
