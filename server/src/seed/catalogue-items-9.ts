/**
 * Demo catalogue: 自然资源和规划局 (ZRZY) and 住房和城乡建设局 (ZJJ) items, with the
 * 城市基础设施配套费 paid at the bank, tiered by floor area.
 */
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
  int,
  mat,
  num,
  oneOfEnum,
  powerOfAttorney,
  review,
  str,
} from './catalogue-items-2.js';

const ZJJ = cityOffice('ZJJ', '住房和城乡建设局');

const planningForms = forms(
  '建设工程规划许可证申请表',
  [
    ['建设单位', '舟山城投建设有限公司'],
    ['项目名称', '新城长峙岛安置房二期工程'],
    ['建设位置', '舟山市定海区临城街道长峙岛'],
    ['用地面积（平方米）', '32000'],
    ['总建筑面积（平方米）', '86000'],
    ['建筑层数 / 高度', '地上18层、地下1层 / 54米'],
    ['用地性质', '二类居住用地（R2）'],
  ],
  ['建设工程设计方案须符合规划条件和控制性详细规划。', '同时提交设计方案电子文件（DWG格式）。'],
);

const planningPermit: DemoItem = {
  departmentCode: 'ZRZY',
  definition: {
    name: '建设工程规划许可证核发',
    nameEn: 'Construction project planning permit',
    ...codes('ZRZY', 1),
    handlingLevel: 'city',
    intakeLevels: ['city'],
    caseType: 'promised',
    legalBasis: [
      { law: '《中华人民共和国城乡规划法》', article: '第四十条' },
      { law: '《中华人民共和国行政许可法》', article: '第三十六条（利害关系人陈述申辩）' },
    ],
    conditions: [
      '已取得建设用地批准文件或不动产权证书',
      '建设工程设计方案符合控制性详细规划和规划条件',
      '涉及日照、间距、退让等技术指标的，符合城市规划管理技术规定',
      '建设工程设计方案已依法公示，利害关系人的意见已听取（《行政许可法》第三十六条）',
    ],
    materials: [
      mat('application', '建设工程规划许可证申请表', planningForms),
      businessLicence(),
      mat('land', '建设用地批准文件或不动产权证书', { originals: 0, copies: 1 }),
      mat('design', '建设工程设计方案（总平面图、各层平面图、立面图、剖面图）', {
        originals: 2,
        notes: '同时提交电子文件',
      }),
      mat('conditions', '规划条件或国有建设用地使用权出让合同', { originals: 0, copies: 1 }),
      mat('sunlight', '日照分析报告', { requirement: 'tolerable', notes: '居住建筑须提交；可容缺受理，审查期间补交' }),
      powerOfAttorney(),
    ],
    process: [
      accept(days(1)),
      review('review', '方案审查及批前公示', days(6, '批前公示期间不计入（特别程序）')),
      decide(days(2)),
    ],
    legalLimit: days(20, '《行政许可法》第四十二条'),
    promisedLimit: days(10, '舟山市工程建设项目审批承诺时限'),
    fees: [],
    onlineApplication: true,
    formSchema: formSchema(['projectName', 'location', 'landArea', 'floorArea', 'landUse'], {
      projectName: str('项目名称'),
      location: str('建设位置', { maxLength: 120 }),
      landArea: num('用地面积（平方米）', 1),
      floorArea: num('总建筑面积（平方米）', 1),
      storeys: int('地上层数', 1),
      landUse: oneOfEnum('用地性质', ['居住用地', '商业服务业用地', '工业用地', '公共管理与公共服务用地', '其他']),
    }),
    formUi: formUi(['projectName', 'location', 'landArea', 'floorArea', 'landUse']),
    certificate: { type: '建设工程规划许可证', validity: '按许可证载明的期限' },
    audience: ['enterprise', 'person'],
    themes: ['工程建设', '建房'],
    keywords: ['规划许可', '工程规划', '规划证', '建房', '盖房', '建设工程规划许可证'],
    office: cityOffice('ZRZY', '自然资源和规划局'),
  },
};

const constructionForms = forms(
  '建筑工程施工许可申请表',
  [
    ['建设单位', '舟山城投建设有限公司'],
    ['工程名称', '新城长峙岛安置房二期工程'],
    ['建设地点', '舟山市定海区临城街道长峙岛'],
    ['总建筑面积（平方米）', '86000'],
    ['合同价格（万元）', '32800'],
    ['施工单位', '浙江舟山海城建设集团有限公司'],
    ['监理单位', '舟山市联合工程监理有限公司'],
    ['合同开工 / 竣工日期', '2026-04-15 / 2028-10-30'],
  ],
  [
    '工程投资额30万元以下或者建筑面积300平方米以下的建筑工程，可以不申请施工许可证。',
    '城市基础设施配套费按总建筑面积计征，凭缴款通知书到银行缴入国库。',
  ],
);

const constructionPermit: DemoItem = {
  departmentCode: 'ZJJ',
  definition: {
    name: '建筑工程施工许可证核发',
    nameEn: 'Building construction permit',
    ...codes('ZJJ', 1),
    handlingLevel: 'city',
    intakeLevels: ['city', 'county'],
    caseType: 'promised',
    legalBasis: [
      { law: '《中华人民共和国建筑法》', article: '第七条' },
      { law: '《中华人民共和国建筑法》', article: '第八条' },
      { law: '《建筑工程施工许可管理办法》（住房和城乡建设部令第18号）', article: '第二条' },
    ],
    conditions: [
      '已经办理该建筑工程用地批准手续',
      '依法应当办理建设工程规划许可证的，已经取得建设工程规划许可证',
      '需要拆迁的，其拆迁进度符合施工要求',
      '已经确定建筑施工企业',
      '有满足施工需要的资金安排、施工图纸及技术资料',
      '有保证工程质量和安全的具体措施',
    ],
    materials: [
      mat('application', '建筑工程施工许可申请表', constructionForms),
      businessLicence(),
      mat('planning', '建设工程规划许可证', { originals: 0, copies: 1, notes: '可通过部门共享获取' }),
      mat('contracts', '施工合同、监理合同', { originals: 0, copies: 1 }),
      mat('drawings', '施工图设计文件审查合格书', { originals: 0, copies: 1 }),
      mat('funding', '建设资金已经落实承诺书', { notes: '法定代表人签字并加盖公章' }),
      mat('safety', '保证工程质量和安全的具体措施', {
        requirement: 'tolerable',
        notes: '可容缺受理，发证前补交',
      }),
      powerOfAttorney(),
    ],
    process: [accept(days(1)), review('review', '审查', days(1)), decide(days(1))],
    legalLimit: days(7, '《建筑法》第八条（2019年修正）：自收到申请之日起7日内颁发施工许可证'),
    promisedLimit: days(3, '舟山市工程建设项目审批承诺时限'),
    fees: [
      {
        key: 'infrastructure_fee',
        name: '城市基础设施配套费',
        legalBasis:
          '《财政部关于城市基础设施配套费性质的批复》（财综函〔2002〕3号）；浙江省城市基础设施配套费征收管理规定',
        standard:
          '按总建筑面积分段计征：1万平方米（含）以下部分每平方米80元；1万至5万平方米部分每平方米100元；5万平方米以上部分每平方米120元（示例标准）',
        pricing: {
          rule: 'tiered',
          unit: '平方米',
          quantityField: 'floorArea',
          tiers: [
            { upTo: 10000, unitFen: 8000 },
            { upTo: 50000, unitFen: 10000 },
            { upTo: null, unitFen: 12000 },
          ],
        },
        paymentMode: 'bank',
        financeCode: '1030315001',
      },
    ],
    onlineApplication: true,
    formSchema: formSchema(['projectName', 'location', 'floorArea', 'contractPrice', 'contractor'], {
      projectName: str('工程名称'),
      location: str('建设地点', { maxLength: 120 }),
      floorArea: num('总建筑面积（平方米）', 1, { description: '用于计征城市基础设施配套费' }),
      contractPrice: num('合同价格（万元）', 0),
      contractor: str('施工单位', { maxLength: 100 }),
      supervisor: str('监理单位', { maxLength: 100 }),
    }),
    formUi: formUi(['projectName', 'location', 'floorArea', 'contractPrice', 'contractor']),
    certificate: { type: '建筑工程施工许可证', validity: '领取之日起3个月内开工，可延期2次，每次不超过3个月' },
    audience: ['enterprise', 'person'],
    themes: ['工程建设', '建房'],
    keywords: ['施工许可', '施工证', '开工', '建房', '盖房', '配套费'],
    office: ZJJ,
  },
};

const presaleForms = forms(
  '商品房预售许可申请表',
  [
    ['开发企业', '舟山海景置业有限公司'],
    ['项目名称', '海景湾花园（一期）'],
    ['坐落', '舟山市普陀区东港街道海莲路'],
    ['申请预售幢号', '1#、2#、5#楼'],
    ['预售建筑面积（平方米）', '42600'],
    ['预售套数', '368'],
    ['已投入开发建设资金占比', '32%'],
  ],
  ['预售资金须全部存入监管账户。', '已投入开发建设的资金须达到工程建设总投资的25%以上。'],
);

const presalePermit: DemoItem = {
  departmentCode: 'ZJJ',
  definition: {
    name: '商品房预售许可',
    nameEn: 'Pre-sale permit for commercial housing',
    ...codes('ZJJ', 2),
    handlingLevel: 'city',
    intakeLevels: ['city'],
    caseType: 'promised',
    legalBasis: [
      { law: '《中华人民共和国城市房地产管理法》', article: '第四十五条' },
      { law: '《城市商品房预售管理办法》', article: '第六条' },
    ],
    conditions: [
      '已交付全部土地使用权出让金，取得土地使用权证书',
      '持有建设工程规划许可证和施工许可证',
      '按提供预售的商品房计算，投入开发建设的资金达到工程建设总投资的25%以上，并已确定施工进度和竣工交付日期',
      '已开立商品房预售资金监管账户',
    ],
    materials: [
      mat('application', '商品房预售许可申请表', presaleForms),
      businessLicence(),
      mat('land', '不动产权证书（土地）', { originals: 0, copies: 1 }),
      mat('permits', '建设工程规划许可证和施工许可证', { originals: 0, copies: 1 }),
      mat('investment', '投入开发建设资金达到25%以上的证明', { notes: '监理单位出具形象进度证明' }),
      mat('plan', '商品房预售方案（含分层平面图）'),
      mat('escrow', '预售资金监管协议', { requirement: 'tolerable', originals: 0, copies: 1 }),
    ],
    process: [accept(days(1)), review('site_check', '审查及现场查勘', days(3)), decide(days(1))],
    legalLimit: days(10, '《城市商品房预售管理办法》：自受理之日起10日内作出决定'),
    promisedLimit: days(5, '舟山市承诺时限'),
    fees: [],
    onlineApplication: true,
    formSchema: formSchema(['projectName', 'location', 'buildings', 'presaleArea', 'units'], {
      projectName: str('项目名称'),
      location: str('坐落', { maxLength: 120 }),
      buildings: str('申请预售幢号', { maxLength: 200 }),
      presaleArea: num('预售建筑面积（平方米）', 1),
      units: int('预售套数', 1),
    }),
    formUi: formUi(['projectName', 'location', 'buildings', 'presaleArea', 'units']),
    certificate: { type: '商品房预售许可证', validity: '至预售房屋全部售出或项目竣工' },
    audience: ['enterprise'],
    themes: ['工程建设'],
    keywords: ['预售证', '预售许可', '卖房', '楼盘', '商品房'],
    office: ZJJ,
  },
};

export const planningAndHousingItems: DemoItem[] = [planningPermit, constructionPermit, presalePermit];
