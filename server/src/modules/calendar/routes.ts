import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/app-context.js';
import { metaOf } from '../../platform/http/request-context.js';
import { errorResponses } from '../../platform/http/schemas.js';
import { rederiveDeadlines } from '../cases/rederive.js';
import { onCalendarEdit } from './edit-hooks.js';
import { currentYear } from './model.js';
import * as calendar from './service.js';
import { calendarParams, calendarView, dayBody, dayParams, settingsBody, yearQuery } from './views.js';

const tags = ['calendar 工作日历'];
const response = { 200: calendarView.schema, ...errorResponses };
const yearOr = (year: number | undefined, fallback: number) => year ?? fallback;

export const calendarRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  // The one call from calendar into cases, made where the app is composed (see edit-hooks.ts).
  onCalendarEdit('cases', rederiveDeadlines);

  app.get(
    '/api/centres/:id/work-calendar',
    {
      schema: {
        summary: '中心工作日历 A centre’s working-time calendar, own or inherited (public)',
        tags,
        params: calendarParams,
        querystring: yearQuery,
        response,
      },
    },
    async (req) =>
      calendarView.of(
        await calendar.getWorkCalendar(ctx, req.params.id),
        yearOr(req.query.year, currentYear(new Date())),
      ),
  );

  app.put(
    '/api/centres/:id/work-calendar',
    {
      schema: {
        summary: '修改工作时间与时限设置 Update hours, pre-review limit, yellow ratio (supervisor)',
        tags,
        params: calendarParams,
        querystring: yearQuery,
        body: settingsBody,
        response,
      },
    },
    async (req) =>
      calendarView.of(
        await calendar.updateWorkCalendar(ctx, req.actor, metaOf(req), req.params.id, req.body),
        yearOr(req.query.year, currentYear(new Date())),
      ),
  );

  app.post(
    '/api/centres/:id/work-calendar/days',
    {
      schema: {
        summary: '新增节假日或调休上班日 Add a holiday or adjusted working day (supervisor)',
        tags,
        params: calendarParams,
        body: dayBody,
        response: { 201: calendarView.schema, ...errorResponses },
      },
    },
    async (req, reply) => {
      const after = await calendar.addCalendarDay(ctx, req.actor, metaOf(req), req.params.id, req.body);
      return reply.status(201).send(calendarView.of(after, Number(req.body.date.slice(0, 4))));
    },
  );

  app.delete(
    '/api/centres/:id/work-calendar/days/:date',
    {
      schema: {
        summary: '删除节假日或调休上班日 Remove a day from the calendar (supervisor)',
        tags,
        params: dayParams,
        response,
      },
    },
    async (req) =>
      calendarView.of(
        await calendar.removeCalendarDay(ctx, req.actor, metaOf(req), req.params.id, req.params.date),
        Number(req.params.date.slice(0, 4)),
      ),
  );
};
