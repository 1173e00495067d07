/**
 * 数据交换's part of the one error catalogue (R-APP-11), spread into `errorCatalogue` in errors.ts
 * (which stays within its line limit).
 */
export const exchangeErrors = {
  'exchange.cursor_invalid': {
    status: 400,
    zh: '游标无效，请从头或按更新时间重新读取',
    en: 'The cursor is invalid; start again or read by update time',
  },
  'exchange.import_encoding': {
    status: 400,
    zh: '文件不是 UTF-8 编码，请在 Excel 中另存为“CSV UTF-8（逗号分隔）”',
    en: 'The file is not UTF-8; save it from Excel as “CSV UTF-8 (comma delimited)”',
  },
  'exchange.import_unreadable': {
    status: 400,
    zh: '文件不是有效的 CSV（引号未闭合）',
    en: 'The file is not valid CSV (a quote is not closed)',
  },
  'exchange.import_empty': {
    status: 400,
    zh: '文件没有数据行（第一行应为列标题）',
    en: 'The file has no data rows (the first row must be the column titles)',
  },
  'exchange.import_too_many': {
    status: 413,
    zh: '一次导入的行数过多，请分批导入',
    en: 'Too many rows for one import; split the file',
  },
  'exchange.import_invalid': {
    status: 400,
    zh: '文件中有错误的行，未导入任何办件，请修改后重新导入',
    en: 'Some rows are invalid; nothing was imported. Fix them and import again',
  },
} as const;
