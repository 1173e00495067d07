/**
 * Demo catalogue: 文化广电旅游体育局 (WGLT) and 发展和改革委员会 (FGW) items, including the joint
 * item 建设项目联合审批.
 */
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
  manyOf,
  mat,
  num,
  oneOfEnum,
  powerOfAttorney,
  review,
  str,
} from './catalogue-items-2.js';

const WGLT = cityOffice('WGLT', '文化广电旅游体育局');
const FGW = cityOffice('FGW', '发展和改革委员会');

const ktvForms = forms(
  '娱乐场所经营许可申请表',
  [
    ['申请人名称', '舟山海悦文化娱乐有限公司'],
    ['场所名称', '海悦KTV量贩式歌厅'],
    ['场所地址', '舟山市普陀区沈家门街道滨港路200号3层'],
    ['场所类型', '歌舞娱乐场所', '□歌舞娱乐场所 □游艺娱乐场所'],
    ['营业面积（平方米）', '1200'],
    ['包厢数', '32'],
    ['投资人及出资额', '林国强 500万元'],
  ],
  [
    '娱乐场所不得设在居民楼、博物馆、图书馆和被核定为文物保护单位的建筑物内。',
    '歌舞娱乐场所包厢、包间内不得设置隔断，并应安装展现室内整体环境的透明门窗。',
  ],
);

const entertainmentLicence: DemoItem = {
  departmentCode: 'WGLT',
  definition: {
    name: '娱乐场所经营许可',
    nameEn: 'Entertainment venue licence',
    ...codes('WGLT', 1),
    handlingLevel: 'city',
    intakeLevels: ['city'],
    caseType: 'promised',
    legalBasis: [
      { law: '《娱乐场所管理条例》', article: '第九条' },
      { law: '《娱乐场所管理条例》', article: '第七条' },
    ],
    conditions: [
      '场所不设在居民楼、博物馆、图书馆和被核定为文物保护单位的建筑物内，不设在居民住宅区和学校、医院、机关周围',
      '投资人员、拟任的法定代表人和其他负责人不具有《娱乐场所管理条例》第五条规定的情形',
      '场所使用面积、建筑结构和设施设备符合国家规定的标准',
      '已依法取得营业执照，并通过消防安全检查',
    ],
    materials: [
      mat('application', '娱乐场所经营许可申请表', ktvForms),
      businessLicence(),
      identityMaterial('投资人员、拟任法定代表人和其他负责人身份证明'),
      mat('premises', '场所产权证明或租赁合同', { originals: 0, copies: 1 }),
      mat('floor_plan', '场所平面示意图（标明包厢位置和面积）'),
      mat('no_record', '投资人员、法定代表人无《娱乐场所管理条例》第五条所列情形的书面声明'),
      mat('environment', '环境保护和消防安全相关证明', {
        requirement: 'tolerable',
        originals: 0,
        copies: 1,
        notes: '可容缺受理，实地检查前补交',
      }),
      powerOfAttorney(),
    ],
    process: [
      accept(days(1)),
      review('site_check', '实地检查', days(8, '两名以上执法人员实施；专家评审时间不计入')),
      decide(days(3)),
    ],
    legalLimit: days(20, '《娱乐场所管理条例》第九条：自受理申请之日起20日内作出决定'),
    promisedLimit: days(15, '舟山市承诺时限'),
    fees: [],
    onlineApplication: true,
    formSchema: formSchema(['venueName', 'venueAddress', 'venueType', 'businessArea', 'rooms'], {
      venueName: str('场所名称'),
      venueAddress: str('场所地址', { maxLength: 120 }),
      venueType: oneOfEnum('场所类型', ['歌舞娱乐场所', '游艺娱乐场所']),
      businessArea: num('营业面积（平方米）', 1),
      rooms: int('包厢数', 0),
    }),
    formUi: formUi(['venueName', 'venueAddress', 'venueType', 'businessArea', 'rooms']),
    certificate: { type: '娱乐经营许可证', validity: '2年' },
    audience: ['enterprise'],
    themes: ['文化娱乐', '开办企业'],
    keywords: ['KTV', '歌厅', '卡拉OK', '游艺厅', '娱乐场所', '娱乐许可证', '酒吧'],
    office: WGLT,
  },
};

const showForms = forms(
  '营业性演出申请登记表',
  [
    ['举办单位', '舟山海潮文化演出经纪有限公司'],
    ['演出名称', '2026舟山东海音乐节'],
    ['演出时间', '2026年7月18日—7月19日 19:00-22:30'],
    ['演出场所', '舟山市普陀区朱家尖南沙沙滩音乐广场'],
    ['场次 / 预计观众人数', '2场 / 每场约3000人'],
    ['主要演员', '海岛乐队、东海之声合唱团等'],
    ['票价', '180元、380元'],
  ],
  [
    '演出节目不得含有《营业性演出管理条例》第二十五条禁止的内容。',
    '观众人数1000人以上的，另须取得大型群众性活动安全许可。',
  ],
);

const performanceApproval: DemoItem = {
  departmentCode: 'WGLT',
  definition: {
    name: '营业性演出审批',
    nameEn: 'Approval of commercial performances',
    ...codes('WGLT', 2),
    handlingLevel: 'city',
    intakeLevels: ['city'],
    caseType: 'promised',
    legalBasis: [{ law: '《营业性演出管理条例》', article: '第十三条' }],
    conditions: [
      '举办单位为文艺表演团体、演出经纪机构，或由其承办',
      '演出内容不含有《营业性演出管理条例》第二十五条禁止的情形',
      '演出场所符合消防、安全要求，有安全工作方案和应急预案',
    ],
    materials: [
      mat('application', '营业性演出申请登记表', showForms),
      businessLicence(),
      mat('programme', '演出节目单、内容说明及演员名单', { notes: '含演员身份证明' }),
      mat('contracts', '演出协议及演出场所使用协议', { originals: 0, copies: 1 }),
      mat('safety_plan', '安全工作方案及应急预案', { requirement: 'tolerable', notes: '可容缺受理，演出前补交' }),
      powerOfAttorney(),
    ],
    process: [accept(days(1)), review('review', '内容审核', days(1)), decide(days(1))],
    legalLimit: days(3, '《营业性演出管理条例》第十三条：自受理申请之日起3日内作出决定'),
    promisedLimit: days(3, '同法定时限'),
    fees: [],
    onlineApplication: true,
    formSchema: formSchema(['title', 'startDate', 'endDate', 'venue', 'shows', 'audience'], {
      title: str('演出名称'),
      startDate: date('演出开始日期'),
      endDate: date('演出结束日期'),
      venue: str('演出场所', { maxLength: 120 }),
      shows: int('演出场次', 1),
      audience: int('预计每场观众人数', 1),
    }),
    formUi: formUi(['title', 'startDate', 'endDate', 'venue', 'shows', 'audience'], {
      startDate: { 'ui:widget': 'date' },
      endDate: { 'ui:widget': 'date' },
    }),
    certificate: { type: '营业性演出准予许可决定书', validity: '限批准的演出时间和场所' },
    audience: ['enterprise'],
    themes: ['文化娱乐'],
    keywords: ['演出', '演唱会', '音乐节', '商演', '晚会'],
    office: WGLT,
  },
};

const projectForms = forms(
  '企业投资项目核准申请报告',
  [
    ['项目单位', '浙江舟山海港绿色能源有限公司'],
    ['项目名称', '舟山六横海上风电配套储运基地项目'],
    ['建设地点', '舟山市普陀区六横镇'],
    ['项目代码', '2603-330903-04-01-654321'],
    ['建设规模及内容', '新建码头泊位1个、储运堆场12万平方米'],
    ['总投资（万元）', '168000'],
  ],
  ['项目申请书由项目单位自主编制或委托具备相应能力的工程咨询单位编制。'],
);

const projectApproval: DemoItem = {
  departmentCode: 'FGW',
  definition: {
    name: '企业投资项目核准',
    nameEn: 'Approval of enterprise investment projects',
    ...codes('FGW', 1),
    handlingLevel: 'city',
    intakeLevels: ['city'],
    caseType: 'promised',
    legalBasis: [
      { law: '《企业投资项目核准和备案管理条例》（国务院令第673号）', article: '第三条' },
      { law: '《企业投资项目核准和备案管理条例》（国务院令第673号）', article: '第六条' },
    ],
    conditions: [
      '项目属于《政府核准的投资项目目录》范围',
      '不危害经济安全、社会安全、生态安全等国家安全',
      '符合相关发展建设规划、产业政策和技术标准',
      '合理开发并有效利用资源，不对重大公共利益产生不利影响',
    ],
    materials: [
      mat('application', '企业投资项目核准申请报告（项目申请书）', projectForms),
      businessLicence(),
      mat('site_opinion', '用地（用海）预审与选址意见书', { originals: 0, copies: 1 }),
      mat('other_approvals', '法律、行政法规规定需要办理的其他相关手续', {
        requirement: 'tolerable',
        originals: 0,
        copies: 1,
        notes: '可容缺受理，核准决定前补交',
      }),
      powerOfAttorney(),
    ],
    process: [accept(days(1)), review('review', '审查（委托评估时间不计入）', days(7)), decide(days(2))],
    legalLimit: days(20, '《企业投资项目核准和备案管理条例》：自受理申请之日起20个工作日内作出决定'),
    promisedLimit: days(10, '舟山市承诺时限'),
    fees: [],
    onlineApplication: true,
    formSchema: formSchema(['projectName', 'projectCode', 'location', 'scale', 'investment'], {
      projectName: str('项目名称'),
      projectCode: str('项目代码', { maxLength: 40 }),
      location: str('建设地点', { maxLength: 120 }),
      scale: str('建设规模及内容', { maxLength: 500 }),
      investment: num('总投资（万元）', 0),
    }),
    formUi: formUi(['projectName', 'projectCode', 'location', 'scale', 'investment']),
    certificate: { type: '项目核准文件', validity: '2年（可申请延期）' },
    audience: ['enterprise'],
    themes: ['工程建设', '开办企业'],
    keywords: ['项目核准', '投资项目', '立项', '发改'],
    office: FGW,
  },
};

const jointForms = forms(
  '建设项目联合审批申请表',
  [
    ['建设单位', '舟山城投建设有限公司'],
    ['项目名称', '新城长峙岛安置房二期工程'],
    ['项目代码', '2601-330900-04-01-112233'],
    ['建设地点', '舟山市定海区临城街道长峙岛'],
    ['总建筑面积（平方米）', '86000'],
    ['联审事项', '项目审批；建设工程规划许可；消防设计审查；施工许可', '按项目阶段勾选'],
  ],
  ['一家牵头、并联审批、限时办结：发改部门牵头，自然资源和规划、住建、消防部门并联审查。'],
);

const projectJoint: DemoItem = {
  departmentCode: 'FGW',
  coDepartmentCodes: ['ZRZY', 'ZJJ', 'XF'],
  definition: {
    name: '建设项目联合审批',
    nameEn: 'Joint approval of construction projects',
    ...codes('FGW', 2),
    handlingLevel: 'city',
    intakeLevels: ['city'],
    caseType: 'promised',
    legalBasis: [
      { law: '《中华人民共和国行政许可法》', article: '第二十六条' },
      { law: '《中华人民共和国城乡规划法》', article: '第四十条' },
      { law: '《中华人民共和国建筑法》', article: '第七条' },
      { law: '《中华人民共和国消防法》', article: '第十一条' },
    ],
    conditions: [
      '项目已完成立项（审批、核准或备案），取得项目代码',
      '已取得用地手续，建设工程设计方案符合控制性详细规划和规划条件',
      '施工图设计文件（含消防设计）已按规定审查',
    ],
    materials: [
      mat('application', '建设项目联合审批申请表', jointForms),
      businessLicence(),
      mat('project_doc', '项目审批、核准或备案文件', { originals: 0, copies: 1 }),
      mat('land', '用地批准文件或不动产权证书', { originals: 0, copies: 1 }),
      mat('design', '建设工程设计方案总平面图及消防设计文件', { notes: '同时提交电子文件' }),
      mat('construction_contract', '施工、监理合同', { requirement: 'tolerable', originals: 0, copies: 1 }),
    ],
    process: [
      accept(days(1, '牵头部门受理并抄告各协办部门')),
      review('lead_review', '牵头部门审查', days(8), 'joint'),
      review('joint_review', '协办部门并联审查及联合会审', days(8, '未参会部门视为同意'), 'joint'),
      decide(days(3)),
    ],
    legalLimit: days(45, '《行政许可法》第四十二条：联合办理的，不超过45日'),
    promisedLimit: days(12, '工程建设项目审批制度改革承诺时限'),
    fees: [],
    onlineApplication: true,
    formSchema: formSchema(['projectName', 'projectCode', 'location', 'floorArea', 'stages'], {
      projectName: str('项目名称'),
      projectCode: str('项目代码', { maxLength: 40 }),
      location: str('建设地点', { maxLength: 120 }),
      floorArea: num('总建筑面积（平方米）', 1),
      stages: manyOf('联审事项', ['项目审批', '建设工程规划许可', '消防设计审查', '施工许可']),
    }),
    formUi: formUi(['projectName', 'projectCode', 'location', 'floorArea', 'stages'], {
      stages: { 'ui:widget': 'checkboxes' },
    }),
    certificate: { type: '各部门批复文件（联合出件）', validity: '按各批复文件规定' },
    audience: ['enterprise'],
    themes: ['工程建设', '建房'],
    keywords: ['联合审批', '工程建设', '并联审批', '项目审批', '一件事', '联办'],
    office: FGW,
  },
};

export const cultureAndDevelopmentItems: DemoItem[] = [
  entertainmentLicence,
  performanceApproval,
  projectApproval,
  projectJoint,
];
