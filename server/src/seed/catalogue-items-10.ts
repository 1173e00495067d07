/**
 * Demo catalogue: 交通运输局 (JTJ), 海洋与渔业局 (HYJ) and 港航和口岸管理局 (GHKA) items — the
 * island city's transport, fishing and port licences.
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

const freightForms = forms(
  '道路货物运输经营申请表',
  [
    ['申请人名称', '舟山通达物流有限公司'],
    ['经营地址', '舟山市定海区盐仓街道新城大道889号'],
    ['申请经营范围', '普通货运；货物专用运输（集装箱）', '□普通货运 □货物专用运输 □大型物件运输'],
    ['拟投入车辆', '重型半挂牵引车10辆'],
    ['驾驶人员', '12名（均取得道路货物运输驾驶员从业资格证）'],
    ['安全生产管理人员', '郑伟（专职）'],
  ],
  ['总质量4.5吨及以下的普通货运车辆从事普通货运经营的，无需申请道路运输经营许可。'],
);

const freightLicence: DemoItem = {
  departmentCode: 'JTJ',
  definition: {
    name: '道路货物运输经营许可',
    nameEn: 'Road freight transport business licence',
    ...codes('JTJ', 1),
    handlingLevel: 'city',
    intakeLevels: ['city'],
    caseType: 'promised',
    legalBasis: [
      { law: '《中华人民共和国道路运输条例》', article: '第二十一条' },
      { law: '《中华人民共和国道路运输条例》', article: '第二十四条' },
      { law: '《道路货物运输及站场管理规定》', article: '第二章' },
    ],
    conditions: [
      '有与其经营业务相适应并经检测合格的车辆',
      '有符合规定条件的驾驶人员：取得相应机动车驾驶证，年龄不超过60周岁，3年内无重大以上交通责任事故，经考试取得从业资格证',
      '有健全的安全生产管理制度',
    ],
    materials: [
      mat('application', '道路货物运输经营申请表', freightForms),
      businessLicence(),
      identityMaterial(),
      mat('vehicles', '拟投入车辆承诺书（车辆数量、类型、技术性能）', { notes: '车辆到位后提交行驶证复印件' }),
      mat('drivers', '驾驶人员机动车驾驶证、从业资格证', { originals: 0, copies: 1 }),
      mat('safety_rules', '安全生产管理制度文本', { requirement: 'tolerable', notes: '可容缺受理，5个工作日内补交' }),
      powerOfAttorney(),
    ],
    process: [accept(days(1)), review('review', '审查', days(6)), decide(days(3))],
    legalLimit: days(20, '《道路运输条例》：自受理申请之日起20日内审查完毕，作出许可或者不予许可的决定'),
    promisedLimit: days(10, '舟山市承诺时限'),
    fees: [],
    onlineApplication: true,
    formSchema: formSchema(['address', 'scopes', 'vehicleCount', 'driverCount'], {
      address: str('经营地址', { maxLength: 120 }),
      scopes: manyOf('申请经营范围', ['普通货运', '货物专用运输', '大型物件运输']),
      vehicleCount: int('拟投入车辆数（辆）', 1),
      driverCount: int('驾驶人员数（名）', 1),
      safetyManager: str('安全生产管理人员', { maxLength: 30 }),
    }),
    formUi: formUi(['address', 'scopes', 'vehicleCount', 'driverCount'], {
      scopes: { 'ui:widget': 'checkboxes' },
    }),
    certificate: { type: '道路运输经营许可证', validity: '按发证机关核定的有效期' },
    audience: ['enterprise', 'person'],
    themes: ['交通运输', '开办企业'],
    keywords: ['货运', '运输证', '道路运输', '物流', '货车', '营运证'],
    office: cityOffice('JTJ', '交通运输局'),
  },
};

const fishingForms = forms(
  '海洋渔业捕捞许可证申请书',
  [
    ['申请人', '嵊泗县嵊山镇海丰渔业专业合作社'],
    ['渔船名', '浙嵊渔12345'],
    ['船籍港', '嵊泗'],
    ['主机功率（千瓦）', '298'],
    ['总吨位', '186'],
    ['作业类型', '拖网', '□拖网 □刺网 □围网 □张网 □钓具 □笼壶'],
    ['作业场所', 'B类渔区（东海）'],
    ['渔业船网工具指标批准书编号', '浙渔指〔2026〕0123号'],
  ],
  ['作业类型、场所、时限须与渔业船网工具指标一致。', '须遵守伏季休渔制度。'],
);

const fishingLicence: DemoItem = {
  departmentCode: 'HYJ',
  definition: {
    name: '渔业捕捞许可证核发',
    nameEn: 'Fishing licence',
    ...codes('HYJ', 1),
    handlingLevel: 'city',
    intakeLevels: ['city'],
    caseType: 'promised',
    legalBasis: [
      { law: '《中华人民共和国渔业法》', article: '第二十三条' },
      { law: '《中华人民共和国渔业法》', article: '第二十四条' },
    ],
    conditions: [
      '有渔业船舶检验证书',
      '有渔业船舶登记证书（新建、更新改造渔船可先取得渔业船网工具指标批准书）',
      '符合国务院渔业行政主管部门规定的其他条件，船员持有相应渔业船员证书',
    ],
    materials: [
      mat('application', '海洋渔业捕捞许可证申请书', fishingForms),
      identityMaterial('渔船所有人身份证明或营业执照'),
      mat('quota', '渔业船网工具指标批准书', { originals: 0, copies: 1 }),
      mat('inspection', '渔业船舶检验证书', { originals: 0, copies: 1 }),
      mat('registration', '渔业船舶国籍证书或所有权登记证书', { originals: 0, copies: 1 }),
      mat('crew', '渔业船员证书', {
        requirement: 'tolerable',
        originals: 0,
        copies: 1,
        notes: '可容缺受理，出海作业前补交',
      }),
      powerOfAttorney(),
    ],
    process: [accept(days(1)), review('review', '审核', days(6)), decide(days(3))],
    legalLimit: days(20, '《行政许可法》第四十二条'),
    promisedLimit: days(10, '舟山市承诺时限'),
    fees: [],
    onlineApplication: true,
    formSchema: formSchema(['vesselName', 'homePort', 'enginePower', 'gearType', 'fishingArea'], {
      vesselName: str('渔船名', { maxLength: 30 }),
      homePort: str('船籍港', { maxLength: 30 }),
      enginePower: num('主机功率（千瓦）', 0),
      grossTonnage: num('总吨位', 0),
      gearType: oneOfEnum('作业类型', ['拖网', '刺网', '围网', '张网', '钓具', '笼壶', '耙刺']),
      fishingArea: oneOfEnum('作业场所', ['A类渔区', 'B类渔区', 'C类渔区']),
      quotaNo: str('渔业船网工具指标批准书编号', { maxLength: 60 }),
    }),
    formUi: formUi(['vesselName', 'homePort', 'enginePower', 'gearType', 'fishingArea']),
    certificate: { type: '海洋渔业捕捞许可证', validity: '5年' },
    audience: ['person', 'enterprise'],
    themes: ['渔业生产'],
    keywords: ['捕捞证', '捕捞许可', '渔船', '出海', '打鱼', '渔民'],
    office: cityOffice('HYJ', '海洋与渔业局'),
  },
};

const portForms = forms(
  '港口经营许可申请书',
  [
    ['申请人', '舟山金塘港口开发有限公司'],
    ['经营地域', '舟山港金塘港区大浦口作业区'],
    ['经营范围', '集装箱装卸、堆存', '□码头及其他港口设施服务 □货物装卸、仓储 □港口旅客运输服务 □港口拖轮'],
    ['码头泊位', '7万吨级集装箱泊位2个'],
    ['堆场面积（平方米）', '260000'],
    ['港口设施竣工验收', '已通过（舟港验〔2025〕12号）'],
  ],
  ['港口设施须经竣工验收合格。', '危险货物港口作业的，另行申请危险货物港口作业认可。'],
);

const portLicence: DemoItem = {
  departmentCode: 'GHKA',
  definition: {
    name: '港口经营许可',
    nameEn: 'Port operation licence',
    ...codes('GHKA', 1),
    handlingLevel: 'city',
    intakeLevels: ['city'],
    caseType: 'promised',
    legalBasis: [
      { law: '《中华人民共和国港口法》', article: '第二十二条' },
      { law: '《港口经营管理规定》', article: '第二章' },
    ],
    conditions: [
      '有固定的经营场所',
      '有与经营范围、规模相适应的港口设施、设备，港口设施已通过竣工验收',
      '有与经营规模、范围相适应的专业技术人员、管理人员',
      '有健全的经营管理制度和安全管理制度以及生产安全事故应急预案',
    ],
    materials: [
      mat('application', '港口经营许可申请书', portForms),
      businessLicence(),
      mat('facilities', '港口设施竣工验收文件及设施设备清单', { originals: 0, copies: 1 }),
      mat('land_use', '港口岸线使用批准文件', { originals: 0, copies: 1 }),
      mat('staff', '专业技术人员、管理人员名单及资格证明', { originals: 0, copies: 1 }),
      mat('emergency_plan', '安全管理制度及生产安全事故应急预案', {
        requirement: 'tolerable',
        notes: '可容缺受理，10个工作日内补交',
      }),
      powerOfAttorney(),
    ],
    process: [accept(days(1)), review('site_check', '审查及现场核查', days(6)), decide(days(3))],
    legalLimit: days(20, '《行政许可法》第四十二条'),
    promisedLimit: days(10, '舟山市承诺时限'),
    fees: [],
    onlineApplication: true,
    formSchema: formSchema(['area', 'scopes', 'berths', 'yardArea'], {
      area: str('经营地域', { maxLength: 120 }),
      scopes: manyOf('经营范围', ['码头及其他港口设施服务', '货物装卸、仓储', '港口旅客运输服务', '港口拖轮']),
      berths: int('码头泊位数', 0),
      yardArea: num('堆场面积（平方米）', 0),
    }),
    formUi: formUi(['area', 'scopes', 'berths', 'yardArea'], { scopes: { 'ui:widget': 'checkboxes' } }),
    certificate: { type: '港口经营许可证', validity: '3年' },
    audience: ['enterprise'],
    themes: ['港口航运', '交通运输'],
    keywords: ['港口', '码头', '港口经营', '装卸', '仓储', '港航'],
    office: cityOffice('GHKA', '港航和口岸管理局'),
  },
};

export const transportAndSeaItems: DemoItem[] = [freightLicence, fishingLicence, portLicence];
