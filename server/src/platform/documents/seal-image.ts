/**
 * A centre's seal image (PNG), decoded and compressed once per process and then embedded in each
 * document as ready image objects. pdfkit decodes a PNG with an alpha channel pixel by pixel and
 * recompresses it for every document — 20–40 ms for a 600 px seal, more than the whole rest of a
 * notice — and a seal needs its alpha channel, so the print under it shows. Handles what seal
 * images are (8-bit grey, RGB, palette, with or without alpha, not interlaced); anything else goes
 * through pdfkit's own, slower path.
 */
import { createHash } from 'node:crypto';
import zlib from 'node:zlib';

export type PreparedImage = {
  width: number;
  height: number;
  colorSpace: 'DeviceRGB' | 'DeviceGray';
  /** Pixels, deflated. */
  color: Buffer;
  /** Alpha channel, deflated; null when the image is opaque. */
  alpha: Buffer | null;
};

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Reverses PNG's per-row filters in place; returns the raw scanlines without filter bytes. */
function unfilter(data: Buffer, width: number, height: number, bpp: number): Buffer {
  const stride = width * bpp;
  const out = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y += 1) {
    const type = data[y * (stride + 1)] ?? 0;
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    for (let x = 0; x < stride; x += 1) {
      const raw = data[src + x] ?? 0;
      const left = x >= bpp ? (out[row + x - bpp] ?? 0) : 0;
      const up = y > 0 ? (out[row - stride + x] ?? 0) : 0;
      const upLeft = y > 0 && x >= bpp ? (out[row - stride + x - bpp] ?? 0) : 0;
      const predictor =
        type === 1 ? left : type === 2 ? up : type === 3 ? (left + up) >> 1 : type === 4 ? paeth(left, up, upLeft) : 0;
      out[row + x] = (raw + predictor) & 0xff;
    }
  }
  return out;
}

/** Decodes the PNG into colour and alpha planes, or null for the kinds left to pdfkit. */
export function prepareImage(png: Buffer): PreparedImage | null {
  let pos = 8;
  let header: { width: number; height: number; depth: number; type: number; interlace: number } | null = null;
  let palette: Buffer | null = null;
  let transparency: Buffer | null = null;
  const idat: Buffer[] = [];
  while (pos + 8 <= png.length) {
    const length = png.readUInt32BE(pos);
    const type = png.toString('latin1', pos + 4, pos + 8);
    const body = png.subarray(pos + 8, pos + 8 + length);
    if (type === 'IHDR')
      header = {
        width: body.readUInt32BE(0),
        height: body.readUInt32BE(4),
        depth: body[8] ?? 0,
        type: body[9] ?? 0,
        interlace: body[12] ?? 0,
      };
    else if (type === 'PLTE') palette = body;
    else if (type === 'tRNS') transparency = body;
    else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
    pos += 12 + length;
  }
  const channels = header ? CHANNELS[header.type] : undefined;
  if (!header || !channels || header.depth !== 8 || header.interlace !== 0) return null;
  if (transparency && header.type !== 3) return null; // colour-key transparency: rare, pdfkit's path
  if (header.width * header.height > 4096 * 4096) throw new TypeError('The seal image is too large');
  const { width, height, type } = header;
  const pixels = unfilter(zlib.inflateSync(Buffer.concat(idat)), width, height, channels);
  const n = width * height;
  const colors = type === 0 || type === 4 ? 1 : 3;
  const color = Buffer.alloc(n * colors);
  const alpha = Buffer.alloc(n, 255);
  for (let i = 0; i < n; i += 1) {
    if (type === 3) {
      const index = pixels[i] ?? 0;
      color[i * 3] = palette?.[index * 3] ?? 0;
      color[i * 3 + 1] = palette?.[index * 3 + 1] ?? 0;
      color[i * 3 + 2] = palette?.[index * 3 + 2] ?? 0;
      alpha[i] = transparency?.[index] ?? 255;
    } else {
      pixels.copy(color, i * colors, i * channels, i * channels + colors);
      if (channels === colors + 1) alpha[i] = pixels[i * channels + colors] ?? 255;
    }
  }
  return {
    width,
    height,
    colorSpace: colors === 1 ? 'DeviceGray' : 'DeviceRGB',
    color: zlib.deflateSync(color),
    alpha: alpha.some((a) => a !== 255) ? zlib.deflateSync(alpha) : null,
  };
}

const cache = new Map<string, PreparedImage | null>();

/** The prepared image for these bytes, from the process cache (a few seals, one per centre). */
export function preparedSeal(png: Buffer): PreparedImage | null {
  const key = createHash('sha256').update(png).digest('hex');
  if (!cache.has(key)) {
    if (cache.size >= 64) cache.delete(cache.keys().next().value as string);
    cache.set(key, prepareImage(png));
  }
  return cache.get(key) ?? null;
}

/** Draws a prepared image into the box (x, y, w, h), embedding its objects in this document. */
export function drawPrepared(doc: PDFKit.PDFDocument, img: PreparedImage, x: number, y: number, w: number, h: number) {
  const common = { Type: 'XObject', Subtype: 'Image', Width: img.width, Height: img.height, BitsPerComponent: 8 };
  // Filter given: pdfkit writes the already deflated bytes as they are.
  const mask = img.alpha
    ? doc.ref({ ...common, ColorSpace: 'DeviceGray', Filter: 'FlateDecode', Decode: [0, 1] })
    : null;
  mask?.end(img.alpha);
  const image = doc.ref({
    ...common,
    ColorSpace: img.colorSpace,
    Filter: 'FlateDecode',
    ...(mask ? { SMask: mask } : {}),
  });
  image.end(img.color);
  const xobjects = doc.page.xobjects as Record<string, unknown>;
  const label = `Seal${Object.keys(xobjects).length + 1}`;
  xobjects[label] = image;
  doc.save().transform(w, 0, 0, -h, x, y + h);
  doc.addContent(`/${label} Do`);
  doc.restore();
}
