import { kioskEn } from './kiosk-en';
import { noticesEn } from './notices-en';
import type { Dictionary } from './zh';

export const en: Dictionary = {
  productName: '通办 Tongban',
  productTagline: 'Online Administrative Licensing',
  documentTitle: 'Tongban · Online Administrative Licensing',
  skipToMain: 'Skip to main content',
  loading: 'Loading…',
  header: {
    navLabel: 'Main navigation',
    homeLink: 'Tongban home',
    langSwitch: '中文',
    langSwitchTag: 'zh-CN',
    langSwitchTitle: '切换到中文',
    largeText: 'Large text',
    largeTextTitle: 'Elder-friendly mode: larger text, easier to read',
    demo: 'Demo',
  },
  areas: {
    portal: {
      name: 'Online Service Hall',
      audience: 'residents and enterprises',
      summary: 'Read service guides, apply for licences online and follow your case at any time.',
      features: ['Service guides', 'Online application', 'Case status look-up'],
    },
    workbench: {
      name: 'Window Workbench',
      audience: 'window staff',
      summary: 'Register walk-in applications, pre-review online ones, review, decide and issue certificates.',
      features: ['Intake', 'Pre-review', 'Review', 'Certificate issue'],
    },
    supervision: {
      name: 'Supervision Centre',
      audience: 'centre supervisors',
      summary: 'Urge and supervise cases, red and yellow warnings, statistics on time limits and evaluations.',
      features: ['Supervision of cases', 'Red and yellow warnings', 'Statistics'],
    },
    kiosk: {
      name: 'Kiosk',
      audience: 'the service hall',
      summary: 'Self-service touch screen in the hall: service guides, case look-up, public notices.',
      features: ['Service guides', 'Case status look-up', 'Public notices'],
    },
  },
  home: {
    heading: 'Online Administrative Licensing',
    intro:
      'Tongban connects the service centres of Zhoushan at three levels: city, county (district) and township (subdistrict). The city centre manages the catalogue of licence items and their service guides; department windows in every centre accept, review and conclude cases within the promised time limit; township service centres and community agents help residents apply close to home. Residents and enterprises apply and follow their cases online or at any centre window, and centre supervisors monitor every case electronically.',
    areasHeading: 'Choose an area',
    audienceLabel: 'For ',
  },
  construction: {
    title: 'Under construction',
    subTitle: (area: string) => `The ${area} is being built and cannot handle any business yet. It will provide:`,
    featuresLabel: 'Planned functions',
    backHome: 'Back to home',
  },
  notFound: {
    title: 'Page not found',
    subTitle: 'The page you asked for does not exist or has moved.',
  },
  loadFailed: {
    title: 'The page could not be loaded',
    subTitle: 'The network may be unstable. Please reload the page and try again.',
    retry: 'Reload',
  },
  // Kiosk: kiosk-en.ts
  kiosk: kioskEn,
  footer: {
    system: 'Tongban · online administrative licensing for three levels of service centres',
  },
  // 文书, 证照核验, 许可公示, 文书模板: notices-en.ts
  notices: noticesEn,
  api: {
    networkError: 'Cannot reach the server. Please check the network and try again.',
    unexpectedResponse: 'The server sent a response that could not be understood.',
  },
};
