import { describe, expect, it } from 'vitest';
import type { ActingRole } from '../../platform/auth/actor.js';
import {
  canEdit,
  canMove,
  canReadInternal,
  channels,
  cityPathOf,
  cleanText,
  isPublic,
  isWebAddress,
  ownerForNew,
  statusAfter,
  type ArticleFacts,
} from './model.js';

const CITY = '/c1/';
const COUNTY = '/c1/c2/';
const OTHER_CITY = '/x9/';

const acting = (over: Partial<ActingRole>): ActingRole => ({
  roleId: 'r',
  role: 'window_clerk',
  centreId: 'c1',
  centrePath: CITY,
  departmentId: 'd1',
  windowId: 'w1',
  ...over,
});
const article = (over: Partial<ArticleFacts>): ArticleFacts => ({
  centreId: 'c1',
  centrePath: CITY,
  channel: 'staff',
  audience: null,
  status: 'draft',
  ownerKind: 'window',
  ownerDepartmentId: null,
  ownerWindowId: 'w1',
  ...over,
});

const supervisor = acting({ role: 'supervisor', departmentId: null, windowId: null });
const clerk = acting({});
const otherClerk = acting({ windowId: 'w2' });
const head = acting({ role: 'department_head', windowId: null });
const countySupervisor = acting({
  role: 'supervisor',
  centreId: 'c2',
  centrePath: COUNTY,
  departmentId: null,
  windowId: null,
});

describe('中心网站 rules', () => {
  it('[R-WEB-6] a window edits its own pages only; a department head its department’s; managers everything of their centre', () => {
    expect(canEdit(clerk, article({}))).toBe(true);
    expect(canEdit(otherClerk, article({}))).toBe(false);
    expect(canEdit(head, article({}))).toBe(false);
    const deptPage = article({ ownerKind: 'department', ownerDepartmentId: 'd1', ownerWindowId: null });
    expect(canEdit(head, deptPage)).toBe(true);
    expect(canEdit(clerk, deptPage)).toBe(false);
    const centrePage = article({ ownerKind: 'centre', ownerWindowId: null });
    expect(canEdit(clerk, centrePage)).toBe(false);
    expect(canEdit(supervisor, centrePage)).toBe(true);
    expect(canEdit(supervisor, article({}))).toBe(true);
    expect(canEdit(acting({ role: 'system_admin', windowId: null, departmentId: null }), centrePage)).toBe(true);
    expect(canEdit(acting({ role: 'audit_admin', windowId: null, departmentId: null }), centrePage)).toBe(false);
  });

  it('[R-SUP-5] a county’s website is the county’s: the city supervisor above it does not edit or publish it', () => {
    const countyPage = article({ centreId: 'c2', centrePath: COUNTY, ownerKind: 'centre', ownerWindowId: null });
    expect(canEdit(supervisor, countyPage)).toBe(false);
    expect(canMove(supervisor, countyPage, 'publish')).toBe(false);
    expect(canEdit(countySupervisor, countyPage)).toBe(true);
    expect(canMove(countySupervisor, countyPage, 'publish')).toBe(true);
  });

  it('[R-SUP-5] only managers publish and withdraw; draft → published → withdrawn → published', () => {
    expect(canMove(clerk, article({}), 'publish')).toBe(false);
    expect(canMove(supervisor, article({}), 'publish')).toBe(true);
    expect(canMove(supervisor, article({}), 'withdraw')).toBe(false);
    expect(statusAfter('draft', 'publish')).toBe('published');
    expect(statusAfter('published', 'publish')).toBeNull();
    expect(statusAfter('published', 'withdraw')).toBe('withdrawn');
    expect(statusAfter('withdrawn', 'publish')).toBe('published');
    expect(statusAfter('draft', 'withdraw')).toBeNull();
  });

  it('[R-WEB-6] a unit writes for itself; a manager names the unit (default the centre); others write nothing', () => {
    expect(ownerForNew(clerk, { kind: 'centre', id: null })).toEqual({ kind: 'window', id: 'w1' });
    expect(ownerForNew(head, undefined)).toEqual({ kind: 'department', id: 'd1' });
    expect(ownerForNew(supervisor, undefined)).toEqual({ kind: 'centre', id: null });
    expect(ownerForNew(supervisor, { kind: 'window', id: 'w9' })).toEqual({ kind: 'window', id: 'w9' });
    expect(ownerForNew(acting({ role: 'agent', windowId: null, departmentId: null }), undefined)).toBeNull();
  });

  it('[R-WEB-1] only published articles of public channels are public', () => {
    expect(isPublic(article({ status: 'published' }))).toBe(true);
    expect(isPublic(article({ status: 'draft' }))).toBe(false);
    expect(isPublic(article({ status: 'withdrawn' }))).toBe(false);
    expect(isPublic(article({ status: 'published', channel: 'internal_notices', audience: 'city' }))).toBe(false);
    expect(channels.filter((c) => c.visibility === 'public').map((c) => c.zh)).toEqual([
      '中心简介',
      '机构设置',
      '工作动态',
      '政策法规',
      '工作简报',
      '通知公告',
      '办事规则',
      '人员公示',
      '联系我们',
      '相关链接',
    ]);
  });

  it('[R-WEB-5] an internal article is read in its centre, or across the city when addressed to it; never a draft', () => {
    const own = article({
      channel: 'meetings',
      audience: 'centre',
      status: 'published',
      centreId: 'c2',
      centrePath: COUNTY,
    });
    expect(canReadInternal(countySupervisor, own)).toBe(true);
    expect(canReadInternal(clerk, own)).toBe(false);
    const cityWide = { ...own, audience: 'city' as const };
    expect(canReadInternal(clerk, cityWide)).toBe(true);
    expect(canReadInternal(acting({ centreId: 'x9', centrePath: OTHER_CITY }), cityWide)).toBe(false);
    expect(canReadInternal(countySupervisor, { ...own, status: 'draft' })).toBe(false);
    expect(canReadInternal(clerk, article({ status: 'published' }))).toBe(false);
    expect(cityPathOf('/a/b/c/')).toBe('/a/');
  });

  it('[R-WEB-1] text is plain: one kind of line break, no control characters; links are web addresses only', () => {
    expect(cleanText('  第一段\r\n\r\n\r\n\r\n第二段\u0007  ')).toBe('第一段\n\n第二段');
    expect(isWebAddress('https://www.zhoushan.gov.cn/')).toBe(true);
    expect(isWebAddress('javascript:alert(1)')).toBe(false);
    expect(isWebAddress('data:text/html,<b>')).toBe(false);
    expect(isWebAddress('www.zhoushan.gov.cn')).toBe(false);
  });
});
