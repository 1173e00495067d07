import type { EvaluationLevel, EvaluationReason, FollowUpStatus } from '../../api/evaluations';
import { useLang } from '../../i18n';

/**
 * The words of 好差评, shared by the portal, the kiosk, the workbench and supervision so that a
 * level or a reason reads the same everywhere (the national five levels, GB/T 39735 practice).
 */
const zh = {
  levels: { 5: '非常满意', 4: '满意', 3: '基本满意', 2: '不满意', 1: '非常不满意' } as Record<EvaluationLevel, string>,
  reasons: {
    attitude: '服务态度',
    efficiency: '办事效率',
    guidance: '告知指引不清',
    materials: '材料要求繁琐',
    fees: '收费问题',
    other: '其他',
  } as Record<EvaluationReason, string>,
  followUp: { open: '待整改', answered: '待核实', closed: '已办结' } as Record<FollowUpStatus, string>,
  channel: { web: '网站', kiosk: '大厅触摸屏' } as Record<'web' | 'kiosk', string>,
};

const en: typeof zh = {
  levels: { 5: 'Very satisfied', 4: 'Satisfied', 3: 'Fairly satisfied', 2: 'Dissatisfied', 1: 'Very dissatisfied' },
  reasons: {
    attitude: 'Attitude of the staff',
    efficiency: 'Speed of handling',
    guidance: 'Unclear guidance',
    materials: 'Too many materials asked',
    fees: 'Fees',
    other: 'Other',
  },
  followUp: { open: 'To be answered', answered: 'To be verified', closed: 'Closed' },
  channel: { web: 'Website', kiosk: 'Hall kiosk' },
};

export type EvaluationLabels = typeof zh;

export function useEvaluationLabels(): EvaluationLabels {
  return useLang().lang === 'en' ? en : zh;
}

/** The five levels from the best down: the order the choices are offered in. */
export const levelsBestFirst: readonly EvaluationLevel[] = [5, 4, 3, 2, 1];

/** Level 1 or 2 is a poor rating (差评): it opens a follow-up. */
export const isPoor = (level: EvaluationLevel) => level <= 2;
