import { useLang } from '../../../i18n';

/** 数据交换 page's text (R-APP-11), Chinese first. */
const zh = {
  title: '数据交换',
  link: '数据交换（办件导出、历史办件导入）',
  lead: '与中心原行政审批数据管理系统交换办件数据，无需重复录入。其他系统也可通过接口 GET /api/exchange/cases 按更新时间增量读取。',
  export: {
    title: '导出办件',
    hint: '按收件日期导出本中心及下级中心的办件（CSV，UTF-8，可用 Excel 打开）。导出含申请人完整证件号码，每次导出均记入审计日志。',
    period: '收件日期',
    start: '导出 CSV',
    xlsx: '导出 Excel',
    running: (kb: string) => `正在下载，已接收 ${kb}`,
    done: (count: number | null, kb: string) => `导出完成：${count ?? '—'} 件，${kb}`,
    cancel: '取消',
  },
  import: {
    title: '导入历史办件',
    hint: '选择原系统导出的 CSV 文件（UTF-8 编码，第一行为列标题）。必需列：办件编号、事项编码、申请人类型、申请人名称、证件号码、收件时间；可选：决定时间、决定结果、证照编号。',
    pick: '选择 CSV 文件',
    checking: '正在校验…',
    summary: (total: number, valid: number, existing: number) =>
      `共 ${total} 行，校验通过 ${valid} 行${existing ? `，其中 ${existing} 件此前已导入（不会重复导入）` : ''}`,
    problems: (n: number) => `发现 ${n} 处错误，请修改文件后重新选择。有错误时不会导入任何办件。`,
    clean: '校验通过，可以导入。',
    confirm: '确认导入',
    again: '重新选择',
    done: (created: number, existing: number) =>
      `导入完成：新增 ${created} 件${existing ? `，${existing} 件此前已导入，未重复导入` : ''}`,
    row: '行号',
    field: '列',
    problem: '问题',
  },
  legacy: {
    title: '历史办件',
    search: '按办件编号、申请人、事项或证件号码查询',
    empty: '还没有导入的历史办件',
    noMatch: '没有符合条件的历史办件',
    legacyNo: '原办件编号',
    item: '事项',
    applicant: '申请人',
    certificate: '证件号码',
    received: '收件日期',
    decided: '决定',
    licence: '证照编号',
    centre: '中心',
    kind: { person: '个人', enterprise: '企业' },
    outcome: { grant: '准予许可', deny: '不予许可' },
    pending: '未决定',
  },
  fields: {
    legacyNo: '办件编号',
    itemCode: '事项编码',
    applicantKind: '申请人类型',
    applicantName: '申请人名称',
    certificateNo: '证件号码',
    receivedOn: '收件时间',
    decidedOn: '决定时间',
    outcome: '决定结果',
    licenceNo: '证照编号',
    file: '文件',
  } as Record<string, string>,
};

export type ExchangeDictionary = typeof zh;

const en: ExchangeDictionary = {
  title: 'Data exchange',
  link: 'Data exchange (export cases, import old cases)',
  lead: 'Exchange case data with the centre’s existing approval database without re-entry. Other systems can also read changes incrementally from GET /api/exchange/cases.',
  export: {
    title: 'Export cases',
    hint: 'Cases of this centre and the centres below it, by date received (CSV, UTF-8, opens in Excel). The file holds full certificate numbers; every export is audited.',
    period: 'Received',
    start: 'Export CSV',
    xlsx: 'Export Excel',
    running: (kb) => `Downloading: ${kb} received`,
    done: (count, kb) => `Exported ${count ?? '—'} cases, ${kb}`,
    cancel: 'Cancel',
  },
  import: {
    title: 'Import old cases',
    hint: 'Pick the CSV file from the old system (UTF-8, column titles in the first row). Required columns: 办件编号, 事项编码, 申请人类型, 申请人名称, 证件号码, 收件时间; optional: 决定时间, 决定结果, 证照编号.',
    pick: 'Choose a CSV file',
    checking: 'Checking…',
    summary: (total, valid, existing) =>
      `${total} rows, ${valid} valid${existing ? `; ${existing} imported before (not imported twice)` : ''}`,
    problems: (n) => `${n} problems found. Fix the file and choose it again; nothing is imported while a row is wrong.`,
    clean: 'All rows are valid and can be imported.',
    confirm: 'Import',
    again: 'Choose another file',
    done: (created, existing) =>
      `Imported ${created} new cases${existing ? `; ${existing} had been imported before and were left as they were` : ''}`,
    row: 'Row',
    field: 'Column',
    problem: 'Problem',
  },
  legacy: {
    title: 'Old cases',
    search: 'Case number, applicant, item or certificate number',
    empty: 'No old cases imported yet',
    noMatch: 'No old cases match',
    legacyNo: 'Old case no.',
    item: 'Item',
    applicant: 'Applicant',
    certificate: 'Certificate no.',
    received: 'Received',
    decided: 'Decision',
    licence: 'Licence no.',
    centre: 'Centre',
    kind: { person: 'Person', enterprise: 'Enterprise' },
    outcome: { grant: 'Granted', deny: 'Denied' },
    pending: 'Not decided',
  },
  fields: {
    legacyNo: 'Case no. (办件编号)',
    itemCode: 'Item code (事项编码)',
    applicantKind: 'Applicant type (申请人类型)',
    applicantName: 'Applicant (申请人名称)',
    certificateNo: 'Certificate no. (证件号码)',
    receivedOn: 'Received (收件时间)',
    decidedOn: 'Decided (决定时间)',
    outcome: 'Outcome (决定结果)',
    licenceNo: 'Licence no. (证照编号)',
    file: 'File',
  },
};

export function useExchangeT(): ExchangeDictionary {
  return useLang().lang === 'zh' ? zh : en;
}
