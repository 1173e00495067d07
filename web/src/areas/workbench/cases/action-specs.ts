import type { CaseAction } from '../../../api/cases';
import type { ActionSpec } from './action-spec';
import { confirmTolerated, conclude, issueCertificate, revokeAcceptance, supplement, withdraw } from './specs-close';
import { accept, passUp, reject, requestSupplement } from './specs-intake';
import { approveExtension, decide, endSpecial, requestExtension, review, startSpecial } from './specs-review';

/** Every action's dialog, so whatever `allowedActions` offers has a form. */
export const actionSpecs: Record<CaseAction, ActionSpec> = {
  accept,
  reject,
  request_supplement: requestSupplement,
  supplement,
  pass_up: passUp,
  review,
  request_extension: requestExtension,
  approve_extension: approveExtension,
  start_special: startSpecial,
  end_special: endSpecial,
  decide,
  issue_certificate: issueCertificate,
  conclude,
  withdraw,
  confirm_tolerated: confirmTolerated,
  revoke_acceptance: revokeAcceptance,
};

/** Moves that carry the case forward get the primary button; the ones that end it are red. */
export const primaryActions: ReadonlySet<CaseAction> = new Set([
  'accept',
  'pass_up',
  'review',
  'decide',
  'approve_extension',
  'end_special',
  'issue_certificate',
  'conclude',
  'supplement',
]);

/** The order of the buttons: the usual next move first. */
export const actionOrder: readonly CaseAction[] = [
  'accept',
  'pass_up',
  'review',
  'decide',
  'issue_certificate',
  'conclude',
  'supplement',
  'approve_extension',
  'end_special',
  'request_supplement',
  'confirm_tolerated',
  'start_special',
  'request_extension',
  'reject',
  'revoke_acceptance',
  'withdraw',
];
