/**
 * Real Zhoushan reference data (DOMAIN.md): the city, its four counties/districts with their
 * GB/T 2260 codes, and their townships. Township codes follow the national statistical
 * division-code convention (001–099 streets, 100–199 towns, 200+ xiang) and are illustrative.
 */
export const zhoushanCity = {
  code: '330900',
  name: '舟山市行政审批服务中心',
  nameEn: 'Zhoushan Administrative Approval Service Centre',
  docPrefix: '舟审',
};

export const zhoushanCounties: Array<{
  code: string;
  name: string;
  nameEn: string;
  docPrefix: string;
  townships: string[];
}> = [
  {
    code: '330902',
    name: '定海区行政服务中心',
    nameEn: 'Dinghai District Service Centre',
    docPrefix: '定审',
    townships: [
      '解放街道',
      '昌国街道',
      '环南街道',
      '城东街道',
      '盐仓街道',
      '临城街道',
      '岑港街道',
      '马岙街道',
      '双桥街道',
      '小沙街道',
      '白泉镇',
      '金塘镇',
      '干览镇',
    ],
  },
  {
    code: '330903',
    name: '普陀区行政服务中心',
    nameEn: 'Putuo District Service Centre',
    docPrefix: '普审',
    townships: ['沈家门街道', '东港街道', '朱家尖街道', '展茅街道', '六横镇', '桃花镇', '虾峙镇', '东极镇', '普陀山镇'],
  },
  {
    code: '330921',
    name: '岱山县行政服务中心',
    nameEn: 'Daishan County Service Centre',
    docPrefix: '岱审',
    townships: ['高亭镇', '东沙镇', '岱西镇', '岱东镇', '衢山镇', '长涂镇', '秀山乡'],
  },
  {
    code: '330922',
    name: '嵊泗县行政服务中心',
    nameEn: 'Shengsi County Service Centre',
    docPrefix: '嵊审',
    townships: ['菜园镇', '嵊山镇', '洋山镇', '五龙乡', '黄龙乡', '枸杞乡', '花鸟乡'],
  },
];

/** 9-digit township codes under a county, by the street/town/xiang numbering convention. */
export function townshipCodes(countyCode: string, names: string[]): Array<{ code: string; name: string }> {
  let street = 0;
  let town = 100;
  let xiang = 200;
  return names.map((name) => {
    const n = name.endsWith('街道') ? ++street : name.endsWith('乡') ? ++xiang : ++town;
    return {
      code: `${countyCode}${String(n).padStart(3, '0')}`,
      name: name.endsWith('中心') ? name : `${name}便民服务中心`,
    };
  });
}

export const cityDepartments: Array<{ name: string; nameEn: string; code: string }> = [
  { name: '发展和改革委员会', nameEn: 'Development and Reform Commission', code: 'FGW' },
  { name: '公安局', nameEn: 'Public Security Bureau', code: 'GAJ' },
  { name: '民政局', nameEn: 'Civil Affairs Bureau', code: 'MZJ' },
  { name: '自然资源和规划局', nameEn: 'Natural Resources and Planning Bureau', code: 'ZRZY' },
  { name: '住房和城乡建设局', nameEn: 'Housing and Urban-Rural Development Bureau', code: 'ZJJ' },
  { name: '交通运输局', nameEn: 'Transport Bureau', code: 'JTJ' },
  { name: '海洋与渔业局', nameEn: 'Ocean and Fisheries Bureau', code: 'HYJ' },
  { name: '市场监督管理局', nameEn: 'Market Regulation Bureau', code: 'SCJG' },
  { name: '卫生健康委员会', nameEn: 'Health Commission', code: 'WJW' },
  { name: '生态环境局', nameEn: 'Ecology and Environment Bureau', code: 'STHJ' },
  { name: '消防救援支队', nameEn: 'Fire and Rescue Detachment', code: 'XF' },
  { name: '港航和口岸管理局', nameEn: 'Port, Shipping and Ports-of-Entry Bureau', code: 'GHKA' },
  { name: '文化广电旅游体育局', nameEn: 'Culture, Radio, Tourism and Sports Bureau', code: 'WGLT' },
  { name: '综合行政执法局', nameEn: 'Comprehensive Law Enforcement Bureau', code: 'ZHZF' },
  { name: '烟草专卖局', nameEn: 'Tobacco Monopoly Bureau', code: 'YCJ' },
  { name: '财政局', nameEn: 'Finance Bureau', code: 'CZJ' },
];

/** County centres host a smaller set of the same departments. */
export const countyDepartmentCodes = ['SCJG', 'ZJJ', 'XF', 'STHJ', 'WJW', 'ZHZF'];
