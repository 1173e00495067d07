/**
 * 中心网站 (R-WEB-1, R-WEB-5, R-WEB-6): the channels of a centre's website and who may do what
 * with its articles, as pure data and functions. Nothing here reads the database or the clock.
 */
import type { ActingRole } from '../../platform/auth/actor.js';

export type Visibility = 'public' | 'internal';

/**
 * The channels, fixed in code: the seed's 信息公开 (public) and 内部工作交流 (staff only). A new
 * channel is a code change and a migration (the table's CHECK lists them), not data an editor adds.
 */
export const channels = [
  { code: 'centre_intro', zh: '中心简介', en: 'About the centre', visibility: 'public' },
  { code: 'organisation', zh: '机构设置', en: 'Organisation', visibility: 'public' },
  { code: 'work_news', zh: '工作动态', en: 'Work news', visibility: 'public' },
  { code: 'policies', zh: '政策法规', en: 'Policies and regulations', visibility: 'public' },
  { code: 'briefings', zh: '工作简报', en: 'Briefings', visibility: 'public' },
  { code: 'notices', zh: '通知公告', en: 'Notices', visibility: 'public' },
  { code: 'rules', zh: '办事规则', en: 'Service rules', visibility: 'public' },
  { code: 'staff', zh: '人员公示', en: 'Staff publicity', visibility: 'public' },
  { code: 'contacts', zh: '联系我们', en: 'Contact us', visibility: 'public' },
  { code: 'links', zh: '相关链接', en: 'Related links', visibility: 'public' },
  { code: 'internal_notices', zh: '内部通知', en: 'Internal notices', visibility: 'internal' },
  { code: 'exchange', zh: '中心交流', en: 'Centre exchange', visibility: 'internal' },
  { code: 'licence_news', zh: '审批动态', en: 'Licensing news', visibility: 'internal' },
  { code: 'documents', zh: '文件资料', en: 'Documents', visibility: 'internal' },
  { code: 'meetings', zh: '会议通知', en: 'Meeting notices', visibility: 'internal' },
  { code: 'speeches', zh: '领导讲话', en: 'Leaders’ speeches', visibility: 'internal' },
  { code: 'staff_posts', zh: '员工园地', en: 'Staff posts', visibility: 'internal' },
] as const satisfies ReadonlyArray<{ code: string; zh: string; en: string; visibility: Visibility }>;

export type Channel = (typeof channels)[number]['code'];
export const channelCodes = channels.map((c) => c.code) as [Channel, ...Channel[]];
export const publicChannels = channels.filter((c) => c.visibility === 'public').map((c) => c.code);
export const internalChannels = channels.filter((c) => c.visibility === 'internal').map((c) => c.code);

export const visibilityOf = (channel: Channel): Visibility =>
  channels.find((c) => c.code === channel)?.visibility ?? 'internal';

export const articleStatuses = ['draft', 'published', 'withdrawn'] as const;
export type ArticleStatus = (typeof articleStatuses)[number];

/** Internal articles are read in the author's centre, or in every centre of the city (市县交流). */
export const audiences = ['centre', 'city'] as const;
export type Audience = (typeof audiences)[number];

export const ownerKinds = ['centre', 'department', 'window'] as const;
export type OwnerKind = (typeof ownerKinds)[number];

export const CONTENT_LIMITS = { titleChars: 120, bodyChars: 20_000, urlChars: 500 } as const;

/** What the rules need to know of an article. */
export type ArticleFacts = {
  centreId: string;
  centrePath: string;
  channel: Channel;
  audience: Audience | null;
  status: ArticleStatus;
  ownerKind: OwnerKind;
  ownerDepartmentId: string | null;
  ownerWindowId: string | null;
};

/**
 * The centre's website is run by its 中心管理人员 (R-SUP-5) and its system administrator: they
 * edit every article of their own centre — not of the centres below, which run their own sites.
 */
const managerRoles: readonly string[] = ['supervisor', 'system_admin'];

export const managesCentre = (acting: ActingRole, centreId: string) =>
  managerRoles.includes(acting.role) && acting.centreId === centreId;

const departmentRoles: readonly string[] = ['approver', 'department_head'];

/**
 * R-WEB-6: each window and department keeps its own pages current. A window's clerk edits what
 * their window owns, an approver or head what their department owns; managers edit everything of
 * their centre. An owner's edits of a published page go live at once — keeping it current is
 * theirs — while putting a page up or taking it down is the centre's (publish, withdraw).
 */
export function canEdit(acting: ActingRole, a: ArticleFacts): boolean {
  if (managesCentre(acting, a.centreId)) return true;
  if (acting.centreId !== a.centreId) return false;
  if (a.ownerKind === 'window') return acting.role === 'window_clerk' && acting.windowId === a.ownerWindowId;
  if (a.ownerKind === 'department')
    return departmentRoles.includes(acting.role) && acting.departmentId === a.ownerDepartmentId;
  return false;
}

export type ArticleMove = 'publish' | 'withdraw';

/** Where an article goes on a move, or null when it cannot from where it is. */
export function statusAfter(status: ArticleStatus, move: ArticleMove): ArticleStatus | null {
  if (move === 'publish') return status === 'published' ? null : 'published';
  return status === 'published' ? 'withdrawn' : null;
}

export const canMove = (acting: ActingRole, a: ArticleFacts, move: ArticleMove) =>
  managesCentre(acting, a.centreId) && statusAfter(a.status, move) !== null;

/** The owner a new article gets: a unit's staff write for their unit; a manager names it (default: the centre). */
export function ownerForNew(
  acting: ActingRole,
  asked: { kind: OwnerKind; id: string | null } | undefined,
): { kind: OwnerKind; id: string | null } | null {
  if (managerRoles.includes(acting.role)) return asked ?? { kind: 'centre', id: null };
  if (acting.role === 'window_clerk' && acting.windowId) return { kind: 'window', id: acting.windowId };
  if (departmentRoles.includes(acting.role) && acting.departmentId)
    return { kind: 'department', id: acting.departmentId };
  return null;
}

/** Anyone may read a published article of a public channel; nothing else is public. */
export const isPublic = (a: Pick<ArticleFacts, 'status' | 'channel'>) =>
  a.status === 'published' && visibilityOf(a.channel) === 'public';

/** "/city/county/" → "/city/": the city a centre belongs to, the reach of a city-wide internal article. */
export const cityPathOf = (path: string) => {
  const first = path.indexOf('/', 1);
  return first < 0 ? path : path.slice(0, first + 1);
};

/**
 * R-WEB-5: a published internal article is read by staff of its centre, or, when addressed to the
 * whole city, by staff of any centre of that city (the city and its counties and townships).
 */
export function canReadInternal(acting: ActingRole, a: ArticleFacts): boolean {
  if (a.status !== 'published' || visibilityOf(a.channel) !== 'internal') return false;
  if (acting.centreId === a.centreId) return true;
  return a.audience === 'city' && acting.centrePath.startsWith(cityPathOf(a.centrePath));
}

/** Plain text as stored: one kind of line break, no control characters, paragraphs kept. */
export const cleanText = (text: string) =>
  text
    .replace(/\r\n?/g, '\n')

    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

/** Only web addresses: a javascript: or data: link on the website would run in the reader's browser. */
export const isWebAddress = (url: string) => {
  try {
    const u = new URL(url);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname.length > 0;
  } catch {
    return false;
  }
};
