import type { NotificationChannel } from '../../platform/db/schema.js';

/**
 * SMS and e-mail wording per case event, Chinese and English (R-APP-4). These are the defaults;
 * a supervisor's edit is stored per topic and channel and replaces the default. Texts are plain
 * text with `{{field}}` placeholders from `templateFields` — nothing else is interpreted.
 */
export const templateFields = ['caseNo', 'itemName', 'centreName', 'link', 'applicantName'] as const;
export type TemplateField = (typeof templateFields)[number];
export type TemplateVars = Record<TemplateField, string>;

export type TemplateText = { enabled: boolean; subjectZh: string; subjectEn: string; bodyZh: string; bodyEn: string };

type Event = { zh: string; en: string; enabled: boolean; future?: true };

// What happened, in the words of the applicant's notice; `enabled: false` where the person did it
// themselves or another message covers it.
const events: Record<string, Event> = {
  'case.submitted': { zh: '已提交', en: 'was submitted', enabled: true },
  'case.pass_up': { zh: '已由乡镇中心初审并报送上级', en: 'was passed up by the township centre', enabled: false },
  'case.accept': { zh: '已受理', en: 'was accepted', enabled: true },
  'case.reject': { zh: '不予受理，请登录查看理由', en: 'was not accepted; log in to see why', enabled: true },
  'case.request_supplement': {
    zh: '需要补正材料（一次性告知），请登录查看并补正',
    en: 'needs more materials; log in to see the full list',
    enabled: true,
  },
  'case.supplement': { zh: '补正材料已提交', en: 'supplement was submitted', enabled: false },
  'case.approve_extension': { zh: '办理时限已依法延长', en: 'has had its time limit extended', enabled: true },
  'case.start_special': {
    zh: '进入特别程序，所需时间不计入办理时限',
    en: 'entered a special procedure; the clock is stopped',
    enabled: true,
  },
  'case.end_special': { zh: '特别程序已结束，恢复计时', en: 'left the special procedure', enabled: true },
  'case.decide.grant': { zh: '已作出准予行政许可决定', en: 'was granted', enabled: true },
  'case.decide.deny': {
    zh: '已作出不予行政许可决定，请登录查看理由',
    en: 'was denied; log in to see why',
    enabled: true,
  },
  'case.issue_certificate': { zh: '证照已制发，可以领取', en: 'has its certificate ready', enabled: true },
  'case.conclude': { zh: '已办结', en: 'was concluded', enabled: false },
  'case.withdraw': { zh: '已撤回', en: 'was withdrawn', enabled: false },
  'case.revoke_acceptance': { zh: '容缺受理已撤销', en: 'had its tolerant acceptance revoked', enabled: true },
  'case.message': { zh: '有窗口发来的新消息，请登录查看', en: 'has a new message from the window', enabled: true },
  'case.payment_due': {
    zh: '有待缴费用，请按缴款通知书缴纳',
    en: 'has fees due; see the payment notice',
    enabled: true,
  },
  'case.joint_start': {
    zh: '已正式启动联合办理，各部门并联审查',
    en: 'has started joint handling; the departments review it side by side',
    enabled: true,
  },
  // Art. 42: the applicant is told of an extension and its reason (the case page shows the reason).
  'case.joint_extension': {
    zh: '联合办理时限已依法延长，请登录查看理由',
    en: 'has had its joint time limit extended; log in to see why',
    enabled: true,
  },
  'case.joint_complete': {
    zh: '各部门均已作出决定，联合办理已办结',
    en: 'has been decided by every department; joint handling is complete',
    enabled: true,
  },
  // 好差评: the window's answer to a poor rating (the case page shows it).
  'case.evaluation_answered': {
    zh: '已收到窗口对您评价意见的答复，请登录查看',
    en: 'has an answer from the window to your rating; log in to read it',
    enabled: true,
  },
  // 督办 (R-SUP-1): a supervisor has urged the window to speed the case up.
  'case.urge': { zh: '已由中心督促办理', en: 'was urged by the centre', enabled: true },
};

export const templateTopics = Object.keys(events);

export const isFutureTopic = (topic: string) => events[topic]?.future === true;

export function defaultTemplate(topic: string, channel: NotificationChannel): TemplateText | null {
  const e = events[topic];
  if (!e) return null;
  if (channel === 'sms')
    return {
      enabled: e.enabled,
      subjectZh: '',
      subjectEn: '',
      bodyZh: `【{{centreName}}】您申请的“{{itemName}}”（办件编号{{caseNo}}）${e.zh}。{{link}}`,
      bodyEn: `[Tongban] Your application "{{itemName}}" (case {{caseNo}}) ${e.en}. {{link}}`,
    };
  return {
    enabled: e.enabled,
    subjectZh: `【{{centreName}}】办件{{caseNo}}${e.zh.split('，')[0]}`,
    subjectEn: `Case {{caseNo}} ${e.en.split(';')[0]}`,
    bodyZh: [
      '{{applicantName}}：',
      '',
      `您申请的“{{itemName}}”（办件编号{{caseNo}}）${e.zh}。`,
      '详情请登录通办查看：{{link}}',
      '',
      '{{centreName}}',
      '（本邮件由系统发送，请勿直接回复；如有疑问，请在办件页面给窗口留言。）',
    ].join('\n'),
    bodyEn: [
      'Dear {{applicantName}},',
      '',
      `Your application "{{itemName}}" (case {{caseNo}}) ${e.en}.`,
      'Details: {{link}}',
      '',
      '{{centreName}}',
      '(Sent automatically; to ask the window, leave a message on the case page.)',
    ].join('\n'),
  };
}

const placeholder = /\{\{\s*([A-Za-z]+)\s*\}\}/g;

/** Placeholders a text uses that are not template fields, and stray braces (for the editor's message). */
export function templateProblems(text: string): string[] {
  const problems: string[] = [];
  for (const m of text.matchAll(placeholder)) {
    if (!(templateFields as readonly string[]).includes(m[1]!)) problems.push(`unknown field {{${m[1]}}}`);
  }
  if (/\{\{|\}\}/.test(text.replace(placeholder, ''))) problems.push('unmatched {{ or }}');
  return problems;
}

/** Fills the placeholders; the values are plain text and are inserted as they are. */
export function renderTemplate(text: string, vars: TemplateVars): string {
  return text.replace(placeholder, (_, name: string) =>
    (templateFields as readonly string[]).includes(name) ? vars[name as TemplateField] : '',
  );
}

/** The subject and body of one event for one channel and language. */
export function renderNotification(
  t: TemplateText,
  lang: 'zh' | 'en',
  vars: TemplateVars,
): { subject: string; body: string } {
  return {
    subject: renderTemplate(lang === 'zh' ? t.subjectZh : t.subjectEn, vars).replace(/[\r\n]+/g, ' '),
    body: renderTemplate(lang === 'zh' ? t.bodyZh : t.bodyEn, vars),
  };
}
