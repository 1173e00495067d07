/** Demo catalogue: 市场监督管理局 (SCJG) items, including the joint item 开办餐饮店. */
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
  manyOf,
  mat,
  num,
  oneOfEnum,
  powerOfAttorney,
  review,
  str,
  text,
} from './catalogue-items-2.js';

const SCJG = cityOffice('SCJG', '市场监督管理局');
const foodForms = forms(
  '食品经营许可申请书',
  [
    ['申请人名称', '舟山海味餐饮有限公司'],
    ['统一社会信用代码', '91330902MA2A1B2C3D'],
    ['法定代表人（负责人）', '王海东'],
    ['经营场所', '舟山市定海区昌国街道人民北路118号1层'],
    ['主体业态', '餐饮服务经营者（中型餐馆）', '□食品销售经营者 □餐饮服务经营者 □单位食堂'],
    ['经营项目', '热食类食品制售；冷食类食品制售', '□热食类 □冷食类 □生食类 □半成品 □自制饮品'],
    ['经营面积（平方米）', '260'],
    ['食品安全管理人员', '李晓敏（培训考核合格）'],
    ['联系电话', '13905801234'],
  ],
  [
    '申请人应当如实填写，并对申请材料的真实性负责。',
    '经营项目按《食品经营许可审查通则》分类填写，可多选。',
    '仅销售预包装食品的，办理备案，无需申请许可。',
  ],
);

const foodLicence: DemoItem = {
  departmentCode: 'SCJG',
  definition: {
    name: '食品经营许可',
    nameEn: 'Food business licence',
    ...codes('SCJG', 1),
    handlingLevel: 'city',
    intakeLevels: ['city', 'county'],
    caseType: 'promised',
    legalBasis: [
      { law: '《中华人民共和国食品安全法》', article: '第三十五条' },
      { law: '《中华人民共和国食品安全法》', article: '第三十三条' },
      { law: '《食品经营许可和备案管理办法》（国家市场监督管理总局令第78号）', article: '第二条' },
    ],
    conditions: [
      '具有与经营的食品品种、数量相适应的食品原料处理和食品加工、销售、贮存等场所，保持场所环境整洁，并与有毒、有害场所以及其他污染源保持规定的距离',
      '具有与经营的食品品种、数量相适应的经营设备或者设施，有相应的消毒、更衣、盥洗、采光、照明、通风、防腐、防尘、防蝇、防鼠、防虫、洗涤以及处理废水、存放垃圾和废弃物的设备或者设施',
      '有专职或者兼职的食品安全管理人员和保证食品安全的规章制度',
      '具有合理的设备布局和工艺流程，防止待加工食品与直接入口食品、原料与成品交叉污染',
      '已取得营业执照或者其他主体资格证明；仅销售预包装食品的实行备案管理',
    ],
    materials: [
      mat('application', '食品经营许可申请书', { notes: '可在线填报，窗口打印签字', ...foodForms }),
      businessLicence(),
      identityMaterial(),
      mat('layout', '经营场所平面布局图、设备布局图及操作流程说明', {
        notes: '标明食品处理区、就餐区、更衣区及各功能间面积',
      }),
      mat('food_safety_rules', '食品安全自查、从业人员健康管理、进货查验记录、食品安全事故处置等规章制度目录', {
        requirement: 'tolerable',
        notes: '可容缺受理，须在一次性告知书载明的期限（3个工作日）内补交',
      }),
      powerOfAttorney(),
    ],
    process: [
      accept(days(1)),
      review('review', '材料审查及现场核查', days(3, '现场核查由两名以上执法人员进行（《行政许可法》第三十四条）')),
      decide(days(1)),
    ],
    legalLimit: days(
      10,
      '《食品经营许可和备案管理办法》：自受理之日起10个工作日内作出决定，经负责人批准可延长5个工作日',
    ),
    promisedLimit: days(5, '舟山市“最多跑一次”承诺时限，现场核查时间计入'),
    fees: [],
    onlineApplication: true,
    formSchema: formSchema(['businessAddress', 'businessType', 'businessItems', 'businessArea'], {
      businessAddress: str('经营场所', { maxLength: 120 }),
      businessType: oneOfEnum('主体业态', ['食品销售经营者', '餐饮服务经营者', '单位食堂']),
      businessItems: manyOf('经营项目', [
        '预包装食品销售（含冷藏冷冻食品）',
        '散装食品销售',
        '热食类食品制售',
        '冷食类食品制售',
        '生食类食品制售',
        '半成品制售',
        '自制饮品制售',
      ]),
      businessArea: num('经营面积（平方米）', 1, { maximum: 100000 }),
      seats: { type: 'integer', title: '就餐座位数', minimum: 0 },
      safetyManager: str('食品安全管理人员', { maxLength: 30 }),
      remarks: text('备注', 500),
    }),
    formUi: formUi(['businessAddress', 'businessType', 'businessItems', 'businessArea'], {
      businessItems: { 'ui:widget': 'checkboxes' },
      remarks: { 'ui:widget': 'textarea' },
    }),
    certificate: { type: '食品经营许可证', validity: '5年' },
    audience: ['enterprise', 'person'],
    themes: ['开办餐饮店', '开办企业', '开办便利店'],
    keywords: ['餐饮', '饭店', '小吃', '食品', '餐馆', '奶茶', '食堂', '超市', '熟食', '食品经营许可证'],
    office: SCJG,
  },
};

const productionForms = forms(
  '食品生产许可申请书',
  [
    ['申请人名称', '舟山东海渔味食品有限公司'],
    ['统一社会信用代码', '91330900MA2B3C4D5E'],
    ['生产地址', '舟山市普陀区东港街道海洋科技园区9号'],
    ['食品类别', '水产制品（干制水产品、熟制水产品）'],
    ['生产场所面积（平方米）', '1800'],
    ['食品安全管理人员', '陈志明'],
    ['联系电话', '0580-3801234'],
  ],
  ['食品类别按《食品生产许可分类目录》填写。', '申请人对申请材料的真实性负责。'],
);

const productionLicence: DemoItem = {
  departmentCode: 'SCJG',
  definition: {
    name: '食品生产许可',
    nameEn: 'Food production licence',
    ...codes('SCJG', 2),
    handlingLevel: 'city',
    intakeLevels: ['city'],
    caseType: 'promised',
    legalBasis: [
      { law: '《中华人民共和国食品安全法》', article: '第三十五条' },
      { law: '《食品生产许可管理办法》（国家市场监督管理总局令第24号）', article: '第二条' },
    ],
    conditions: [
      '具有与生产的食品品种、数量相适应的食品原料处理和食品加工、包装、贮存等场所',
      '具有与生产的食品品种、数量相适应的生产设备或者设施，以及相应的检验设备',
      '有专职或者兼职的食品安全专业技术人员、食品安全管理人员和保证食品安全的规章制度',
      '具有合理的设备布局和工艺流程，防止交叉污染',
    ],
    materials: [
      mat('application', '食品生产许可申请书', productionForms),
      businessLicence(),
      mat('layout', '食品生产加工场所及其周围环境平面图、各功能区间布局平面图、工艺设备布局图', { copies: 0 }),
      mat('process_flow', '食品生产工艺流程图和设备布局图'),
      mat('equipment', '食品生产主要设备、设施清单'),
      mat('rules', '进货查验记录、生产过程控制、出厂检验记录、食品安全自查等保证食品安全的规章制度', {
        requirement: 'tolerable',
        notes: '可容缺受理，5个工作日内补交',
      }),
      powerOfAttorney(),
    ],
    process: [
      accept(days(1)),
      review('review', '材料审查', days(2)),
      review('site_check', '现场核查', days(5, '现场核查由两名以上核查人员进行')),
      decide(days(1)),
    ],
    legalLimit: days(10, '《食品生产许可管理办法》：自受理之日起10个工作日内作出决定'),
    promisedLimit: days(9, '现场核查时间计入承诺时限'),
    fees: [
      {
        key: 'licence_fee',
        name: '食品生产许可证工本费',
        legalBasis: '浙江省行政事业性收费项目目录（证照工本费）',
        standard: '许可证正本、副本每套20元（示例标准，以价格主管部门、财政部门核定为准），在窗口缴纳',
        pricing: { rule: 'fixed', amountFen: 2000 },
        paymentMode: 'window',
        financeCode: '103010210',
      },
    ],
    onlineApplication: true,
    formSchema: formSchema(['productionAddress', 'foodCategories', 'plantArea'], {
      productionAddress: str('生产地址', { maxLength: 120 }),
      foodCategories: manyOf('食品类别', ['水产制品', '速冻食品', '糕点', '饮料', '调味品', '罐头', '其他食品']),
      plantArea: num('生产场所面积（平方米）', 1),
      safetyManager: str('食品安全管理人员', { maxLength: 30 }),
    }),
    formUi: formUi(['productionAddress', 'foodCategories', 'plantArea']),
    certificate: { type: '食品生产许可证', validity: '5年' },
    audience: ['enterprise'],
    themes: ['开办企业', '渔业生产'],
    keywords: ['食品生产', 'SC', '水产加工', '食品厂', '生产许可', '食品'],
    office: SCJG,
  },
};

const restaurantForms = forms(
  '开办餐饮店“一件事”联办申请表',
  [
    ['申请人名称', '舟山海味餐饮有限公司'],
    ['统一社会信用代码', '91330902MA2A1B2C3D'],
    ['经营场所', '舟山市定海区昌国街道人民北路118号1-2层'],
    ['经营面积（平方米）', '420'],
    ['就餐座位数', '160'],
    [
      '联办事项',
      '食品经营许可；公众聚集场所投入使用、营业前消防安全检查；门头招牌设置',
      '□食品经营许可 □消防安全检查 □门头招牌设置 □排污登记',
    ],
    ['联系人及电话', '王海东 13905801234'],
  ],
  ['一张表单、一套材料、一窗受理，各部门并联审查、联合踏勘。', '门头招牌设置须符合舟山市店招店牌设置导则。'],
);

const restaurantJoint: DemoItem = {
  departmentCode: 'SCJG',
  coDepartmentCodes: ['XF', 'STHJ', 'ZHZF'],
  definition: {
    name: '开办餐饮店“一件事”联办',
    nameEn: 'Opening a restaurant (joint handling)',
    ...codes('SCJG', 3),
    handlingLevel: 'city',
    intakeLevels: ['city', 'county'],
    caseType: 'promised',
    legalBasis: [
      { law: '《中华人民共和国行政许可法》', article: '第二十六条' },
      { law: '《中华人民共和国食品安全法》', article: '第三十五条' },
      { law: '《中华人民共和国消防法》', article: '第十五条' },
      { law: '《城市市容和环境卫生管理条例》', article: '第十一条' },
      { law: '《中华人民共和国大气污染防治法》', article: '第八十一条' },
    ],
    conditions: [
      '符合食品经营许可条件，经营场所与有毒、有害场所及污染源保持规定距离',
      '经营场所符合消防技术标准，属公众聚集场所的，营业前通过消防安全检查或作出告知承诺',
      '排放油烟的餐饮服务业经营者安装油烟净化设施并保持正常使用，不在居民住宅楼等非商用建筑内新建排放油烟的餐饮项目',
      '门头招牌设置符合城市容貌标准和店招店牌设置规范',
    ],
    materials: [
      mat('application', '开办餐饮店“一件事”联办申请表', { notes: '一表申请，各部门共享', ...restaurantForms }),
      businessLicence(),
      identityMaterial(),
      mat('layout', '经营场所平面布局图及设备布局图', { notes: '标明厨房、就餐区、安全出口和疏散通道' }),
      mat('fire_commitment', '公众聚集场所投入使用、营业前消防安全检查告知承诺书', {
        notes: '由消防救援支队审查',
      }),
      mat('fume_plan', '油烟净化设施及排放口位置说明', { requirement: 'tolerable', notes: '可容缺，踏勘前补交' }),
      mat('signboard', '门头招牌设计效果图', {
        requirement: 'optional',
        notes: '设置门头招牌的提交，由综合行政执法局审查',
      }),
    ],
    process: [
      accept(days(1, '主办窗口受理并抄告各协办窗口')),
      review('lead_review', '主办部门审查（食品经营许可）', days(5), 'joint'),
      review('co_review', '协办部门并联审查及联合踏勘', days(5, '协办窗口逾期未答复的予以标记'), 'joint'),
      decide(days(2, '汇总各部门意见，联合发证')),
    ],
    legalLimit: days(45, '《行政许可法》第四十二条：统一办理、联合办理的，不超过45日'),
    promisedLimit: days(8, '舟山市开办餐饮店“一件事”承诺时限'),
    fees: [],
    onlineApplication: true,
    formSchema: formSchema(['businessAddress', 'businessArea', 'seats', 'jointItems'], {
      businessAddress: str('经营场所', { maxLength: 120 }),
      businessArea: num('经营面积（平方米）', 1),
      seats: { type: 'integer', title: '就餐座位数', minimum: 0 },
      jointItems: manyOf('联办事项', ['食品经营许可', '消防安全检查', '门头招牌设置', '排污登记']),
      hasFume: { type: 'boolean', title: '是否产生油烟' },
    }),
    formUi: formUi(['businessAddress', 'businessArea', 'seats', 'jointItems'], {
      jointItems: { 'ui:widget': 'checkboxes' },
    }),
    certificate: { type: '食品经营许可证及相关准予决定', validity: '食品经营许可证5年' },
    audience: ['enterprise', 'person'],
    themes: ['开办餐饮店', '开办企业'],
    keywords: ['开饭店', '开餐馆', '餐饮', '饭店', '小吃店', '一件事', '联办', '招牌'],
    office: SCJG,
  },
};

export const marketItems: DemoItem[] = [foodLicence, productionLicence, restaurantJoint];
