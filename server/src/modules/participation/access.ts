import type { Actor } from '../../platform/auth/actor.js';
import { requireActingStaff } from '../../platform/auth/authorize.js';
import { centreInReach } from '../../platform/auth/permissions.js';
import { officeScope } from '../cases/access.js';
import { statusAfter } from './model.js';
import type { MessageRow, MessageScope } from './store.js';

export type MessageCan = { answer: boolean; reassign: boolean; publish: boolean; close: boolean };

/**
 * Who may do what with one message (R-ORG-3: officers act only for their own place). The window a
 * consultation is routed to, and its department's approver and head, answer it; a supervisor of the
 * centre or one above reads, answers, reassigns, publishes and closes everything there; an
 * administrator of the centre handles its problem reports. Anyone else does not see it at all.
 */
export function messageReach(actor: Actor | null, row: MessageRow): { read: boolean; can: MessageCan } {
  const none = { read: false, can: { answer: false, reassign: false, publish: false, close: false } };
  const a = requireActingStaff(actor).acting;
  const open = (move: 'answer' | 'reassign' | 'publish' | 'close') => statusAfter(row.status, move) !== null;
  if (a.role === 'supervisor' && centreInReach(a, row.centre_path))
    return {
      read: true,
      can: {
        answer: open('answer'),
        reassign: open('reassign'),
        publish: open('publish') && row.publish_consent,
        close: open('close'),
      },
    };
  const answerer =
    (a.role === 'system_admin' && row.kind === 'feedback' && centreInReach(a, row.centre_path)) ||
    (a.role === 'window_clerk' && row.window_id !== null && a.windowId === row.window_id) ||
    ((a.role === 'approver' || a.role === 'department_head') &&
      row.department_id !== null &&
      a.departmentId === row.department_id);
  if (!answerer) return none;
  // An administrator may also close a report that needs no answer (a duplicate, or not a fault).
  const admin = a.role === 'system_admin';
  return {
    read: true,
    can: { answer: open('answer'), reassign: false, publish: false, close: admin && open('close') },
  };
}

/**
 * Whose messages the actor's list covers: the officers' scope every work list uses (cases/access.ts
 * officeScope), plus a system administrator's problem reports for their centres.
 */
export function messageScope(actor: Actor | null): MessageScope {
  const a = requireActingStaff(actor).acting;
  if (a.role === 'system_admin') return { kind: 'admin', centrePath: a.centrePath };
  return officeScope(actor);
}
