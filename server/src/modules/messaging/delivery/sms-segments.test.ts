import { describe, expect, it } from 'vitest';
import { decodeSmsPayload, fitsGsm, segmentSms } from './sms-segments.js';

describe('SMS segmentation', () => {
  it('[R-APP-4] up to 70 Chinese characters are one UCS-2 message; more are 67-character parts with a UDH', () => {
    expect(segmentSms('您'.repeat(70), 1)).toHaveLength(1);
    const parts = segmentSms('您'.repeat(71), 7);
    expect(parts).toHaveLength(2);
    expect(parts.map((p) => p.dataCoding)).toEqual([8, 8]);
    expect([...parts[0]!.udh!]).toEqual([0x05, 0x00, 0x03, 7, 2, 1]);
    expect([...parts[1]!.udh!]).toEqual([0x05, 0x00, 0x03, 7, 2, 2]);
    expect(parts[0]!.payload.length).toBe(134);
    expect(parts.map((p) => decodeSmsPayload(8, p.payload)).join('')).toBe('您'.repeat(71));
  });

  it('[R-APP-4] a character outside the BMP is never split between parts', () => {
    const text = `${'办'.repeat(66)}😀${'件'.repeat(10)}`;
    const parts = segmentSms(text, 3);
    expect(parts.map((p) => decodeSmsPayload(8, p.payload))).toEqual(['办'.repeat(66), `😀${'件'.repeat(10)}`]);
  });

  it('[R-APP-4] GSM text: 160 characters in one, 153 per part; extension characters count twice', () => {
    expect(fitsGsm('Case 330900 accepted. {ok}')).toBe(true);
    expect(fitsGsm('已受理')).toBe(false);
    expect(segmentSms('a'.repeat(160), 0)).toHaveLength(1);
    const parts = segmentSms('a'.repeat(161), 0);
    expect(parts.map((p) => p.payload.length)).toEqual([153, 8]);
    expect(segmentSms('€'.repeat(80), 0)).toHaveLength(1);
    expect(segmentSms('€'.repeat(81), 0)).toHaveLength(2);
    expect(decodeSmsPayload(0, segmentSms('Price: 5€ [x]', 0)[0]!.payload)).toBe('Price: 5€ [x]');
  });

  it('refuses a text that needs more than 10 parts instead of cutting it', () => {
    expect(() => segmentSms('长'.repeat(67 * 10 + 1), 0)).toThrow(RangeError);
  });
});
