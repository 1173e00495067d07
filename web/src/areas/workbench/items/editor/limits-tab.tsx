import { usePortalT } from '../../../portal/i18n';
import { LimitInput } from './limit-input';
import { limitProblem } from './problems';
import type { TabProps } from './tab-props';

/** 法定时限 / 承诺时限 with their explanations; promised above legal is flagged while typing. */
export function LimitsTab({ d, update }: TabProps) {
  const t = usePortalT();
  const f = t.editor.fieldNames;
  const live = limitProblem(d, t);
  return (
    <div className="tbi-grid">
      <div>
        <LimitInput
          label={f.legalLimit}
          path="legalLimit"
          value={d.legalLimit}
          onChange={(v) => update((x) => ({ ...x, legalLimit: v }))}
          testId="legal-limit"
        />
      </div>
      <div>
        <LimitInput
          label={f.promisedLimit}
          path="promisedLimit"
          value={d.promisedLimit}
          onChange={(v) => update((x) => ({ ...x, promisedLimit: v }))}
          testId="promised-limit"
        />
        {live && (
          <div className="tbi-problem-text" role="alert" data-testid="promised-above-legal">
            {live.message}
          </div>
        )}
      </div>
      <p className="tbi-wide tbi-hint">{t.guide.limitsNote}</p>
    </div>
  );
}
