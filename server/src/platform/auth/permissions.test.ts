import { describe, expect, it } from 'vitest';
import type { StaffActor } from './actor.js';
import { bindingFor, can, centreInReach, grantProblem, needsSecondFactor } from './permissions.js';

const actor = (
  role: StaffActor['acting'] extends infer A ? (A extends { role: infer R } ? R : never) : never,
): StaffActor => ({
  kind: 'staff',
  sessionId: 's',
  staffId: 'me',
  name: '测试',
  mfaPassed: true,
  passwordExpired: false,
  acting: { roleId: 'r', role, centreId: 'c', centrePath: '/a/b/', departmentId: null, windowId: null },
});

describe('permissions', () => {
  it('[R-OPS-2] separates system, security and audit administration (三权分立)', () => {
    expect(can(actor('system_admin'), 'org.manage')).toBe(true);
    expect(can(actor('system_admin'), 'role.grant')).toBe(false);
    expect(can(actor('system_admin'), 'audit.read')).toBe(false);
    expect(can(actor('security_admin'), 'role.grant')).toBe(true);
    expect(can(actor('security_admin'), 'org.manage')).toBe(false);
    expect(can(actor('audit_admin'), 'audit.verify')).toBe(true);
    expect(can(actor('audit_admin'), 'staff.manage')).toBe(false);
    expect(can(null, 'org.manage')).toBe(false);
  });

  it('[R-OPS-2] nobody grants themselves a role; one person holds at most one admin role', () => {
    const sec = actor('security_admin');
    expect(grantProblem(sec, 'me', 'window_clerk', [])).toBe('self_grant');
    expect(grantProblem(sec, 'other', 'audit_admin', ['system_admin'])).toBe('separation_of_duties');
    expect(grantProblem(sec, 'other', 'window_clerk', ['system_admin'])).toBeNull();
    expect(grantProblem(sec, 'other', 'supervisor', ['window_clerk'])).toBeNull();
  });

  it('[R-ORG-2] supervisors reach their centre and every centre below, not above or beside', () => {
    const acting = actor('supervisor').acting!;
    expect(centreInReach(acting, '/a/b/')).toBe(true);
    expect(centreInReach(acting, '/a/b/c/')).toBe(true);
    expect(centreInReach(acting, '/a/')).toBe(false);
    expect(centreInReach(acting, '/a/bb/')).toBe(false);
  });

  it('binds clerks to windows, heads and approvers to departments, others to centres; admins need TOTP', () => {
    expect(bindingFor('window_clerk')).toBe('window');
    expect(bindingFor('department_head')).toBe('department');
    expect(bindingFor('supervisor')).toBe('centre');
    expect(needsSecondFactor(['window_clerk'])).toBe(false);
    expect(needsSecondFactor(['window_clerk', 'audit_admin'])).toBe(true);
  });
});
