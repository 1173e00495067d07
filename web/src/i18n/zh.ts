import { kioskZh } from './kiosk-zh';
import { noticesZh } from './notices-zh';

// Chinese is the users' language; this dictionary is the reference and en.ts must match its shape.
export const zh = {
  productName: '通办',
  productTagline: '行政许可网上办理',
  documentTitle: '通办 · 行政许可网上办理',
  skipToMain: '跳到主要内容',
  loading: '正在加载…',
  header: {
    navLabel: '主导航',
    homeLink: '通办首页',
    langSwitch: 'English',
    langSwitchTag: 'en',
    langSwitchTitle: 'Switch to English',
    largeText: '大字版',
    largeTextTitle: '长辈版：放大字号，便于阅读',
    demo: '演示环境',
  },
  areas: {
    portal: {
      name: '网上办事大厅',
      audience: '群众和企业',
      summary: '查阅办事指南，在线申报许可事项，随时查询办件进度。',
      features: ['办事指南', '网上申报', '办件查询'],
    },
    workbench: {
      name: '窗口工作台',
      audience: '窗口工作人员',
      summary: '收件登记、预审网上申报、审查审批、办结发证。',
      features: ['收件', '预审', '审查', '发证'],
    },
    supervision: {
      name: '监察中心',
      audience: '中心管理人员',
      summary: '督办催办，红黄牌电子监察，统计办件时效与好差评。',
      features: ['督办', '红黄牌', '统计'],
    },
    kiosk: {
      name: '触摸屏',
      audience: '服务大厅',
      summary: '大厅触摸屏自助查询：办事指南、办件查询、公示公告。',
      features: ['办事指南', '办件查询', '公示公告'],
    },
  },
  home: {
    heading: '行政许可网上办理',
    intro:
      '通办连接舟山市、县（区）、乡镇（街道）三级行政服务中心。市级中心统一管理许可事项目录和办事指南；各级中心的部门窗口受理、审查并在承诺时限内办结；乡镇（街道）便民服务中心和村（社区）代办员就近帮助群众申报。群众和企业可以网上申报、查询办件，也可以到任一中心窗口办理；中心管理人员对每一件办件实行电子监察。',
    areasHeading: '选择办理区域',
    audienceLabel: '面向：',
  },
  construction: {
    title: '建设中',
    subTitle: (area: string) => `${area}正在建设，尚不能办理业务。建成后将提供：`,
    featuresLabel: '计划提供的功能',
    backHome: '返回首页',
  },
  notFound: {
    title: '页面不存在',
    subTitle: '您访问的页面不存在或已移动。',
  },
  loadFailed: {
    title: '页面加载失败',
    subTitle: '网络可能不稳定，请刷新页面后重试。',
    retry: '刷新页面',
  },
  // 触摸屏: kiosk-zh.ts
  kiosk: kioskZh,
  footer: {
    system: '通办 · 三级行政服务中心行政许可网上办理系统',
  },
  // 文书, 证照核验, 许可公示, 文书模板: notices-zh.ts
  notices: noticesZh,
  api: {
    networkError: '无法连接服务器，请检查网络后重试。',
    unexpectedResponse: '服务器返回了无法识别的响应。',
  },
};

export type Dictionary = typeof zh;
