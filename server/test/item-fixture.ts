import type { ItemDefinition } from '../src/modules/catalogue/definition.js';

/** A small, valid 食品经营许可 definition for API tests; tests change what they need. */
export function foodLicence(overrides: Partial<ItemDefinition> = {}): ItemDefinition {
  return {
    name: '食品经营许可',
    nameEn: 'Food business licence',
    basicCode: '330217001',
    implementationCode: '11330900MB0000000X0001',
    handlingLevel: 'city',
    intakeLevels: ['city', 'county'],
    caseType: 'promised',
    legalBasis: [{ law: '《中华人民共和国食品安全法》', article: '第三十五条' }],
    conditions: ['具有与经营的食品品种、数量相适应的经营场所'],
    materials: [
      { key: 'application', name: '食品经营许可申请书', requirement: 'required', originals: 1, copies: 0, notes: '' },
      { key: 'licence_copy', name: '营业执照复印件', requirement: 'required', originals: 0, copies: 1, notes: '' },
      {
        key: 'layout',
        name: '经营场所平面布局图',
        requirement: 'tolerable',
        originals: 1,
        copies: 0,
        notes: '可容缺后补',
      },
    ],
    process: [
      { key: 'accept', name: '受理', role: 'window_clerk', limit: { value: 1, unit: 'working_days', explanation: '' } },
      { key: 'review', name: '审查', role: 'approver', limit: { value: 3, unit: 'working_days', explanation: '' } },
      {
        key: 'decide',
        name: '决定',
        role: 'department_head',
        limit: { value: 1, unit: 'working_days', explanation: '' },
      },
    ],
    legalLimit: { value: 20, unit: 'working_days', explanation: '《行政许可法》第四十二条' },
    promisedLimit: { value: 5, unit: 'working_days', explanation: '承诺件' },
    fees: [],
    onlineApplication: true,
    joint: null,
    formSchema: {
      type: 'object',
      required: ['businessName', 'businessArea'],
      properties: {
        businessName: { type: 'string', title: '经营者名称', minLength: 2 },
        businessArea: { type: 'number', title: '经营面积（平方米）', minimum: 1 },
      },
    },
    formUi: {},
    certificate: { type: '食品经营许可证', validity: '5年' },
    audience: ['enterprise', 'person'],
    themes: ['开办餐饮店'],
    keywords: ['餐饮', '饭店', '小吃'],
    office: {
      address: '舟山市新城千岛路行政中心一楼',
      window: '08号窗口',
      hours: '周一至周五 8:30-12:00, 13:30-17:30',
      telephone: '0580-2280008',
    },
    ...overrides,
  };
}
