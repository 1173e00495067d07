// The PNG decoder behind cached seal images, against PNGs built here with every row filter.
import zlib from 'node:zlib';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { prepareImage } from './seal-image.js';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (b: Buffer) => {
  let c = 0xffffffff;
  for (const byte of b) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
  return Buffer.concat([head, body, crc]);
}

/** A PNG whose rows use filter types 0..4 in turn, so every unfilter path is exercised. */
function png(
  width: number,
  height: number,
  type: number,
  channels: number,
  pixels: Buffer,
  extra: Buffer[] = [],
  depth = 8,
  interlace = 0,
) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = depth;
  ihdr[9] = type;
  ihdr[12] = interlace;
  const stride = width * channels;
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y += 1) {
    const filter = y % 5;
    const row = Buffer.alloc(stride + 1);
    row[0] = filter;
    for (let x = 0; x < stride; x += 1) {
      const at = (yy: number, xx: number) => (yy >= 0 && xx >= 0 ? (pixels[yy * stride + xx] ?? 0) : 0);
      const [a, b, c] = [at(y, x - channels), at(y - 1, x), at(y - 1, x - channels)];
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
          ? a
          : Math.abs(p - b) <= Math.abs(p - c)
            ? b
            : c;
      const pred = [0, a, b, (a + b) >> 1, paeth][filter] ?? 0;
      row[x + 1] = ((pixels[y * stride + x] ?? 0) - pred) & 0xff;
    }
    rows.push(row);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    ...extra,
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const noise = (n: number, seed: number) =>
  Buffer.from(Array.from({ length: n }, (_, i) => (i * 37 + seed * 11 + ((i * i) % 13)) & 0xff));

describe('seal images prepared once per process', () => {
  it('[R-APP-5] RGBA seals decode into exact colour and alpha planes, whatever the row filters', () => {
    const [w, h] = [7, 11];
    const rgba = noise(w * h * 4, 1);
    const img = prepareImage(png(w, h, 6, 4, rgba));
    expect(img).not.toBeNull();
    const color = zlib.inflateSync(img?.color ?? Buffer.alloc(0));
    const alpha = zlib.inflateSync(img?.alpha ?? Buffer.alloc(0));
    for (let i = 0; i < w * h; i += 1) {
      expect([...color.subarray(i * 3, i * 3 + 3)]).toEqual([...rgba.subarray(i * 4, i * 4 + 3)]);
      expect(alpha[i]).toBe(rgba[i * 4 + 3]);
    }
    expect(img?.colorSpace).toBe('DeviceRGB');
  });

  it('[R-APP-5] palette seals take their transparency from tRNS; grey with alpha and opaque RGB work too', () => {
    const palette = Buffer.from([255, 0, 0, 255, 255, 255]);
    const transparency = Buffer.from([255, 0]);
    const extra = [chunk('PLTE', palette), chunk('tRNS', transparency)];
    const indexed = prepareImage(png(4, 2, 3, 1, Buffer.from([0, 1, 1, 0, 1, 0, 0, 1]), extra));
    expect([...zlib.inflateSync(indexed?.alpha ?? Buffer.alloc(0))]).toEqual([255, 0, 0, 255, 0, 255, 255, 0]);
    expect([...zlib.inflateSync(indexed?.color ?? Buffer.alloc(0)).subarray(0, 6)]).toEqual([255, 0, 0, 255, 255, 255]);
    const grey = prepareImage(png(2, 2, 4, 2, Buffer.from([10, 255, 20, 0, 30, 128, 40, 255])));
    expect(grey?.colorSpace).toBe('DeviceGray');
    expect([...zlib.inflateSync(grey?.color ?? Buffer.alloc(0))]).toEqual([10, 20, 30, 40]);
    expect(prepareImage(png(2, 1, 2, 3, Buffer.from([1, 2, 3, 4, 5, 6])))?.alpha).toBeNull();
  });

  it('[R-APP-5] kinds it does not handle (16-bit, interlaced) are left to pdfkit; real encoder output decodes', async () => {
    expect(prepareImage(png(1, 1, 6, 8, Buffer.alloc(8), [], 16))).toBeNull();
    expect(prepareImage(png(1, 1, 6, 4, Buffer.alloc(4), [], 8, 1))).toBeNull();
    const fromEncoder = await QRCode.toBuffer('seal', { width: 120, color: { dark: '#d7000fff', light: '#00000000' } });
    const img = prepareImage(fromEncoder);
    expect(img?.width).toBe(120);
    expect(img?.alpha).not.toBeNull();
  });
});
