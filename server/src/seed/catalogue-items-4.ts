/** Demo catalogue: 消防救援支队 (XF) and 生态环境局 (STHJ) items. */
import {
  accept,
  businessLicence,
  cityOffice,
  codes,
  days,
  decide,
  type DemoItem,
  formSchema,
  forms,
  formUi,
  identityMaterial,
  int,
  mat,
  num,
  oneOfEnum,
  powerOfAttorney,
  review,
  str,
} from './catalogue-items-2.js';

const fireForms = forms(
  '公众聚集场所投入使用、营业前消防安全检查申报表',
  [
    ['场所名称', '舟山海悦大酒店'],
    ['场所地址', '舟山市普陀区沈家门街道滨港路200号'],
    ['场所类型', '宾馆、饭店', '□宾馆、饭店 □商场、集贸市场 □客运站候车室 □体育场馆 □公共娱乐场所 □其他'],
    ['建筑面积（平方米）', '6800'],
    ['使用楼层', '地上1-12层'],
    ['消防安全责任人', '林国强'],
    ['消防安全管理人', '周建华'],
    ['采用告知承诺方式', '是', '□是 □否'],
  ],
  [
    '选择告知承诺方式的，对承诺内容的真实性负责，消防救援机构在许可后组织核查。',
    '场所应当依法取得建设工程消防验收或备案手续。',
  ],
);

const fireCheck: DemoItem = {
  departmentCode: 'XF',
  definition: {
    name: '公众聚集场所投入使用、营业前消防安全检查',
    nameEn: 'Fire safety inspection before a public gathering place opens',
    ...codes('XF', 1),
    handlingLevel: 'city',
    intakeLevels: ['city', 'county'],
    caseType: 'promised',
    legalBasis: [
      { law: '《中华人民共和国消防法》', article: '第十五条' },
      { law: '《中华人民共和国行政许可法》', article: '第三十四条（现场核查）' },
    ],
    conditions: [
      '场所已依法通过建设工程消防验收或者进行消防验收备案',
      '消防设施、器材和消防安全标志符合国家标准、行业标准，并保持完好有效',
      '疏散通道、安全出口、消防车通道畅通，符合消防技术标准',
      '制定消防安全制度、灭火和应急疏散预案，员工经消防安全培训',
    ],
    materials: [
      mat('application', '公众聚集场所投入使用、营业前消防安全检查申报表', fireForms),
      businessLicence(),
      identityMaterial('消防安全责任人身份证明'),
      mat('commitment', '消防安全告知承诺书', { notes: '选择告知承诺方式的提交，当场作出许可决定后组织核查' }),
      mat('acceptance', '建设工程消防验收意见书或备案凭证', { originals: 0, copies: 1 }),
      mat('rules', '消防安全制度、灭火和应急疏散预案', {
        requirement: 'tolerable',
        notes: '可容缺受理，现场检查前补交',
      }),
      powerOfAttorney(),
    ],
    process: [accept(days(1)), review('site_check', '现场检查', days(3, '由两名以上消防监督员实施')), decide(days(1))],
    legalLimit: days(10, '《消防法》第十五条：自受理申请之日起10个工作日内检查并作出决定'),
    promisedLimit: days(5, '采用告知承诺方式的当场作出决定'),
    fees: [],
    onlineApplication: true,
    formSchema: formSchema(['venueName', 'venueAddress', 'venueType', 'floorArea', 'commitment'], {
      venueName: str('场所名称'),
      venueAddress: str('场所地址', { maxLength: 120 }),
      venueType: oneOfEnum('场所类型', [
        '宾馆、饭店',
        '商场、集贸市场',
        '客运车站候车室、客运码头候船厅',
        '体育场馆、会堂',
        '公共娱乐场所',
        '其他公众聚集场所',
      ]),
      floorArea: num('建筑面积（平方米）', 1),
      floors: str('使用楼层', { maxLength: 60 }),
      commitment: { type: 'boolean', title: '采用告知承诺方式' },
    }),
    formUi: formUi(['venueName', 'venueAddress', 'venueType', 'floorArea']),
    certificate: { type: '公众聚集场所投入使用、营业前消防安全检查合格证', validity: '长期' },
    audience: ['enterprise'],
    themes: ['开办餐饮店', '开办宾馆', '文化娱乐'],
    keywords: ['消防', '消防检查', '开业检查', '消防安全', '公众聚集场所', '酒店', '商场', 'KTV'],
    office: cityOffice('XF', '消防救援支队'),
  },
};

const permitForms = forms(
  '排污许可证申请表',
  [
    ['单位名称', '舟山市金塘港湾水产冷冻有限公司'],
    ['统一社会信用代码', '91330902MA2C5D6E7F'],
    ['生产经营场所地址', '舟山市定海区金塘镇沥港工业区5号'],
    ['行业类别', '水产品冷冻加工（C1361）'],
    ['管理类别', '简化管理', '□重点管理 □简化管理'],
    ['主要污染物种类', '化学需氧量、氨氮'],
    ['排放去向', '经预处理后纳入金塘污水处理厂'],
  ],
  [
    '申请表须在全国排污许可证管理信息平台填报后打印，签章后提交。',
    '管理类别按《固定污染源排污许可分类管理名录》确定。',
  ],
);

const dischargePermit: DemoItem = {
  departmentCode: 'STHJ',
  definition: {
    name: '排污许可证核发',
    nameEn: 'Pollutant discharge permit',
    ...codes('STHJ', 1),
    handlingLevel: 'city',
    intakeLevels: ['city'],
    caseType: 'promised',
    legalBasis: [
      { law: '《中华人民共和国环境保护法》', article: '第四十五条' },
      { law: '《中华人民共和国水污染防治法》', article: '第二十一条' },
      { law: '《中华人民共和国大气污染防治法》', article: '第十九条' },
      { law: '《排污许可管理条例》', article: '第十二条' },
    ],
    conditions: [
      '依法取得建设项目环境影响报告书（表）批准文件，或者已经办理环境影响登记表备案手续',
      '污染物排放符合污染物排放标准要求，重点污染物排放符合排污许可证申请与核发技术规范、环境影响报告书（表）批准文件、重点污染物排放总量控制要求',
      '采用的污染防治设施或者措施有能力达到许可排放浓度要求',
      '自行监测方案的监测点位、指标、频次等符合国家自行监测规范',
    ],
    materials: [
      mat('application', '排污许可证申请表', { notes: '全国排污许可证管理信息平台填报', ...permitForms }),
      businessLicence(),
      mat('eia_approval', '建设项目环境影响报告书（表）批准文件或环境影响登记表备案材料', { originals: 0, copies: 1 }),
      mat('monitoring_plan', '自行监测方案'),
      mat('commitment', '守法承诺书', { notes: '法定代表人或主要负责人签字' }),
      mat('public_notice', '排污许可证申请前信息公开情况说明', {
        requirement: 'tolerable',
        notes: '实行重点管理的须公开；可容缺受理',
      }),
      powerOfAttorney(),
    ],
    process: [
      accept(days(1)),
      review('technical_review', '技术审查', days(10, '需要现场核查的，核查时间另行告知')),
      decide(days(2)),
    ],
    legalLimit: days(20, '《排污许可管理条例》第十二条：简化管理20日；重点管理30日，需现场核查45日'),
    promisedLimit: days(15, '按简化管理计；重点管理另行告知'),
    fees: [],
    onlineApplication: true,
    formSchema: formSchema(['siteAddress', 'industry', 'managementClass', 'pollutants'], {
      siteAddress: str('生产经营场所地址', { maxLength: 120 }),
      industry: str('行业类别', { maxLength: 60 }),
      managementClass: oneOfEnum('管理类别', ['重点管理', '简化管理']),
      pollutants: str('主要污染物种类', { maxLength: 200 }),
      outlets: int('排放口数量（个）', 0),
    }),
    formUi: formUi(['siteAddress', 'industry', 'managementClass', 'pollutants']),
    certificate: { type: '排污许可证', validity: '5年' },
    audience: ['enterprise'],
    themes: ['环境保护', '开办企业'],
    keywords: ['排污', '排污证', '排污许可', '污水', '废气', '环保'],
    office: cityOffice('STHJ', '生态环境局'),
  },
};

const eiaForms = forms(
  '建设项目环境影响报告表审批申请书',
  [
    ['建设单位', '舟山绿岛新材料科技有限公司'],
    ['项目名称', '年产2000吨海洋生物基材料生产线项目'],
    ['建设地点', '舟山市定海区舟山经济开发区新港园区'],
    ['项目代码', '2601-330900-04-01-123456'],
    ['总投资（万元）', '8600'],
    ['环评编制单位', '浙江海蓝环境科技有限公司'],
  ],
  ['报告表全本在报批前已依法公开（删除涉密及商业秘密内容）。'],
);

const eiaApproval: DemoItem = {
  departmentCode: 'STHJ',
  definition: {
    name: '建设项目环境影响报告表审批',
    nameEn: 'Approval of an environmental impact report form',
    ...codes('STHJ', 2),
    handlingLevel: 'city',
    intakeLevels: ['city'],
    caseType: 'promised',
    legalBasis: [
      { law: '《中华人民共和国环境影响评价法》', article: '第二十二条' },
      { law: '《建设项目环境保护管理条例》', article: '第九条' },
    ],
    conditions: [
      '建设项目类型及其选址、布局、规模等符合环境保护法律法规和相关法定规划',
      '所在区域环境质量满足国家或者地方环境质量标准，或拟采取的措施能满足区域环境质量改善目标管理要求',
      '采取的污染防治措施能确保污染物排放达到国家和地方排放标准',
      '环境影响报告表的基础资料数据真实，内容无重大缺陷、遗漏，评价结论明确、合理',
    ],
    materials: [
      mat('application', '建设项目环境影响报告表审批申请书', eiaForms),
      mat('report', '建设项目环境影响报告表（报批稿）', { originals: 2, notes: '同时提交电子版' }),
      mat('disclosure', '报告表全本公开情况说明', { requirement: 'tolerable', notes: '可容缺受理，审批前补交' }),
      mat('project_code', '投资项目在线审批监管平台项目代码或备案（核准）文件', { originals: 0, copies: 1 }),
      identityMaterial(),
    ],
    process: [
      accept(days(1)),
      review('technical_review', '技术评估及审查', days(10, '技术评估及公示时间不计入')),
      decide(days(2)),
    ],
    legalLimit: days(30, '《环境影响评价法》第二十二条：收到报告表之日起30日内作出审批决定'),
    promisedLimit: days(13, '浙江省环评审批提速要求'),
    fees: [],
    onlineApplication: true,
    formSchema: formSchema(['projectName', 'projectCode', 'location', 'investment'], {
      projectName: str('项目名称'),
      projectCode: str('项目代码', { maxLength: 40 }),
      location: str('建设地点', { maxLength: 120 }),
      investment: num('总投资（万元）', 0),
      preparer: str('环评编制单位'),
    }),
    formUi: formUi(['projectName', 'projectCode', 'location', 'investment']),
    certificate: { type: '环境影响报告表审批意见', validity: '批准之日起5年内开工有效' },
    audience: ['enterprise'],
    themes: ['环境保护', '工程建设'],
    keywords: ['环评', '环境影响评价', '报告表', '环保审批'],
    office: cityOffice('STHJ', '生态环境局'),
  },
};

export const fireAndEnvironmentItems: DemoItem[] = [fireCheck, dischargePermit, eiaApproval];
