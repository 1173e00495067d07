/**
 * The working-time module's public surface, so that contexts import one path and the internal
 * split (local-time helpers, calendar, arithmetic, seed) can change without touching them.
 */
export {
  DEFAULT_WORKING_HOURS,
  DEFAULT_WORKING_PERIODS,
  WorkCalendar,
  createWorkCalendar,
  type IsoDate,
  type MinutePeriod,
  type WeeklyWorkingHours,
  type WorkCalendarData,
  type WorkingPeriod,
  type WorkingWeekday,
} from './calendar.js';
export {
  addNaturalDays,
  addWorkingDays,
  addWorkingHours,
  addWorkingMinutes,
  deadlineFor,
  nextWorkingInstant,
  remainingWorkingDays,
  remainingWorkingDaysFractional,
  warningState,
  workingMinutesBetween,
  type ClockPause,
  type TimeLimit,
  type TimeLimitUnit,
  type WarningOptions,
  type WarningState,
} from './arithmetic.js';
export {
  chineseDaysCalendarData,
  chineseDaysYears,
  workCalendarFromSeed,
  type CalendarDayRow,
  type CalendarSeedData,
} from './seed.js';
