import Fastify from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { sendFile } from './send-file.js';

const app = Fastify();
app.get('/f', (req, reply) => {
  const q = req.query as { name: string; inline?: string };
  return sendFile(reply, {
    bytes: Buffer.from('%PDF-1.7'),
    mediaType: 'application/pdf',
    fileName: q.name,
    ...(q.inline ? { disposition: 'inline' as const } : {}),
  });
});
afterAll(() => app.close());

describe('files as answers', () => {
  it('[R-NEW-6] a Chinese file name travels encoded; quotes, slashes and line breaks cannot break the header', async () => {
    const res = await app.inject({ url: `/f?name=${encodeURIComponent('营业执照"\r\nX-Evil: 1/../a.pdf')}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['x-evil']).toBeUndefined();
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="download"; filename*=UTF-8''${encodeURIComponent('营业执照___X-Evil: 1_.._a.pdf')}`,
    );
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.headers['content-type']).toBe('application/pdf');
  });

  it('[R-NEW-2] a notice to print opens in the browser (inline)', async () => {
    const res = await app.inject({ url: '/f?name=a.pdf&inline=1' });
    expect(res.headers['content-disposition']).toMatch(/^inline; /);
  });
});
