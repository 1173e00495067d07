import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/app-context.js';
import { uuidParam } from '../../platform/http/common-schemas.js';
import { metaOf } from '../../platform/http/request-context.js';
import { errorResponses, noQuery } from '../../platform/http/schemas.js';
import { createBankOrder, handleCallback } from './bank.js';
import { registerFeeHooks } from './case-link.js';
import { paymentNoticePdf, receiptPdf } from './documents.js';
import { feeAdminRoutes } from './admin-routes.js';
import { caseFees, recordCounterPayment, refuseEdit } from './payments.js';
import { confirmPricing, previewPricing } from './pricing.js';
import { requestAdjustment } from './approvals.js';
import {
  adjustmentBody,
  approvalSchema,
  bankOrderSchema,
  callbackBody,
  callbackHeaders,
  callbackResult,
  caseFeesSchema,
  caseParams,
  collectBody,
  noticeSchema,
  paymentSchema,
  pricingBody,
  pricingPreview,
} from './schemas.js';
import { sendFile } from '../../platform/http/send-file.js';

const tags = ['fees 收费'];
const fileResponse = z.any().meta({ description: 'file' });

export const feeRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  registerFeeHooks();

  app.get(
    '/api/cases/:id/fees',
    {
      schema: {
        summary: '办件收费 A case’s payment notice, fees, payments and approvals',
        tags,
        params: caseParams,
        querystring: noQuery,
        response: { 200: caseFeesSchema, ...errorResponses },
      },
    },
    (req) => caseFees(ctx, req.actor, req.params.id),
  );

  app.get(
    '/api/cases/:id/fees/pricing',
    {
      schema: {
        summary: '核价预览 What the published fee items come to for this case’s data',
        tags,
        params: caseParams,
        querystring: noQuery,
        response: { 200: pricingPreview, ...errorResponses },
      },
    },
    (req) => previewPricing(ctx, req.actor, req.params.id),
  );

  app.post(
    '/api/cases/:id/fees/pricing',
    {
      schema: {
        summary: '确认核价 Confirm the pricing (reductions need a legal basis and the head’s approval)',
        tags,
        params: caseParams,
        body: pricingBody,
        response: { 201: noticeSchema, ...errorResponses },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await confirmPricing(ctx, req.actor, metaOf(req), req.params.id, req.body)),
  );

  app.get(
    '/api/cases/:id/fees/notice.pdf',
    {
      schema: {
        summary: '缴款通知书 PDF The payment notice (numbered, with a QR code)',
        tags,
        params: caseParams,
        querystring: noQuery,
        response: { 200: fileResponse, ...errorResponses },
      },
    },
    async (req, reply) => {
      const f = await paymentNoticePdf(ctx, req.actor, req.params.id);
      return sendFile(reply, { ...f, mediaType: 'application/pdf' });
    },
  );

  app.post(
    '/api/cases/:id/fees/payments',
    {
      schema: {
        summary: '窗口收费 / 拉票 Record a payment at the window (amount from pricing only)',
        tags,
        params: caseParams,
        body: collectBody,
        response: { 201: paymentSchema, ...errorResponses },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await recordCounterPayment(ctx, req.actor, metaOf(req), req.params.id, req.body)),
  );

  app.post(
    '/api/cases/:id/fees/bank-order',
    {
      schema: {
        summary: '银行缴款 Create (or return) the bank order for the case’s bank-mode fees',
        tags,
        params: caseParams,
        body: z.strictObject({}).optional(),
        response: { 200: bankOrderSchema, ...errorResponses },
      },
    },
    (req) => createBankOrder(ctx, req.actor, metaOf(req), req.params.id),
  );

  app.post(
    '/api/payments/bank/callback',
    {
      schema: {
        summary: '银行回调 The gateway’s signed asynchronous callback (HMAC-SM3 in x-bank-signature)',
        tags,
        headers: callbackHeaders,
        body: callbackBody,
        response: { 200: callbackResult, ...errorResponses },
      },
    },
    (req) => handleCallback(ctx, metaOf(req), req.body, req.headers['x-bank-signature']),
  );

  for (const method of ['PATCH', 'PUT', 'DELETE'] as const)
    app.route({
      method,
      url: '/api/fee-payments/:id',
      schema: {
        summary: '修改或删除收费（一律拒绝）Editing or deleting a payment is always refused',
        tags,
        params: uuidParam,
        ...(method === 'DELETE' ? {} : { body: z.record(z.string(), z.unknown()).optional() }),
        response: { ...errorResponses },
      },
      handler: (req) => refuseEdit(ctx, req.actor, metaOf(req), req.params.id),
    });

  app.get(
    '/api/fee-payments/:id/receipt.pdf',
    {
      schema: {
        summary: '收费收据 PDF',
        tags,
        params: uuidParam,
        querystring: noQuery,
        response: { 200: fileResponse, ...errorResponses },
      },
    },
    async (req, reply) => {
      const f = await receiptPdf(ctx, req.actor, req.params.id);
      return sendFile(reply, { ...f, mediaType: 'application/pdf' });
    },
  );

  app.post(
    '/api/fee-payments/:id/adjustments',
    {
      schema: {
        summary: '申请作废 / 退款 Ask the department head to void or refund a payment',
        tags,
        params: uuidParam,
        body: adjustmentBody,
        response: { 201: approvalSchema, ...errorResponses },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await requestAdjustment(ctx, req.actor, metaOf(req), req.params.id, req.body)),
  );

  await app.register(feeAdminRoutes, { ctx });
};
