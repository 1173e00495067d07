import { Steps } from 'antd';
import { limitText } from '../catalogue/labels';
import type { ProcessStep } from '../catalogue/types';
import { usePortalT } from '../i18n';

/** 办理流程 as steps; steps of one parallel group are shown as one step with its branches. */
export function ProcessSteps({ steps }: { steps: ProcessStep[] }) {
  const t = usePortalT();
  const groups: ProcessStep[][] = [];
  for (const step of steps) {
    const last = groups.at(-1);
    if (step.parallelGroup && last?.[0]?.parallelGroup === step.parallelGroup) last.push(step);
    else groups.push([step]);
  }
  const line = (s: ProcessStep) => (
    <span>
      {t.labels.role[s.role]} · {t.guide.stepLimit}
      {t.common.colon}
      {limitText(t, s.limit)}
      {s.limit.explanation && <span className="tbp-step__why">{s.limit.explanation}</span>}
    </span>
  );
  const items = groups.map((group) =>
    group.length === 1
      ? { key: group[0]!.key, status: 'process' as const, title: group[0]!.name, content: line(group[0]!) }
      : {
          status: 'process' as const,
          key: group.map((s) => s.key).join('+'),
          title: `${t.guide.parallel}${t.common.colon}${group.map((s) => s.name).join(t.common.separator)}`,
          content: (
            <ul className="tbp-step__branches">
              {group.map((s) => (
                <li key={s.key}>
                  <strong>{s.name}</strong> {line(s)}
                </li>
              ))}
            </ul>
          ),
        },
  );
  return <Steps className="tbp-steps" orientation="vertical" size="small" items={items} data-testid="guide-process" />;
}
