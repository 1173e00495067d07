import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../platform/app-context.js';
import { uuidParam } from '../../platform/http/common-schemas.js';
import { metaOf } from '../../platform/http/request-context.js';
import { errorResponses, noQuery } from '../../platform/http/schemas.js';
import {
  articleSchema,
  channelsSchema,
  createBody,
  editorSchema,
  internalListQuery,
  internalPageSchema,
  managedListQuery,
  managedPageSchema,
  moveBody,
  publicListQuery,
  publicPageSchema,
  unitsSchema,
  updateBody,
} from './schemas.js';
import * as service from './service.js';

const tags = ['content 中心网站'];
const internalArticleSchema = articleSchema.extend({ audience: internalPageSchema.shape.items.element.shape.audience });

/** 中心网站 (R-WEB-1, R-WEB-5, R-WEB-6, R-KIO-2). Thin: each route validates and calls the service. */
export const contentRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get(
    '/api/content/channels',
    {
      schema: {
        summary: '栏目 The website’s channels, public and internal (public)',
        tags,
        querystring: noQuery,
        response: { 200: channelsSchema, ...errorResponses },
      },
    },
    () => service.listChannels(),
  );

  app.get(
    '/api/content/articles',
    {
      schema: {
        summary: '信息公开 A centre’s published articles of the public channels, newest first (public)',
        tags,
        querystring: publicListQuery,
        response: { 200: publicPageSchema, ...errorResponses },
      },
    },
    (req) => service.publicArticles(ctx, req.query),
  );

  app.get(
    '/api/content/articles/:id',
    {
      schema: {
        summary: '文章 One published public article, with the unit that keeps it current (public)',
        tags,
        params: uuidParam,
        querystring: noQuery,
        response: { 200: articleSchema, ...errorResponses },
      },
    },
    (req) => service.publicArticle(ctx, req.params.id),
  );

  app.get(
    '/api/content/internal',
    {
      schema: {
        summary: '内部交流 Published internal articles for staff: their centre’s and the city-wide exchange',
        tags,
        querystring: internalListQuery,
        response: { 200: internalPageSchema, ...errorResponses },
      },
    },
    (req) => service.internalArticles(ctx, req.actor, req.query),
  );

  app.get(
    '/api/content/internal/:id',
    {
      schema: {
        summary: '内部文章 One internal article the staff member may read',
        tags,
        params: uuidParam,
        querystring: noQuery,
        response: { 200: internalArticleSchema, ...errorResponses },
      },
    },
    (req) => service.internalArticle(ctx, req.actor, req.params.id),
  );

  app.get(
    '/api/content/manage/articles',
    {
      schema: {
        summary: '网站维护 The articles the caller keeps: a unit’s own, or all of the centre’s for its managers',
        tags,
        querystring: managedListQuery,
        response: { 200: managedPageSchema, ...errorResponses },
      },
    },
    (req) => service.managedArticles(ctx, req.actor, req.query),
  );

  app.get(
    '/api/content/manage/units',
    {
      schema: {
        summary: '维护单位 The units the caller may name as an article’s owner',
        tags,
        querystring: noQuery,
        response: { 200: unitsSchema, ...errorResponses },
      },
    },
    (req) => service.ownerUnits(ctx, req.actor),
  );

  app.get(
    '/api/content/manage/articles/:id',
    {
      schema: {
        summary: '编辑文章 One article with its status, version and what the caller may do',
        tags,
        params: uuidParam,
        querystring: noQuery,
        response: { 200: editorSchema, ...errorResponses },
      },
    },
    (req) => service.managedArticle(ctx, req.actor, metaOf(req), req.params.id),
  );

  app.post(
    '/api/content/manage/articles',
    {
      schema: {
        summary: '新建文章 A draft of the caller’s centre, owned by their unit (a manager may name the unit)',
        tags,
        body: createBody,
        response: { 201: editorSchema, ...errorResponses },
      },
    },
    async (req, reply) => reply.status(201).send(await service.createArticle(ctx, req.actor, metaOf(req), req.body)),
  );

  app.patch(
    '/api/content/manage/articles/:id',
    {
      schema: {
        summary: '修改文章 Its owner unit or a manager edits, at the version seen (409 otherwise)',
        tags,
        params: uuidParam,
        body: updateBody,
        response: { 200: editorSchema, ...errorResponses },
      },
    },
    (req) => service.updateArticle(ctx, req.actor, metaOf(req), req.params.id, req.body),
  );

  for (const move of ['publish', 'withdraw'] as const) {
    app.post(
      `/api/content/manage/articles/:id/${move}`,
      {
        schema: {
          summary:
            move === 'publish'
              ? '发布 A manager of the centre publishes a draft or withdrawn article'
              : '撤下 A manager of the centre withdraws a published article',
          tags,
          params: uuidParam,
          body: moveBody,
          response: { 200: editorSchema, ...errorResponses },
        },
      },
      (req) => service.moveArticle(ctx, req.actor, metaOf(req), req.params.id, move, req.body.version),
    );
  }
};
