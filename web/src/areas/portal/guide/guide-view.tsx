import type { ReactNode } from 'react';
import { limitText } from '../catalogue/labels';
import type { ItemDefinition } from '../catalogue/types';
import { usePortalT } from '../i18n';
import { FeesTable } from './fees-table';
import { MaterialsTable } from './materials-table';
import { ProcessSteps } from './process-steps';

type Props = {
  definition: ItemDefinition;
  departmentName: string;
  centreName: string;
  /** Department id → name, to name a joint item's departments; '…' while unknown. */
  departmentNames?: Record<string, string>;
};

function Row({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="tbp-dl__row" data-testid={testId}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="tbp-guide__section" id={`guide-${id}`} aria-labelledby={`guide-${id}-title`}>
      <h2 id={`guide-${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

/**
 * Everything an item publishes (R-LAW-9, R-WEB-2), read-only. The public guide and the
 * supervisor's review of a draft show the same view, so what is reviewed is what goes live.
 */
export function GuideView({ definition: d, departmentName, centreName, departmentNames = {} }: Props) {
  const t = usePortalT();
  const g = t.guide;
  const sep = t.common.separator;
  const deptName = (id: string) => departmentNames[id] ?? '…';
  const sections = [
    ['basic', g.basic],
    ['basis', g.basis],
    ['conditions', g.conditions],
    ['materials', g.materials],
    ['process', g.process],
    ['limits', g.limits],
    ['fees', g.fees],
    ['office', g.office],
  ] as const;

  return (
    <div className="tbp-guide__body">
      <nav className="tbp-toc" aria-label={g.contents}>
        {sections.map(([id, title]) => (
          <a key={id} href={`#guide-${id}`}>
            {title}
          </a>
        ))}
      </nav>

      <Section id="basic" title={g.basic}>
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
      </Section>

      <Section id="basis" title={g.basis}>
        <ol className="tbp-list" data-testid="guide-basis">
          {d.legalBasis.map((b) => (
            <li key={`${b.law}${b.article}`}>
              {b.law} {b.article}
            </li>
          ))}
        </ol>
      </Section>

      <Section id="conditions" title={g.conditions}>
        <ol className="tbp-list">
          {d.conditions.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ol>
      </Section>

      <Section id="materials" title={g.materials}>
        <MaterialsTable materials={d.materials} />
      </Section>

      <Section id="process" title={g.process}>
        <ProcessSteps steps={d.process} />
      </Section>

      <Section id="limits" title={g.limits}>
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
      </Section>

      <Section id="fees" title={g.fees}>
        <FeesTable fees={d.fees} />
      </Section>

      <Section id="office" title={g.office}>
        <dl className="tbp-dl">
          <Row label={g.address}>{d.office.address}</Row>
          <Row label={g.window}>{d.office.window}</Row>
          <Row label={g.hours}>{d.office.hours}</Row>
          <Row label={g.telephone}>
            <a href={`tel:${d.office.telephone.replace(/[^\d+]/g, '')}`}>{d.office.telephone}</a>
          </Row>
        </dl>
      </Section>
    </div>
  );
}
