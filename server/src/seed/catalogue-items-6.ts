/** Demo catalogue: 公安局 (GAJ) items, including the joint item 宾馆、娱乐场所开业. */
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
  manyOf,
  mat,
  num,
  oneOfEnum,
  powerOfAttorney,
  review,
  str,
} from './catalogue-items-2.js';

const GAJ = cityOffice('GAJ', '公安局');

const hotelForms = forms(
  '旅馆业特种行业许可证申请登记表',
  [
    ['旅馆名称', '舟山朱家尖海岸民宿酒店有限公司'],
    ['经营地址', '舟山市普陀区朱家尖街道东沙路66号'],
    ['法定代表人（负责人）', '徐海平'],
    ['客房数（间）', '48'],
    ['床位数（张）', '86'],
    ['治安保卫负责人', '邵明'],
    ['旅馆业治安管理信息系统', '已安装（系统编号ZS-LG-2026-0312）', '□已安装 □未安装'],
  ],
  ['旅馆的房屋建筑、消防设备、出入口和通道须符合治安、消防要求。', '法定代表人须无不得从事旅馆业的违法犯罪记录。'],
);

const hotelPermit: DemoItem = {
  departmentCode: 'GAJ',
  definition: {
    name: '旅馆业特种行业许可证核发',
    nameEn: 'Special trade licence for hotels',
    ...codes('GAJ', 1),
    handlingLevel: 'city',
    intakeLevels: ['city'],
    caseType: 'promised',
    legalBasis: [{ law: '《旅馆业治安管理办法》', article: '第四条' }],
    conditions: [
      '已取得营业执照，房屋建筑、消防设备、出入口和通道等符合治安、消防有关规定',
      '安装旅馆业治安管理信息系统，实行住宿旅客实名登记',
      '设置旅客财物保管室（柜），建立治安保卫制度，配备治安保卫人员',
      '法定代表人、负责人无不得从事特种行业的违法犯罪记录',
    ],
    materials: [
      mat('application', '旅馆业特种行业许可证申请登记表', hotelForms),
      businessLicence(),
      identityMaterial(),
      mat('premises', '经营场所房屋产权证明或租赁合同', { originals: 0, copies: 1 }),
      mat('floor_plan', '经营场所平面图（标明客房、通道、安全出口、监控点位）'),
      mat('fire_certificate', '公众聚集场所投入使用、营业前消防安全检查合格证或告知承诺决定', {
        originals: 0,
        copies: 1,
      }),
      mat('security_rules', '治安保卫制度及治安保卫人员名单', {
        requirement: 'tolerable',
        notes: '可容缺受理，现场检查前补交',
      }),
      powerOfAttorney(),
    ],
    process: [accept(days(1)), review('site_check', '实地检查', days(4, '两名以上民警实施')), decide(days(2))],
    legalLimit: days(20, '《行政许可法》第四十二条'),
    promisedLimit: days(7, '舟山市承诺时限'),
    fees: [],
    onlineApplication: true,
    formSchema: formSchema(['hotelName', 'address', 'rooms', 'beds', 'securityOfficer'], {
      hotelName: str('旅馆名称'),
      address: str('经营地址', { maxLength: 120 }),
      rooms: int('客房数（间）', 1),
      beds: int('床位数（张）', 1),
      securityOfficer: str('治安保卫负责人', { maxLength: 30 }),
      systemInstalled: { type: 'boolean', title: '已安装旅馆业治安管理信息系统' },
    }),
    formUi: formUi(['hotelName', 'address', 'rooms', 'beds', 'securityOfficer']),
    certificate: { type: '特种行业许可证', validity: '长期' },
    audience: ['enterprise'],
    themes: ['开办宾馆', '开办企业'],
    keywords: ['旅馆', '宾馆', '酒店', '民宿', '特种行业', '特行证', '住宿'],
    office: GAJ,
  },
};

const openingForms = forms(
  '宾馆、娱乐场所开业联合审批申请表',
  [
    ['申请人名称', '舟山海悦文化娱乐有限公司'],
    ['场所名称', '海悦KTV量贩式歌厅'],
    ['场所地址', '舟山市普陀区沈家门街道滨港路200号3层'],
    ['场所类型', '歌舞娱乐场所', '□宾馆 □歌舞娱乐场所 □游艺娱乐场所'],
    ['营业面积（平方米）', '1200'],
    ['包厢（客房）数', '32'],
    ['联办事项', '娱乐场所经营许可；消防安全检查；公共场所卫生许可；特种行业许可', '按场所类型勾选'],
    ['联系人及电话', '林国强 13706801234'],
  ],
  ['主办窗口受理后组织公安、消防、卫生健康、文化旅游部门联合踏勘。', '联合踏勘时间以联办件启动通知书为准。'],
);

const openingJoint: DemoItem = {
  departmentCode: 'GAJ',
  coDepartmentCodes: ['XF', 'WJW', 'WGLT'],
  definition: {
    name: '宾馆、娱乐场所开业联合审批',
    nameEn: 'Opening a hotel or entertainment venue (joint handling with site inspection)',
    ...codes('GAJ', 2),
    handlingLevel: 'city',
    intakeLevels: ['city'],
    caseType: 'promised',
    legalBasis: [
      { law: '《中华人民共和国行政许可法》', article: '第二十六条' },
      { law: '《旅馆业治安管理办法》', article: '第四条' },
      { law: '《中华人民共和国消防法》', article: '第十五条' },
      { law: '《公共场所卫生管理条例》', article: '第八条' },
      { law: '《娱乐场所管理条例》', article: '第九条' },
    ],
    conditions: [
      '符合旅馆业或娱乐场所治安管理要求，安装相应的治安管理信息系统和视频监控',
      '符合消防技术标准和管理规定，疏散通道、安全出口畅通',
      '符合公共场所卫生标准和卫生要求，从业人员取得健康合格证明',
      '娱乐场所的设立符合《娱乐场所管理条例》规定的地点、面积和设施条件',
    ],
    materials: [
      mat('application', '宾馆、娱乐场所开业联合审批申请表', openingForms),
      businessLicence(),
      identityMaterial(),
      mat('floor_plan', '经营场所平面图及消防疏散图'),
      mat('premises', '房屋产权证明或租赁合同', { originals: 0, copies: 1 }),
      mat('hygiene_staff', '从业人员健康合格证明', {
        requirement: 'tolerable',
        originals: 0,
        copies: 1,
        notes: '可容缺受理，联合踏勘前补交',
      }),
      mat('fire_commitment', '消防安全告知承诺书'),
      powerOfAttorney(),
    ],
    process: [
      accept(days(1, '主办窗口受理，发出联办件启动通知书并抄告协办窗口')),
      review('lead_review', '主办部门审查', days(5), 'joint'),
      review('joint_inspection', '联合踏勘（公安、消防、卫生健康、文化旅游）', days(5, '两名以上人员实施'), 'joint'),
      decide(days(3, '联合会审，未参会部门视为同意')),
    ],
    legalLimit: days(45, '《行政许可法》第四十二条：联合办理的，不超过45日'),
    promisedLimit: days(15, '舟山市联办件承诺时限'),
    fees: [],
    onlineApplication: true,
    formSchema: formSchema(['venueName', 'venueAddress', 'venueType', 'businessArea', 'jointItems'], {
      venueName: str('场所名称'),
      venueAddress: str('场所地址', { maxLength: 120 }),
      venueType: oneOfEnum('场所类型', ['宾馆', '歌舞娱乐场所', '游艺娱乐场所']),
      businessArea: num('营业面积（平方米）', 1),
      rooms: int('包厢（客房）数', 0),
      jointItems: manyOf('联办事项', ['特种行业许可', '消防安全检查', '公共场所卫生许可', '娱乐场所经营许可']),
    }),
    formUi: formUi(['venueName', 'venueAddress', 'venueType', 'businessArea', 'jointItems'], {
      jointItems: { 'ui:widget': 'checkboxes' },
    }),
    certificate: { type: '各部门许可证照（联合发证）', validity: '按各证照规定' },
    audience: ['enterprise'],
    themes: ['开办宾馆', '文化娱乐', '开办企业'],
    keywords: ['开宾馆', '开酒店', 'KTV', '歌厅', '娱乐场所', '联合踏勘', '一件事', '联办'],
    office: GAJ,
  },
};

export const publicSecurityItems: DemoItem[] = [hotelPermit, openingJoint];
