import type { AppContext } from '../../platform/app-context.js';
import { caseRulesFor } from '../calendar/service.js';
import type { ClockRules } from './clock.js';

/** The clock's rules for a centre: its working-time calendar, pre-review limit and card ratio. */
export const rulesFor = (ctx: AppContext, centreId: string): Promise<ClockRules> => caseRulesFor(ctx, centreId);
