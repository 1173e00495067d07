import { describe, expect, it } from 'vitest';
import { isValidMobile, maskMobile, maskName, maskResidentId, normalizeMobile } from './masking.js';

describe('masking personal data', () => {
  it('[R-NEW-6] resident ID: first 6 and last 4 visible', () => {
    expect(maskResidentId('33090219900101123X')).toBe('330902********123X');
    expect(maskResidentId('11010519491231002X')).toBe('110105********002X');
    expect(maskResidentId(' 330902199001011238 ')).toBe('330902********1238');
  });

  it('[R-NEW-6] resident ID: short or odd input reveals nothing extra', () => {
    expect(maskResidentId('')).toBe('');
    expect(maskResidentId('1234567890')).toBe('**********');
    expect(maskResidentId('12345678901')).toBe('123456*8901');
  });

  it('[R-NEW-6] mobile: 138****5678, anything else fully masked', () => {
    expect(maskMobile('13812345678')).toBe('138****5678');
    expect(maskMobile('1381234567')).toBe('**********');
    expect(maskMobile('+8613812345678')).toBe('**************');
    expect(maskMobile('')).toBe('');
  });

  it('[R-NEW-6] name: 张*三, 张* for two characters, 欧**娜, single characters fully masked', () => {
    expect(maskName('张小三')).toBe('张*三');
    expect(maskName('张三')).toBe('张*');
    expect(maskName('欧阳娜娜')).toBe('欧**娜');
    expect(maskName('买买提·艾力')).toBe('买****力');
    expect(maskName('张')).toBe('*');
    expect(maskName('')).toBe('');
    expect(maskName('𠮷野家')).toBe('𠮷*家');
    expect(maskName('Li')).toBe('L*');
  });

  it('[R-NEW-6] mainland mobile validation: 11 digits starting 13–19', () => {
    for (const ok of ['13012345678', '13812345678', '15900000000', '16600000000', '19912345678']) {
      expect(isValidMobile(ok)).toBe(true);
    }
    for (const bad of [
      '',
      '12812345678',
      '10012345678',
      '1381234567',
      '138123456789',
      '23812345678',
      '1381234567a',
      '+8613812345678',
      ' 13812345678',
    ]) {
      expect(isValidMobile(bad)).toBe(false);
    }
  });

  it('[R-NEW-6] mobile normalisation: country prefix, separators and full-width digits', () => {
    for (const typed of [
      '13812345678',
      '+86 138 1234 5678',
      '0086-138-1234-5678',
      '8613812345678',
      '１３８１２３４５６７８',
    ]) {
      expect(normalizeMobile(typed)).toBe('13812345678');
    }
    for (const bad of ['', '+85213812345678', '12812345678', '+86 128 1234 5678', '138123456789', '8612345678']) {
      expect(normalizeMobile(bad)).toBeNull();
    }
  });
});
