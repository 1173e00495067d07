/** Demo catalogue: 烟草专卖局 (YCJ), 民政局 (MZJ) and 财政局 (CZJ) items. */
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

const tobaccoForms = forms(
  '烟草专卖零售许可证申请表',
  [
    ['申请人（经营者）', '周海燕（舟山市普陀区海燕便利店）'],
    ['经营场所', '舟山市普陀区东港街道海华路56号'],
    ['经营场所面积（平方米）', '45'],
    ['经营业态', '便利店', '□便利店 □超市 □食杂店 □烟酒商店 □其他'],
    ['周边学校、幼儿园情况', '周边100米内无中小学校、幼儿园', '□有 □无'],
    ['联系电话', '13587601234'],
  ],
  [
    '不得在中小学校、幼儿园周边设置烟草制品销售网点，不得向未成年人出售烟草制品。',
    '经营场所须符合本地烟草制品零售点合理布局规定。',
  ],
);

const tobaccoLicence: DemoItem = {
  departmentCode: 'YCJ',
  definition: {
    name: '烟草专卖零售许可证核发',
    nameEn: 'Tobacco retail licence',
    ...codes('YCJ', 1),
    handlingLevel: 'city',
    intakeLevels: ['city'],
    caseType: 'promised',
    legalBasis: [
      { law: '《中华人民共和国烟草专卖法》', article: '第十六条' },
      { law: '《中华人民共和国未成年人保护法》', article: '第五十九条' },
    ],
    conditions: [
      '有与经营烟草制品零售业务相适应的资金',
      '有固定的经营场所，不在中小学校、幼儿园周边',
      '符合烟草专卖零售许可证合理布局的要求',
      '申请人为无民事行为能力或限制民事行为能力的，不予发证',
    ],
    materials: [
      mat('application', '烟草专卖零售许可证申请表', tobaccoForms),
      businessLicence(),
      identityMaterial('经营者身份证原件，核验后退回'),
      mat('premises', '经营场所产权证明或租赁协议', {
        requirement: 'tolerable',
        originals: 0,
        copies: 1,
        notes: '可容缺受理，实地核查时补交',
      }),
      powerOfAttorney(),
    ],
    process: [accept(days(1)), review('site_check', '实地核查', days(6)), decide(days(3))],
    legalLimit: days(20, '《行政许可法》第四十二条'),
    promisedLimit: days(10, '舟山市承诺时限'),
    fees: [],
    onlineApplication: true,
    formSchema: formSchema(
      ['address', 'businessArea', 'businessForm', 'nearSchool'],
      {
        address: str('经营场所', { maxLength: 120 }),
        businessArea: num('经营场所面积（平方米）', 1),
        businessForm: oneOfEnum('经营业态', ['便利店', '超市', '食杂店', '烟酒商店', '其他']),
        nearSchool: { type: 'boolean', title: '周边是否有中小学校、幼儿园' },
      },
      'either',
    ),
    formUi: formUi(['address', 'businessArea', 'businessForm', 'nearSchool']),
    certificate: { type: '烟草专卖零售许可证', validity: '5年' },
    audience: ['person', 'enterprise'],
    themes: ['开办便利店', '开办企业'],
    keywords: ['烟草证', '卖烟', '香烟', '便利店', '小卖部', '烟草零售'],
    office: cityOffice('YCJ', '烟草专卖局'),
  },
};

const societyForms = forms(
  '社会团体成立登记申请书',
  [
    ['社会团体名称', '舟山市海岛民宿行业协会'],
    ['住所', '舟山市普陀区朱家尖街道月岙路18号'],
    ['业务范围', '行业自律、信息交流、业务培训、咨询服务'],
    ['会员数', '单位会员68个'],
    ['注册资金（万元）', '5'],
    ['拟任法定代表人', '徐海平'],
    ['业务主管单位', '直接登记（行业协会商会类）', '□直接登记 □业务主管单位：'],
  ],
  ['行业协会商会、科技类、公益慈善类、城乡社区服务类社会组织可直接登记。'],
);

const societyRegistration: DemoItem = {
  departmentCode: 'MZJ',
  definition: {
    name: '社会团体成立登记',
    nameEn: 'Registration of a social organisation',
    ...codes('MZJ', 1),
    handlingLevel: 'city',
    intakeLevels: ['city'],
    caseType: 'promised',
    legalBasis: [
      { law: '《社会团体登记管理条例》', article: '第九条' },
      { law: '《社会团体登记管理条例》', article: '第十条' },
    ],
    conditions: [
      '有50个以上的个人会员或者30个以上的单位会员；个人会员、单位会员混合组成的，会员总数不得少于50个',
      '有规范的名称和相应的组织机构',
      '有固定的住所',
      '有与其业务活动相适应的专职工作人员',
      '有合法的资产和经费来源，地方性社会团体有3万元以上活动资金',
      '有独立承担民事责任的能力',
    ],
    materials: [
      mat('application', '社会团体成立登记申请书', societyForms),
      mat('charter', '章程草案', { notes: '经会员大会或会员代表大会通过' }),
      mat('capital', '验资报告', { originals: 1, copies: 0 }),
      mat('premises', '住所使用权证明', { originals: 0, copies: 1 }),
      mat('officers', '拟任负责人基本情况及身份证明', { originals: 0, copies: 1 }),
      mat('sponsor', '业务主管单位批准文件', { requirement: 'optional', notes: '直接登记的社会团体免于提交' }),
      identityMaterial('拟任法定代表人身份证明'),
    ],
    process: [accept(days(1)), review('review', '审查', days(10)), decide(days(4))],
    legalLimit: days(30, '《社会团体登记管理条例》：自收到完成筹备的登记申请之日起30日内完成审查'),
    promisedLimit: days(15, '舟山市承诺时限'),
    fees: [],
    onlineApplication: true,
    formSchema: formSchema(['societyName', 'address', 'scope', 'members', 'capital'], {
      societyName: str('社会团体名称'),
      address: str('住所', { maxLength: 120 }),
      scope: str('业务范围', { maxLength: 500 }),
      members: int('会员数', 1),
      capital: num('活动资金（万元）', 3),
      direct: { type: 'boolean', title: '直接登记（无业务主管单位）' },
    }),
    formUi: formUi(['societyName', 'address', 'scope', 'members', 'capital']),
    certificate: { type: '社会团体法人登记证书', validity: '5年' },
    audience: ['person', 'enterprise'],
    themes: ['社会组织'],
    keywords: ['协会', '商会', '社会团体', '社团登记', '社会组织'],
    office: cityOffice('MZJ', '民政局'),
  },
};

const bookkeepingForms = forms(
  '代理记账资格申请表',
  [
    ['机构名称', '舟山信诚财务咨询有限公司'],
    ['统一社会信用代码', '91330900MA2D8E9F0G'],
    ['办公地址', '舟山市定海区临城街道翁山路555号1201室'],
    ['主管代理记账业务负责人', '叶丽华（会计师）'],
    ['专职从业人员数', '5'],
  ],
  ['专职从业人员不少于3名，主管代理记账业务的负责人具有会计师以上专业技术职务资格或从事会计工作不少于3年。'],
);

const bookkeepingLicence: DemoItem = {
  departmentCode: 'CZJ',
  definition: {
    name: '代理记账资格审批',
    nameEn: 'Approval of bookkeeping agencies',
    ...codes('CZJ', 1),
    handlingLevel: 'city',
    intakeLevels: ['city'],
    caseType: 'promised',
    legalBasis: [
      { law: '《代理记账管理办法》（财政部令第98号）', article: '第三条' },
      { law: '《代理记账管理办法》（财政部令第98号）', article: '第四条' },
    ],
    conditions: [
      '为依法设立的企业',
      '专职从业人员不少于3名',
      '主管代理记账业务的负责人具有会计师以上专业技术职务资格或者从事会计工作不少于三年，且为专职从业人员',
      '有健全的代理记账业务内部规范',
    ],
    materials: [
      mat('application', '代理记账资格申请表', bookkeepingForms),
      businessLicence(),
      mat('staff', '专职从业人员在本机构专职从业的书面承诺'),
      mat('principal', '主管代理记账业务负责人的会计师以上专业技术资格证书或从事会计工作3年以上的书面承诺', {
        originals: 0,
        copies: 1,
      }),
      mat('rules', '代理记账业务内部规范', { requirement: 'tolerable', notes: '可容缺受理，5个工作日内补交' }),
      powerOfAttorney(),
    ],
    process: [accept(days(1)), review('review', '审查', days(2)), decide(days(1))],
    legalLimit: days(10, '《代理记账管理办法》：自受理申请之日起10日内作出决定，经负责人批准可延长10日'),
    promisedLimit: days(4, '舟山市承诺时限'),
    fees: [],
    onlineApplication: true,
    formSchema: formSchema(['officeAddress', 'principal', 'staffCount'], {
      officeAddress: str('办公地址', { maxLength: 120 }),
      principal: str('主管代理记账业务负责人', { maxLength: 30 }),
      staffCount: int('专职从业人员数', 3),
    }),
    formUi: formUi(['officeAddress', 'principal', 'staffCount']),
    certificate: { type: '代理记账许可证书', validity: '长期' },
    audience: ['enterprise'],
    themes: ['开办企业'],
    keywords: ['代理记账', '记账', '会计', '财务公司', '代账'],
    office: cityOffice('CZJ', '财政局'),
  },
};

export const otherItems: DemoItem[] = [tobaccoLicence, societyRegistration, bookkeepingLicence];
