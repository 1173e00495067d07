/** Demo catalogue: 综合行政执法局 (ZHZF) items, with the 城市道路占用费 paid at the window. */
import {
  accept,
  businessLicence,
  cityOffice,
  codes,
  date,
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

const ZHZF = cityOffice('ZHZF', '综合行政执法局');

const roadForms = forms(
  '城市道路占用、挖掘申请表',
  [
    ['申请单位', '舟山市自来水有限公司'],
    ['占用/挖掘类别', '挖掘', '□临时占用 □挖掘'],
    ['道路名称及位置', '定海区解放西路（环城南路至总府路段）北侧人行道'],
    ['占用（挖掘）面积（平方米）', '60'],
    ['占用（挖掘）期限', '2026年4月1日至2026年4月20日（20天）'],
    ['占用面积×天数（平方米·日）', '1200'],
    ['用途', '供水管道抢修改造'],
    ['施工单位及现场负责人', '舟山市市政工程有限公司 张建军 13867801234'],
  ],
  [
    '挖掘城市道路须持规划部门批准文件和有关设计文件。',
    '城市道路占用费按占用面积和天数计收，在窗口缴纳。',
    '占用期满应及时清理现场、恢复原状。',
  ],
);

const roadOccupation: DemoItem = {
  departmentCode: 'ZHZF',
  definition: {
    name: '城市道路占用挖掘审批',
    nameEn: 'Permit to occupy or excavate an urban road',
    ...codes('ZHZF', 1),
    handlingLevel: 'city',
    intakeLevels: ['city'],
    caseType: 'promised',
    legalBasis: [
      { law: '《城市道路管理条例》', article: '第三十一条' },
      { law: '《城市道路管理条例》', article: '第三十三条' },
      { law: '《城市道路管理条例》', article: '第三十七条' },
    ],
    conditions: [
      '因特殊情况确需临时占用城市道路，或因工程建设确需挖掘城市道路',
      '挖掘城市道路的，已取得城市规划部门批准文件和有关设计文件',
      '已征得公安交通管理部门同意，并制定交通组织和安全防护方案',
      '新建、扩建、改建的城市道路交付使用后5年内、大修的城市道路竣工后3年内不得挖掘（确需挖掘的须经市人民政府批准）',
    ],
    materials: [
      mat('application', '城市道路占用、挖掘申请表', roadForms),
      businessLicence(),
      identityMaterial(),
      mat('site_plan', '占用（挖掘）位置平面图及施工方案', { copies: 1 }),
      mat('traffic_opinion', '公安交通管理部门意见', { notes: '可由窗口内部征求，申请人无需自行办理' }),
      mat('planning_approval', '规划部门批准文件及设计文件', {
        requirement: 'tolerable',
        originals: 0,
        copies: 1,
        notes: '挖掘道路的提交；可容缺受理，开工前补交',
      }),
      powerOfAttorney(),
    ],
    process: [accept(days(1)), review('site_check', '现场踏勘及审查', days(2)), decide(days(1))],
    legalLimit: days(20, '《行政许可法》第四十二条'),
    promisedLimit: days(5, '紧急抢修的，可先行施工并在24小时内补办'),
    fees: [
      {
        key: 'road_occupation_fee',
        name: '城市道路占用费',
        legalBasis: '《城市道路管理条例》第三十七条；浙江省城市道路占用费收费标准',
        standard: '按占用面积和天数计收：城区主次干道每平方米每日1.50元（示例标准，以价格主管部门核定为准）',
        pricing: { rule: 'per_unit', unitFen: 150, unit: '平方米·日', quantityField: 'areaDays' },
        paymentMode: 'window',
        financeCode: '103041700',
      },
    ],
    onlineApplication: true,
    formSchema: formSchema(['category', 'roadName', 'area', 'startDate', 'endDate', 'areaDays', 'purpose'], {
      category: oneOfEnum('占用/挖掘类别', ['临时占用', '挖掘']),
      roadName: str('道路名称及位置', { maxLength: 120 }),
      area: num('占用（挖掘）面积（平方米）', 0.1),
      startDate: date('开始日期'),
      endDate: date('结束日期'),
      areaDays: num('占用面积×天数（平方米·日）', 0.1, { description: '用于计算城市道路占用费' }),
      purpose: str('用途', { maxLength: 200 }),
      contractor: str('施工单位', { maxLength: 100 }),
    }),
    formUi: formUi(['category', 'roadName', 'area', 'startDate', 'endDate', 'areaDays', 'purpose'], {
      startDate: { 'ui:widget': 'date' },
      endDate: { 'ui:widget': 'date' },
      areaDays: { 'ui:help': '例如占用20平方米、30天，填600' },
    }),
    certificate: { type: '城市道路占用（挖掘）许可证', validity: '按批准的占用期限' },
    audience: ['enterprise', 'person'],
    themes: ['工程建设', '交通运输'],
    keywords: ['占道', '挖路', '道路开挖', '临时占用', '占用道路', '道路挖掘'],
    office: ZHZF,
  },
};

const adForms = forms(
  '户外广告设施设置申请表',
  [
    ['申请单位', '舟山海味餐饮有限公司'],
    ['设置地点', '舟山市定海区昌国街道人民北路118号外墙'],
    ['设施形式', '墙面招牌（非发光）', '□墙面 □立柱 □屋顶 □电子显示屏 □其他'],
    ['规格（长×高，米）', '8.0×1.2'],
    ['设置期限', '3年'],
    ['设计单位', '舟山市广源广告设计有限公司'],
  ],
  ['设置须符合户外广告设施设置规划和安全技术规范。', '大型设施须提交结构安全计算书。'],
);

const outdoorAd: DemoItem = {
  departmentCode: 'ZHZF',
  definition: {
    name: '户外广告设施设置审批',
    nameEn: 'Permit to install outdoor advertising facilities',
    ...codes('ZHZF', 2),
    handlingLevel: 'city',
    intakeLevels: ['city', 'county'],
    caseType: 'promised',
    legalBasis: [
      { law: '《城市市容和环境卫生管理条例》', article: '第十一条' },
      { law: '《中华人民共和国广告法》', article: '第四十一条' },
    ],
    conditions: [
      '符合户外广告设施设置规划和城市容貌标准',
      '设施结构、安装符合安全技术规范，不影响交通、消防、通行安全',
      '不利用交通安全设施、交通标志，不妨碍生产或者人民生活，不损害市容市貌',
    ],
    materials: [
      mat('application', '户外广告设施设置申请表', adForms),
      businessLicence(),
      mat('design', '设施设计效果图、规格尺寸及位置图', { copies: 1 }),
      mat('property_consent', '设置场地产权证明或产权人同意设置的协议', { originals: 0, copies: 1 }),
      mat('safety_calc', '结构安全计算书', {
        requirement: 'tolerable',
        notes: '大型户外广告设施提交；可容缺受理，5个工作日内补交',
      }),
      powerOfAttorney(),
    ],
    process: [accept(days(1)), review('review', '审查及现场踏勘', days(3)), decide(days(1))],
    legalLimit: days(20, '《行政许可法》第四十二条'),
    promisedLimit: days(5, '舟山市承诺时限'),
    fees: [],
    onlineApplication: true,
    formSchema: formSchema(['location', 'facilityType', 'width', 'height', 'years'], {
      location: str('设置地点', { maxLength: 120 }),
      facilityType: oneOfEnum('设施形式', ['墙面', '立柱', '屋顶', '电子显示屏', '其他']),
      width: num('长度（米）', 0.1),
      height: num('高度（米）', 0.1),
      illuminated: { type: 'boolean', title: '是否发光' },
      years: int('设置期限（年）', 1, { maximum: 5 }),
    }),
    formUi: formUi(['location', 'facilityType', 'width', 'height', 'years']),
    certificate: { type: '户外广告设施设置许可决定书', validity: '一般不超过3年' },
    audience: ['enterprise', 'person'],
    themes: ['开办餐饮店', '开办企业'],
    keywords: ['广告牌', '招牌', '店招', '户外广告', '广告', '门头'],
    office: ZHZF,
  },
};

const wasteForms = forms(
  '城市建筑垃圾处置核准申请表',
  [
    ['申请单位', '舟山城投建设有限公司'],
    ['工程名称', '新城长峙岛安置房二期工程'],
    ['建筑垃圾种类', '工程渣土', '□工程渣土 □工程泥浆 □拆除垃圾 □装修垃圾'],
    ['预计产生量（立方米）', '35000'],
    ['消纳场所', '舟山市定海区岑港建筑垃圾消纳场'],
    ['运输单位', '舟山市顺达渣土运输有限公司'],
    ['处置期限', '2026年4月1日至2026年9月30日'],
  ],
  ['运输车辆须全密闭并安装卫星定位装置。', '不得将建筑垃圾交给个人或未经核准的单位运输。'],
);

const constructionWaste: DemoItem = {
  departmentCode: 'ZHZF',
  definition: {
    name: '城市建筑垃圾处置核准',
    nameEn: 'Approval for disposal of urban construction waste',
    ...codes('ZHZF', 3),
    handlingLevel: 'city',
    intakeLevels: ['city'],
    caseType: 'promised',
    legalBasis: [
      { law: '《城市建筑垃圾管理规定》（建设部令第139号）', article: '第七条' },
      { law: '《国务院对确需保留的行政审批项目设定行政许可的决定》（国务院令第412号）', article: '附件第101项' },
    ],
    conditions: [
      '提交建筑垃圾处置方案，明确产生量、种类、运输路线和消纳场所',
      '有与消纳场所签订的消纳协议，或已取得核准的资源化利用途径',
      '委托的运输单位具有建筑垃圾运输核准，车辆密闭并安装卫星定位系统',
      '施工现场出入口设置车辆冲洗设施',
    ],
    materials: [
      mat('application', '城市建筑垃圾处置核准申请表', wasteForms),
      businessLicence(),
      mat('disposal_plan', '建筑垃圾处置方案'),
      mat('disposal_contract', '与消纳场所签订的消纳协议', { originals: 0, copies: 1 }),
      mat('transport_contract', '与运输单位签订的运输合同', {
        requirement: 'tolerable',
        originals: 0,
        copies: 1,
        notes: '可容缺受理，开工前补交',
      }),
      powerOfAttorney(),
    ],
    process: [accept(days(1)), review('review', '审查', days(2)), decide(days(1))],
    legalLimit: days(20, '《行政许可法》第四十二条'),
    promisedLimit: days(4, '舟山市承诺时限'),
    fees: [],
    onlineApplication: true,
    formSchema: formSchema(['projectName', 'wasteType', 'volume', 'disposalSite', 'carrier'], {
      projectName: str('工程名称'),
      wasteType: oneOfEnum('建筑垃圾种类', ['工程渣土', '工程泥浆', '拆除垃圾', '装修垃圾']),
      volume: num('预计产生量（立方米）', 1),
      disposalSite: str('消纳场所', { maxLength: 120 }),
      carrier: str('运输单位', { maxLength: 100 }),
    }),
    formUi: formUi(['projectName', 'wasteType', 'volume', 'disposalSite', 'carrier']),
    certificate: { type: '城市建筑垃圾处置核准证', validity: '按核准的处置期限' },
    audience: ['enterprise'],
    themes: ['工程建设', '环境保护'],
    keywords: ['渣土', '建筑垃圾', '泥浆', '装修垃圾', '垃圾处置'],
    office: ZHZF,
  },
};

export const lawEnforcementItems: DemoItem[] = [roadOccupation, outdoorAd, constructionWaste];
