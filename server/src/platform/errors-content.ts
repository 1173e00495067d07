/**
 * 中心网站's part of the one error catalogue (R-WEB-1, R-WEB-5, R-WEB-6), spread into
 * `errorCatalogue` in errors.ts (which stays within its line limit).
 */
export const contentErrors = {
  'content.state': {
    status: 409,
    zh: '该文章当前状态不能执行此操作，请刷新后查看',
    en: 'The article cannot do this in its current state; reload to see it',
  },
  'content.url_invalid': {
    status: 400,
    zh: '相关链接须填写以 http:// 或 https:// 开头的网址，其他栏目不填网址',
    en: 'A related link needs an http:// or https:// address; other channels take none',
  },
  'content.owner_invalid': {
    status: 400,
    zh: '维护单位须为本中心或本中心的部门、窗口',
    en: 'The maintaining unit must be this centre or one of its departments or windows',
  },
  'content.channel_change': {
    status: 400,
    zh: '公开栏目与内部栏目之间不能互相移动',
    en: 'An article cannot move between public and internal channels',
  },
  'content.body_required': {
    status: 400,
    zh: '请填写正文',
    en: 'Enter the text of the article',
  },
} as const;
