import type { AppContext } from '../../platform/app-context.js';
import { chineseDaysCalendarData, chineseDaysYears, workCalendarFromSeed } from '../../platform/working-time/index.js';
import type { ClockRules } from './clock.js';

// Until the centre calendars land, every centre uses the national calendar from the seed data.
let national: ClockRules | null = null;

export function rulesFor(_ctx: AppContext, _centreId: string): Promise<ClockRules> {
  if (!national) {
    const { fromYear, toYear } = chineseDaysYears();
    national = {
      calendar: workCalendarFromSeed(chineseDaysCalendarData(fromYear, toYear)),
      preReviewLimit: { value: 1, unit: 'working_days' },
      yellowRatio: 0.2,
    };
  }
  return Promise.resolve(national);
}
