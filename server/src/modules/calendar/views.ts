import { z } from 'zod';
import { versionField } from '../../platform/http/common-schemas.js';
import { periodProblems } from './model.js';
import type { EffectiveCalendar } from './service.js';

/** API shapes of the calendar context: request schemas, the view, and the row → view mapping. */

const clock = z
  .string()
  .regex(/^\d{2}:\d{2}$/)
  .meta({ description: 'HH:MM，00:00–24:00' });
const period = z.strictObject({ start: clock, end: clock });

const problemText = {
  format: '时间须为 00:00–24:00 之间的 HH:MM time must be HH:MM within 00:00–24:00',
  start_not_before_end: '开始须早于结束 start must be before end',
  overlap_or_order: '时段须按时间顺序且不重叠 periods must be in order and not overlap',
} as const;

/** A day's periods; each problem names its field, e.g. `workingHours.mon.1.start`. */
const periods = z
  .array(period)
  .min(1)
  .max(4)
  .superRefine((value, ctx) => {
    for (const p of periodProblems(value)) {
      ctx.addIssue({ code: 'custom', path: [p.index, p.field], message: problemText[p.problem] });
    }
  });

const weeklyHours = z.strictObject({ mon: periods, tue: periods, wed: periods, thu: periods, fri: periods });

const preReviewLimit = z.strictObject({
  value: z.number().int().min(1).max(999),
  unit: z.enum(['working_days', 'working_hours', 'working_minutes']),
  explanation: z.string().trim().max(200),
});

export const settingsBody = z.strictObject({
  workingHours: weeklyHours,
  adjustedWorkingDayHours: periods.nullable().meta({ description: '调休上班日的工作时间；null 表示同星期一' }),
  preReviewLimit,
  yellowRatio: z.number().min(0).max(1).meta({ description: '剩余时限占比不超过此值时亮黄牌' }),
  version: versionField.or(z.literal(0)).meta({ description: '乐观锁版本号；0 表示尚未建立本中心日历（继承中）' }),
});

const isoDate = z.iso.date().refine((d) => d >= '2000-01-01' && d <= '2099-12-31', { message: '2000–2099' });
const dayKind = z.enum(['holiday', 'adjusted_working_day']);

export const dayBody = z.strictObject({ date: isoDate, kind: dayKind, name: z.string().trim().min(1).max(40) });

export const calendarParams = z.strictObject({ id: z.uuid() });
export const dayParams = z.strictObject({ id: z.uuid(), date: isoDate });
export const yearQuery = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2099).optional().meta({ description: '列出该年的节假日，默认今年' }),
});

const periodView = z.object({ start: z.string(), end: z.string() });
const periodsView = z.array(periodView);

type Periods = readonly { readonly start: string; readonly end: string }[];
const copy = (ps: Periods) => ps.map((p) => ({ start: p.start, end: p.end }));

export const calendarView = {
  schema: z
    .object({
      centreId: z.uuid(),
      inheritedFrom: z.string().nullable().meta({ description: 'null：本中心日历；上级中心 id；national：国家安排' }),
      inheritedFromName: z.string().nullable(),
      workingHours: z.object({
        mon: periodsView,
        tue: periodsView,
        wed: periodsView,
        thu: periodsView,
        fri: periodsView,
      }),
      adjustedWorkingDayHours: periodsView.nullable(),
      preReviewLimit: z.object({ value: z.number(), unit: z.string(), explanation: z.string() }),
      yellowRatio: z.number(),
      year: z.number().int(),
      days: z.array(z.object({ date: z.string(), kind: dayKind, name: z.string(), source: z.string() })),
      coverage: z.object({ from: z.string(), to: z.string() }).nullable(),
      version: z.number().int(),
    })
    .meta({ id: 'WorkCalendar' }),
  of: (c: EffectiveCalendar, year: number) => ({
    centreId: c.centreId,
    inheritedFrom: c.source.kind === 'own' ? null : c.source.kind === 'national' ? 'national' : c.source.centreId,
    inheritedFromName: c.source.kind === 'ancestor' ? c.source.centreName : null,
    workingHours: {
      mon: copy(c.settings.workingHours.mon),
      tue: copy(c.settings.workingHours.tue),
      wed: copy(c.settings.workingHours.wed),
      thu: copy(c.settings.workingHours.thu),
      fri: copy(c.settings.workingHours.fri),
    },
    adjustedWorkingDayHours: c.settings.adjustedWorkingDayHours && copy(c.settings.adjustedWorkingDayHours),
    preReviewLimit: c.settings.preReviewLimit,
    yellowRatio: c.settings.yellowRatio,
    year,
    days: c.days.filter((d) => d.date.startsWith(`${year}-`)),
    coverage: c.coverage,
    version: c.version,
  }),
};
