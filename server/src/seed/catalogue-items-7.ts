/**
 * Demo catalogue: county items that a township takes in (Art. 43) — 养犬登记 with its two small
 * invoice-book fees, 公共场所卫生许可 — and the city's 医疗机构执业登记 (卫生健康委员会).
 */
import {
  accept,
  bool,
  businessLicence,
  cityOffice,
  codes,
  countyOffice,
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
  minutes,
  num,
  oneOfEnum,
  powerOfAttorney,
  review,
  str,
} from './catalogue-items-2.js';

const DINGHAI = '舟山市定海区昌国街道海山路1号';

const dogForms = forms(
  '养犬登记申请表',
  [
    ['养犬人姓名', '陈小雨'],
    ['身份证号码', '330902199001011234'],
    ['居住地址', '舟山市定海区解放街道东山路35号3幢502室'],
    ['犬名', '豆豆'],
    ['犬种 / 性别 / 毛色', '柯基 / 雄 / 黄白'],
    ['出生日期', '2025-06-18'],
    ['狂犬病免疫证明编号', 'ZS-QB-2026-008812'],
    ['是否绝育', '否', '□是 □否'],
  ],
  [
    '携带犬只出户应佩戴犬牌并系犬绳，主动避让他人。',
    '每户限养一只；禁止饲养烈性犬、大型犬（导盲犬等工作犬除外）。',
    '犬只应每年接种狂犬病疫苗并办理年检。',
  ],
);

const dogRegistration: DemoItem = {
  departmentCode: 'ZHZF',
  definition: {
    name: '养犬登记',
    nameEn: 'Dog registration',
    ...codes('ZHZF', 4, '330902'),
    handlingLevel: 'county',
    intakeLevels: ['county', 'township'],
    caseType: 'on_the_spot',
    legalBasis: [{ law: '《中华人民共和国动物防疫法》', article: '第三十条' }],
    conditions: [
      '养犬人为具有完全民事行为能力的本辖区居民，或为本辖区单位',
      '犬只已按规定接种狂犬病疫苗，并持有动物诊疗机构出具的免疫证明',
      '犬只不属于禁止饲养的烈性犬、大型犬',
      '个人养犬的，每户限养一只',
    ],
    materials: [
      mat('application', '养犬登记申请表', dogForms),
      identityMaterial('养犬人身份证原件，核验后退回'),
      mat('vaccination', '犬只狂犬病免疫证明', { notes: '由动物诊疗机构出具' }),
      mat('photo', '犬只正面、侧面彩色照片各1张'),
      mat('residence', '房屋产权证明或租赁合同', {
        requirement: 'tolerable',
        originals: 0,
        copies: 1,
        notes: '可容缺受理，5个工作日内补交；户籍地址与居住地址一致的免于提交',
      }),
    ],
    process: [
      accept(minutes(20, '窗口当场核验材料'), '受理（当场核验）'),
      review('issue', '审核并发放犬牌', minutes(20)),
    ],
    legalLimit: days(20, '《行政许可法》第四十二条'),
    promisedLimit: days(1, '即办件：材料齐全的当场办结发放犬牌，最长不超过1个工作日'),
    fees: [
      {
        key: 'dog_registration_fee',
        name: '犬类登记费',
        legalBasis: '《中华人民共和国动物防疫法》第三十条；浙江省价格主管部门、财政部门核定的犬类登记收费标准',
        standard: '每只犬100元（首次登记；示例标准，以物价部门核定为准）；导盲犬、扶助犬免收',
        pricing: { rule: 'fixed', amountFen: 10000 },
        paymentMode: 'invoice_book',
        financeCode: '103049901',
      },
      {
        key: 'certificate_fee',
        name: '证照工本费（犬牌、养犬登记证）',
        legalBasis: '浙江省行政事业性收费项目目录（证照工本费）',
        standard: '犬牌及养犬登记证每套10元（示例标准）',
        pricing: { rule: 'fixed', amountFen: 1000 },
        paymentMode: 'invoice_book',
        financeCode: '103010210',
      },
    ],
    onlineApplication: true,
    formSchema: formSchema(
      ['address', 'dogName', 'breed', 'sex', 'color', 'birthDate', 'vaccinationNo'],
      {
        address: str('居住地址', { maxLength: 120 }),
        dogName: str('犬名', { maxLength: 20 }),
        breed: str('犬种', { maxLength: 30 }),
        sex: oneOfEnum('性别', ['雄', '雌']),
        color: str('毛色', { maxLength: 20 }),
        birthDate: date('出生日期'),
        vaccinationNo: str('狂犬病免疫证明编号', { maxLength: 40 }),
        neutered: bool('是否绝育'),
      },
      'person',
    ),
    formUi: formUi(['address', 'dogName', 'breed', 'sex', 'color', 'birthDate', 'vaccinationNo'], {
      birthDate: { 'ui:widget': 'date' },
      sex: { 'ui:widget': 'radio' },
    }),
    certificate: { type: '养犬登记证及犬牌', validity: '1年（每年年检）' },
    audience: ['person', 'enterprise'],
    themes: ['养犬'],
    keywords: ['狗证', '养狗', '犬证', '办狗证', '犬只登记', '宠物', '犬牌', '遛狗'],
    office: countyOffice('定海区行政服务中心', DINGHAI, '综合行政执法窗口', '0580-2025114'),
  },
};

const hygieneForms = forms(
  '公共场所卫生许可申请表（告知承诺）',
  [
    ['单位名称', '舟山市定海区丽人美发店'],
    ['经营地址', '舟山市定海区城东街道檀枫路88号'],
    ['经营项目', '美发场所', '□住宿场所 □沐浴场所 □美容美发场所 □游泳场所 □其他'],
    ['营业面积（平方米）', '85'],
    ['从业人员数', '6'],
    ['卫生管理员', '方丽'],
    ['承诺', '本单位已符合公共场所卫生许可条件，承诺内容真实', '□本单位承诺已符合许可条件'],
  ],
  [
    '实行告知承诺制：申请人书面承诺符合条件的，当场作出许可决定。',
    '卫生健康部门在许可后3个月内进行现场核查，发现与承诺不符的依法撤销许可。',
  ],
);

const publicHygiene: DemoItem = {
  departmentCode: 'WJW',
  definition: {
    name: '公共场所卫生许可',
    nameEn: 'Hygiene licence for public places',
    ...codes('WJW', 1, '330902'),
    handlingLevel: 'county',
    intakeLevels: ['county', 'township'],
    caseType: 'on_the_spot',
    legalBasis: [
      { law: '《公共场所卫生管理条例》', article: '第八条' },
      { law: '《公共场所卫生管理条例实施细则》', article: '第二十二条' },
    ],
    conditions: [
      '场所选址、设计、装修符合国家卫生标准和卫生要求',
      '具备与经营规模相适应的通风、采光、照明、给排水、消毒等卫生设施设备',
      '建立卫生管理制度，配备专（兼）职卫生管理人员',
      '从业人员取得有效健康合格证明',
      '适用于住宿、沐浴、美容美发、游泳等场所；饭馆、咖啡馆、酒吧、茶座等已不再核发卫生许可',
    ],
    materials: [
      mat('application', '公共场所卫生许可申请表（告知承诺）', hygieneForms),
      businessLicence(),
      identityMaterial(),
      mat('layout', '经营场所平面布局图及卫生设施设备布局', { copies: 0 }),
      mat('health_certificates', '从业人员健康合格证明', {
        requirement: 'tolerable',
        originals: 0,
        copies: 1,
        notes: '可容缺受理，10个工作日内补交',
      }),
      powerOfAttorney(),
    ],
    process: [accept(minutes(30)), review('issue', '承诺审核并制证', minutes(30))],
    legalLimit: days(20, '《公共场所卫生管理条例实施细则》：自受理之日起20日内作出决定'),
    promisedLimit: minutes(60, '告知承诺制，当场办结'),
    fees: [],
    onlineApplication: true,
    formSchema: formSchema(['address', 'venueTypes', 'businessArea', 'staffCount', 'commitment'], {
      address: str('经营地址', { maxLength: 120 }),
      venueTypes: manyOf('经营项目', ['住宿场所', '沐浴场所', '美容美发场所', '游泳场所', '其他公共场所']),
      businessArea: num('营业面积（平方米）', 1),
      staffCount: int('从业人员数', 0),
      commitment: { type: 'boolean', title: '本单位承诺已符合公共场所卫生许可条件', const: true },
    }),
    formUi: formUi(['address', 'venueTypes', 'businessArea', 'staffCount', 'commitment'], {
      venueTypes: { 'ui:widget': 'checkboxes' },
    }),
    certificate: { type: '公共场所卫生许可证', validity: '4年' },
    audience: ['enterprise', 'person'],
    themes: ['开办宾馆', '开办企业'],
    keywords: ['卫生许可证', '卫生许可', '理发店', '美容院', '宾馆', '游泳馆', '浴室', '足浴'],
    office: countyOffice('定海区行政服务中心', DINGHAI, '卫生健康窗口', '0580-2025109'),
  },
};

const clinicForms = forms(
  '医疗机构执业登记申请书',
  [
    ['医疗机构名称', '舟山新城康乐口腔门诊部'],
    ['执业地址', '舟山市定海区临城街道合兴路31号'],
    ['所有制形式', '私营', '□全民 □集体 □私营 □其他'],
    ['诊疗科目', '口腔科；医学影像科（X线诊断专业）'],
    ['床位（牙椅）数', '牙椅12台'],
    ['主要负责人', '杨立群（口腔科主任医师）'],
    ['注册资金（万元）', '300'],
  ],
  ['诊疗科目按《医疗机构诊疗科目名录》填写。', '设置审批与执业登记已合并办理的，一并提交设置申请材料。'],
);

const clinicRegistration: DemoItem = {
  departmentCode: 'WJW',
  definition: {
    name: '医疗机构执业登记',
    nameEn: 'Practice registration of a medical institution',
    ...codes('WJW', 2),
    handlingLevel: 'city',
    intakeLevels: ['city'],
    caseType: 'promised',
    legalBasis: [
      { law: '《医疗机构管理条例》', article: '第十五条' },
      { law: '《医疗机构管理条例实施细则》', article: '第二十五条' },
    ],
    conditions: [
      '按照规定应当办理设置审批的，已取得设置医疗机构批准书',
      '符合医疗机构的基本标准',
      '有适合的名称、组织机构和场所',
      '有与开展的业务相适应的经费、设施、设备和专业卫生技术人员',
      '有相应的规章制度，能够独立承担民事责任',
    ],
    materials: [
      mat('application', '医疗机构执业登记申请书', clinicForms),
      mat('premises', '医疗机构用房产权证明或使用证明', { originals: 0, copies: 1 }),
      mat('floor_plan', '医疗机构建筑设计平面图'),
      mat('staff', '卫生技术人员名录、执业证书及有关资格证书', { originals: 0, copies: 1 }),
      mat('rules', '医疗机构规章制度', { requirement: 'tolerable', notes: '可容缺受理，现场审核前补交' }),
      mat('equipment', '医疗设备清单及大型设备配置许可（如需）'),
      identityMaterial('法定代表人或主要负责人身份证明'),
      powerOfAttorney(),
    ],
    process: [
      accept(days(1)),
      review('review', '材料审查', days(5)),
      review('site_check', '现场审核', days(10, '组织专家现场审核，专家评审时间不计入')),
      decide(days(2)),
    ],
    legalLimit: days(45, '《医疗机构管理条例》：自受理执业登记申请之日起45日内审核'),
    promisedLimit: days(18, '舟山市承诺时限'),
    fees: [],
    onlineApplication: true,
    formSchema: formSchema(['institutionName', 'address', 'ownership', 'subjects', 'principal'], {
      institutionName: str('医疗机构名称'),
      address: str('执业地址', { maxLength: 120 }),
      ownership: oneOfEnum('所有制形式', ['全民', '集体', '私营', '其他']),
      subjects: str('诊疗科目', { maxLength: 300 }),
      beds: int('床位（牙椅）数', 0),
      principal: str('主要负责人', { maxLength: 30 }),
    }),
    formUi: formUi(['institutionName', 'address', 'ownership', 'subjects', 'principal']),
    certificate: { type: '医疗机构执业许可证', validity: '按登记机关核定的有效期，定期校验' },
    audience: ['enterprise', 'person'],
    themes: ['医疗卫生', '开办企业'],
    keywords: ['诊所', '门诊部', '医疗机构', '口腔', '医院', '执业许可证'],
    office: cityOffice('WJW', '卫生健康委员会'),
  },
};

export const countyAndHealthItems: DemoItem[] = [dogRegistration, publicHygiene, clinicRegistration];
