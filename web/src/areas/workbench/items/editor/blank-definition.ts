import type { ItemDefinition } from '../../../portal/catalogue/types';

/** A new item's starting point: the usual three steps and the statutory 20 working days. */
export function blankDefinition(office: { window: string; address: string; telephone: string }): ItemDefinition {
  const day = (value: number) => ({ value, unit: 'working_days' as const, explanation: '' });
  return {
    name: '',
    nameEn: '',
    basicCode: '',
    implementationCode: '',
    handlingLevel: 'city',
    intakeLevels: ['city'],
    caseType: 'promised',
    legalBasis: [{ law: '', article: '' }],
    conditions: [''],
    materials: [],
    process: [
      { key: 'accept', name: '受理', role: 'window_clerk', parallelGroup: null, limit: day(1) },
      { key: 'review', name: '审查', role: 'approver', parallelGroup: null, limit: day(3) },
      { key: 'decide', name: '决定', role: 'department_head', parallelGroup: null, limit: day(1) },
    ],
    legalLimit: day(20),
    promisedLimit: day(5),
    fees: [],
    onlineApplication: false,
    joint: null,
    formSchema: { type: 'object', properties: {}, required: [] },
    formUi: {},
    certificate: null,
    audience: ['person'],
    themes: [],
    keywords: [],
    office: { ...office, hours: '周一至周五 8:30-12:00, 13:30-17:30（法定节假日除外）' },
  };
}
