import { z } from 'zod';

const role = z.enum([
  'window_clerk',
  'approver',
  'department_head',
  'supervisor',
  'agent',
  'system_admin',
  'security_admin',
  'audit_admin',
]);

export const roleBindingSchema = z
  .object({
    id: z.uuid(),
    role,
    centreId: z.uuid(),
    centreName: z.string(),
    departmentId: z.uuid().nullable(),
    departmentName: z.string().nullable(),
    windowId: z.uuid().nullable(),
    windowName: z.string().nullable(),
  })
  .meta({ id: 'RoleBinding' });

export const staffSchema = z
  .object({
    id: z.uuid(),
    username: z.string(),
    displayName: z.string(),
    mobileMasked: z.string().nullable(),
    active: z.boolean(),
    locked: z.boolean(),
    totpEnabled: z.boolean(),
    mustChangePassword: z.boolean(),
    version: z.number().int(),
    roles: z.array(roleBindingSchema),
  })
  .meta({ id: 'Staff' });

export const enterpriseSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    creditCode: z.string(),
    legalRepresentative: z.string(),
    contactName: z.string(),
    contactMobileMasked: z.string(),
    relation: z.enum(['legal_representative', 'authorised']),
  })
  .meta({ id: 'Enterprise' });

export const personSummarySchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    idNumberMasked: z.string(),
    mobileMasked: z.string().nullable(),
    registered: z.boolean(),
  })
  .meta({ id: 'PersonSummary' });

export const meSchema = z
  .object({
    actor: z
      .discriminatedUnion('kind', [
        z.object({
          kind: z.literal('staff'),
          id: z.uuid(),
          username: z.string(),
          name: z.string(),
          roles: z.array(roleBindingSchema),
          acting: roleBindingSchema.nullable(),
          mfa: z.object({ required: z.boolean(), enrolled: z.boolean(), passed: z.boolean() }),
          passwordExpired: z.boolean(),
        }),
        z.object({
          kind: z.literal('person'),
          id: z.uuid(),
          name: z.string(),
          idNumberMasked: z.string(),
          mobileMasked: z.string().nullable(),
          enterprises: z.array(enterpriseSchema),
          actingEnterpriseId: z.uuid().nullable(),
        }),
      ])
      .nullable(),
    csrfToken: z.string().nullable(),
  })
  .meta({ id: 'Me' });

export const authorisationSchema = z
  .object({
    id: z.uuid(),
    personId: z.uuid(),
    personName: z.string(),
    idNumberMasked: z.string(),
    mobileMasked: z.string().nullable(),
    agentId: z.uuid(),
    agentName: z.string(),
    actedBy: z.string(),
    allItems: z.boolean(),
    itemCodes: z.array(z.string()),
    validUntil: z.string(),
    formFileSha256: z.string(),
    status: z.enum(['valid', 'expired', 'revoked']),
    revokeReason: z.string().nullable(),
    createdAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'AgentAuthorisation' });
