import PDFDocument from 'pdfkit';
import { renderOfficialDocument, type OfficialDocument } from '../../../server/src/platform/pdf/official-document.js';
import { machineLine } from '../lib/machine.js';
import { met, table } from '../lib/report.js';
import { median, round } from '../lib/stats.js';
import type { BenchContext, BenchOutcome, Benchmark } from '../registry.js';

const COUNT = 200;
const ROUNDS = 3;
const TARGETS = { perSecond: 50, maxKb: 200 };

/** A full one-page 受理通知书 as issued: header, number, body, fields, table, seal, QR. */
function notice(i: number): OfficialDocument {
  return {
    issuer: '舟山市市场监督管理局',
    docNo: `舟审受〔2026〕${String(i + 1).padStart(4, '0')}号`,
    title: '受理通知书',
    addressee: '龘䶮海味餐饮有限公司：',
    blocks: [
      {
        kind: 'paragraph',
        text: '你（单位）于二〇二六年十一月二十八日提出的“食品经营许可”申请，经审查，申请材料齐全、符合法定形式，根据《中华人民共和国行政许可法》第三十二条的规定，决定予以受理。',
      },
      {
        kind: 'fields',
        items: [
          ['办件编号', `330900202611280${String(i).padStart(5, '0')}`],
          ['查询密码', 'AB3C4D5E'],
          ['承诺办结时限', '5个工作日（预计二〇二六年十二月四日前办结）'],
        ],
      },
      {
        kind: 'table',
        columns: ['材料名称', '文件'],
        rows: [
          ['食品经营许可申请书', '申请书.pdf'],
          ['营业执照复印件', '营业执照.pdf'],
        ],
      },
    ],
    signer: '舟山市市场监督管理局',
    date: new Date('2026-11-28T02:00:00Z'),
    seal: { name: '舟山市行政审批服务中心' },
    qr: { url: `http://localhost:3000/verify/ABCDEFGH${i}`, caption: `验证码 ABCDEFGH${i}` },
  };
}

/** The bare baseline: pdfkit's built-in Helvetica, the same amount of ASCII text, no subsetting. */
function bare(i: number): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: 'A4' });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.fontSize(22).text('Acceptance notice', { align: 'center' });
    doc.fontSize(16).text(`No. ${i} `.repeat(30));
    doc.end();
  });
}

async function timed(fn: (i: number) => Promise<Buffer>) {
  const started = performance.now();
  let bytes = 0;
  for (let i = 0; i < COUNT; i += 1) bytes = Math.max(bytes, (await fn(i)).length);
  const seconds = (performance.now() - started) / 1000;
  return { perSecond: COUNT / seconds, maxKb: bytes / 1024 };
}

async function run(ctx: BenchContext): Promise<BenchOutcome> {
  await renderOfficialDocument(notice(0)); // load the fonts once, as a running server has
  const rounds: Array<{ round: number; notices: number; bare: number; maxKb: number }> = [];
  for (let r = 1; r <= ROUNDS; r += 1) {
    const b = await timed(bare);
    const n = await timed((i) => renderOfficialDocument(notice(i)));
    ctx.log(`round ${r}: notices ${round(n.perSecond)}/s (max ${round(n.maxKb)} KB), bare ${round(b.perSecond)}/s`);
    rounds.push({ round: r, notices: n.perSecond, bare: b.perSecond, maxKb: n.maxKb });
  }
  const perSecond = median(rounds.map((r) => r.notices));
  const bareRate = median(rounds.map((r) => r.bare));
  const maxKb = Math.max(...rounds.map((r) => r.maxKb));
  const result = {
    date: new Date().toISOString(),
    machine: ctx.machine,
    count: COUNT,
    rounds,
    noticesPerSecond: round(perSecond),
    barePerSecond: round(bareRate),
    ratio: round(perSecond / bareRate, 3),
    maxKb: round(maxKb),
    targets: TARGETS,
  };
  const markdown = [
    `Date ${result.date.slice(0, 10)} · ${machineLine(ctx.machine)} · one process (one core), ${COUNT} notices per round, ${ROUNDS} rounds, median.`,
    '',
    table(
      ['figure', 'measured', 'target', ''],
      [
        [
          'one-page notices rendered per second (CJK subset, seal, QR)',
          round(perSecond),
          `≥ ${TARGETS.perSecond}`,
          met(perSecond >= TARGETS.perSecond),
        ],
        ['largest one-page notice', `${round(maxKb)} KB`, `≤ ${TARGETS.maxKb} KB`, met(maxKb <= TARGETS.maxKb)],
        ['bare baseline (pdfkit, Helvetica, ASCII) per second', round(bareRate), '—', ''],
        ['ratio notices / bare', round(perSecond / bareRate, 3), '—', ''],
      ],
    ),
    '',
    'The figure is the PDF alone; issuing a notice also numbers it, stores it and signs its SM3 hash (SM2), inside the move’s transaction. 100 concurrent issues of one series giving 100 distinct consecutive numbers is a test (server/src/modules/notices/notices.api.test.ts).',
  ].join('\n');
  return { result, markdown };
}

export const notices: Benchmark = { name: 'notices', title: 'Issue 6 — notices rendered as PDF', run };
