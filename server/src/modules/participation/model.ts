/**
 * 公众参与 (R-WEB-4, seed 中心网站 4: 咨询答疑, 服务投诉, 主任信箱, 建言献策) and in-system problem
 * reports (R-OPS-5, seed "鼓励他们在使用中发现问题.提出问题"): the rules as pure data and functions.
 * Nothing here reads the database or the clock.
 */
import type { MessageKind, MessageRoute, MessageStatus } from '../../platform/db/schema.js';
import { addWorkingDays, type WorkCalendar } from '../../platform/working-time/index.js';

export const messageKinds = ['consult', 'complaint', 'mailbox', 'suggestion', 'feedback'] as const;
/** What the public may write without logging in; 问题反馈 is about the system, from its users. */
export const publicKinds = ['consult', 'complaint', 'mailbox', 'suggestion'] as const;

export const MESSAGE_LIMITS = {
  subjectChars: 100,
  bodyChars: 2000,
  nameChars: 50,
  answerMin: 5,
  noteChars: 500,
} as const;

/**
 * Working days to answer, on the addressed centre's calendar. 咨询 is a question about how to
 * apply — a person may be waiting to come to the hall, so three days, as 浙江's 12345 hotline
 * practice answers 咨询类 within three working days. 投诉 and 主任信箱 need the facts checked with the
 * window first: ten, as 好差评's 差评整改 (FOLLOW_UP_WORKING_DAYS) and the 信访 practice of a
 * first reply within ten working days. 建议 is weighed by the centre: also ten. 问题反馈 is an
 * administrator's triage of a fault report: five, one working week.
 */
export const ANSWER_WORKING_DAYS: Record<MessageKind, number> = {
  consult: 3,
  complaint: 10,
  mailbox: 10,
  suggestion: 10,
  feedback: 5,
};

/** When the answer to a message received at `at` is due: the close of the Nth working day after it. */
export const answerDue = (cal: WorkCalendar, kind: MessageKind, at: Date) =>
  addWorkingDays(cal, at, ANSWER_WORKING_DAYS[kind]);

/**
 * Who a message goes to. A consultation about an item or a window goes to that window, which knows
 * the answer; one about nothing in particular to the centre. Complaints and the director's mailbox
 * go to the supervisors (监察), never to the window complained of; suggestions to the centre;
 * problem reports to the centre's administrators.
 */
export function routeFor(kind: MessageKind, hasWindow: boolean): MessageRoute {
  switch (kind) {
    case 'consult':
      return hasWindow ? 'window' : 'centre';
    case 'complaint':
    case 'mailbox':
      return 'supervisor';
    case 'suggestion':
      return 'centre';
    case 'feedback':
      return 'admin';
  }
}

/** Complaints and the mailbox are followed up by telephone, so they must leave one. */
export const needsPhone = (kind: MessageKind) => kind === 'complaint' || kind === 'mailbox';

/**
 * A mainland mobile (11 digits) or a landline with its area code (0580-2281234), as typed with
 * spaces, hyphens or full-width digits; null when it is neither.
 */
export function normalizePhone(input: string): string | null {
  const compact = input.normalize('NFKC').replace(/[\s()（）]+/g, '');
  const mobile = compact.replace(/-/g, '').replace(/^(\+86|0086|86)(?=\d{11}$)/, '');
  if (/^1[3-9]\d{9}$/.test(mobile)) return mobile;
  if (/^0\d{2,3}-?\d{7,8}$/.test(compact)) return compact;
  return null;
}

/** 138****5678; a landline keeps its area code and last two digits: 0580-*****34. */
export function maskPhone(phone: string): string {
  if (/^1\d{10}$/.test(phone)) return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
  const m = /^(0\d{2,3})-?(\d+)$/.exec(phone);
  if (m?.[1] && m[2]) return `${m[1]}-${'*'.repeat(m[2].length - 2)}${m[2].slice(-2)}`;
  return '*'.repeat([...phone].length);
}

/**
 * Free text as it may be published: mobile numbers, landlines and resident ID numbers that the
 * writer (or the answer) typed into it are masked, since the page is public.
 */
export function scrubText(text: string): string {
  return text
    .replace(/(?<!\d)(\d{6})\d{8}(\d{3}[\dXx])(?!\d)/g, '$1********$2')
    .replace(/(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)/g, '$1****$2')
    .replace(/(?<!\d)(0\d{2,3}-)\d{3,6}(\d{2})(?!\d)/g, (_m, area: string, tail: string) => `${area}*****${tail}`);
}

export type MessageMove = 'answer' | 'reassign' | 'publish' | 'close';

/**
 * Where a message goes on a move, or null when it cannot be made from where it is. An answer may be
 * revised until it is published; only an unanswered message is moved to another window; publishing
 * needs an answer; a published or closed message is final.
 */
export function statusAfter(status: MessageStatus, move: MessageMove): MessageStatus | null {
  if (status === 'published' || status === 'closed') return null;
  switch (move) {
    case 'answer':
      return 'answered';
    case 'reassign':
      return status === 'open' ? 'open' : null;
    case 'publish':
      return status === 'answered' ? 'published' : null;
    case 'close':
      return 'closed';
  }
}

/** Waiting for an answer past its due time. */
export const isOverdue = (status: MessageStatus, due: Date, now: Date) =>
  status === 'open' && now.getTime() > due.getTime();

/** 留言编号: LY, the centre's division code, the date in China and a daily serial — LY33090020261128 0007. */
export function messageNumber(divisionCode: string, chinaDate: string, serial: number): string {
  return `LY${divisionCode}${chinaDate}${String(serial).padStart(4, '0')}`;
}
