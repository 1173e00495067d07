import type { ThemeConfig } from 'antd';

// Ant Design's default blue (#1677ff), error red (#ff4d4f, the text of a danger button and of
// field errors) and description grey (45 % black) fall below 4.5:1 on white; these darker values
// keep text and links at WCAG AA contrast.
const base: ThemeConfig['token'] = {
  colorPrimary: '#0958d9',
  // Ant Design derives hover and pressed colours lighter than the base, which drops a primary
  // button's white text to about 3:1 under the pointer (after every click, until it moves):
  // darker shades keep it above 4.5:1 in every state.
  colorPrimaryHover: '#003eb3',
  colorPrimaryActive: '#002c8c',
  colorLink: '#0958d9',
  colorLinkHover: '#003eb3',
  colorInfo: '#0958d9',
  colorError: '#cf1322',
  colorTextDescription: 'rgba(0, 0, 0, 0.68)',
  colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
  borderRadius: 6,
  fontFamily:
    "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'WenQuanYi Zen Hei', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
};

export const standardTheme: ThemeConfig = { token: { ...base } };

/** 长辈版: larger text and controls, per the elder-friendly guidance for government websites. */
export const largeTextTheme: ThemeConfig = {
  token: { ...base, fontSize: 18, controlHeight: 44 },
};

/** The kiosk is read standing at arm's length and operated by finger. */
export const kioskTheme: ThemeConfig = {
  token: { ...base, fontSize: 22, controlHeight: 64 },
};
