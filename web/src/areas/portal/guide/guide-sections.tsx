import type { ReactNode } from 'react';
import { limitText } from '../catalogue/labels';
import type { ItemDefinition } from '../catalogue/types';
import { usePortalT } from '../i18n';
import { FeesTable } from './fees-table';
import { MaterialsTable } from './materials-table';
import { ProcessSteps } from './process-steps';
import { DefinitionRow as Row } from '../../../components/definition-row';

/** The sections of a guide, in the order the website and the kiosk show them. */
export const guideSectionIds = [
  'basic',
  'basis',
  'conditions',
  'materials',
  'process',
  'limits',
  'fees',
  'office',
] as const;
export type GuideSectionId = (typeof guideSectionIds)[number];

export type GuideContentProps = {
  definition: ItemDefinition;
  departmentName: string;
  centreName: string;
  /** Department id → name, to name a joint item's departments; '…' while unknown. */
  departmentNames?: Record<string, string>;
  /**
   * False on the hall's kiosk, which can neither download a form nor dial a number: the forms
   * column and the telephone link are left out, the number is shown as text.
   */
  links?: boolean;
};

/** One titled section of the guide (the website lists them all; the kiosk shows one at a time). */
export function GuideSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="tbp-guide__section" id={`guide-${id}`} aria-labelledby={`guide-${id}-title`}>
      <h2 id={`guide-${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

function BasicFacts({ definition: d, departmentName, centreName, departmentNames = {} }: GuideContentProps) {
  const t = usePortalT();
  const g = t.guide;
  const sep = t.common.separator;
  const deptName = (id: string) => departmentNames[id] ?? '…';
  return (
    <dl className="tbp-dl">
      <Row label={g.name} testId="guide-name">
        {d.name}
      </Row>
      <Row label={g.code}>{d.basicCode}</Row>
      <Row label={g.implementationCode}>{d.implementationCode}</Row>
      <Row label={g.department}>{departmentName}</Row>
      <Row label={g.centre}>{centreName}</Row>
      <Row label={g.level}>{t.labels.level[d.handlingLevel]}</Row>
      <Row label={g.intake}>{d.intakeLevels.map((l) => t.labels.level[l]).join(sep)}</Row>
      <Row label={g.caseType}>{t.labels.caseType[d.caseType]}</Row>
      <Row label={g.audience}>{d.audience.map((a) => t.labels.audience[a]).join(sep)}</Row>
      {d.joint && (
        <Row label={g.joint}>
          <p className="tbp-dl__p">{g.jointNote}</p>
          <p className="tbp-dl__p">
            {g.jointLead}
            {t.common.colon}
            {deptName(d.joint.leadDepartmentId)}
          </p>
          <p className="tbp-dl__p">
            {g.jointCo}
            {t.common.colon}
            {d.joint.coDepartmentIds.map(deptName).join(sep)}
          </p>
        </Row>
      )}
      <Row label={g.certificate}>
        {d.certificate ? (
          <>
            {d.certificate.type}
            {d.certificate.validity && ` · ${g.validity}${t.common.colon}${d.certificate.validity}`}
          </>
        ) : (
          g.noCertificate
        )}
      </Row>
    </dl>
  );
}

function LimitsFacts({ definition: d }: { definition: ItemDefinition }) {
  const t = usePortalT();
  const g = t.guide;
  return (
    <>
      <dl className="tbp-dl tbp-limits">
        <Row label={g.legalLimit} testId="guide-legal-limit">
          <strong>{limitText(t, d.legalLimit)}</strong>
          {d.legalLimit.explanation && <span className="tbp-why">{d.legalLimit.explanation}</span>}
        </Row>
        <Row label={g.promisedLimit} testId="guide-promised-limit">
          <strong className="tbp-promised">{limitText(t, d.promisedLimit)}</strong>
          {d.promisedLimit.explanation && <span className="tbp-why">{d.promisedLimit.explanation}</span>}
        </Row>
      </dl>
      <p className="tbp-note">{g.limitsNote}</p>
    </>
  );
}

function OfficeFacts({ office, links }: { office: ItemDefinition['office']; links: boolean }) {
  const g = usePortalT().guide;
  return (
    <dl className="tbp-dl">
      <Row label={g.address}>{office.address}</Row>
      <Row label={g.window} testId="guide-window">
        {office.window}
      </Row>
      <Row label={g.hours}>{office.hours}</Row>
      <Row label={g.telephone}>
        {links ? <a href={`tel:${office.telephone.replace(/[^\d+]/g, '')}`}>{office.telephone}</a> : office.telephone}
      </Row>
    </dl>
  );
}

/** What one section of the guide holds, without its title. */
export function GuideSectionContent({ id, links = true, ...props }: GuideContentProps & { id: GuideSectionId }) {
  const d = props.definition;
  switch (id) {
    case 'basic':
      return <BasicFacts {...props} />;
    case 'basis':
      return (
        <ol className="tbp-list" data-testid="guide-basis">
          {d.legalBasis.map((b) => (
            <li key={`${b.law}${b.article}`}>
              {b.law} {b.article}
            </li>
          ))}
        </ol>
      );
    case 'conditions':
      return (
        <ol className="tbp-list">
          {d.conditions.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ol>
      );
    case 'materials':
      return <MaterialsTable materials={d.materials} downloads={links} />;
    case 'process':
      return <ProcessSteps steps={d.process} />;
    case 'limits':
      return <LimitsFacts definition={d} />;
    case 'fees':
      return <FeesTable fees={d.fees} />;
    case 'office':
      return <OfficeFacts office={d.office} links={links} />;
  }
}
