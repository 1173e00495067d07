import { describe, expect, it } from 'vitest';
import { chineseDaysCalendarData, chineseDaysYears } from './seed.js';

// Expected rows are copied from the State Council notices as encoded in chinese-days 1.5.7:
// 国办发明电〔2024〕12号 (2025) and the 2026 notice (gov.cn content_7047091).
describe('chineseDaysCalendarData', () => {
  const seed = chineseDaysCalendarData(2025, 2026);
  const holidays = seed.holidays.map((r) => r.date);
  const adjusted = seed.adjustedWorkingDays.map((r) => r.date);

  it('[R-LAW-1] 2025 Spring Festival: holidays Jan 28 (Tue)–Feb 4 (Tue), adjusted Jan 26 (Sun) and Feb 8 (Sat)', () => {
    expect(holidays.filter((d) => d >= '2025-01-20' && d <= '2025-02-10')).toEqual([
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-02-01',
      '2025-02-02',
      '2025-02-03',
      '2025-02-04',
    ]);
    expect(seed.adjustedWorkingDays.filter((r) => r.date < '2025-03-01')).toEqual([
      { date: '2025-01-26', name: 'Spring Festival', nameZh: '春节' },
      { date: '2025-02-08', name: 'Spring Festival', nameZh: '春节' },
    ]);
  });

  it('[R-LAW-1] 2025 National Day + Mid-Autumn: holidays Oct 1 (Wed)–Oct 8 (Wed), adjusted Sep 28 (Sun) and Oct 11 (Sat)', () => {
    expect(holidays.filter((d) => d >= '2025-09-01' && d <= '2025-10-31')).toEqual([
      '2025-10-01',
      '2025-10-02',
      '2025-10-03',
      '2025-10-04',
      '2025-10-05',
      '2025-10-06',
      '2025-10-07',
      '2025-10-08',
    ]);
    expect(adjusted.filter((d) => d >= '2025-09-01' && d <= '2025-10-31')).toEqual(['2025-09-28', '2025-10-11']);
    expect(seed.holidays.find((r) => r.date === '2025-10-06')?.nameZh).toBe('中秋');
  });

  it('[R-LAW-1] 2026 Spring Festival: holidays Feb 15 (Sun)–Feb 23 (Mon), adjusted Feb 14 (Sat) and Feb 28 (Sat)', () => {
    expect(holidays.filter((d) => d >= '2026-02-01' && d <= '2026-03-31')).toEqual([
      '2026-02-15',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
      '2026-02-23',
    ]);
    expect(adjusted.filter((d) => d >= '2026-02-01' && d <= '2026-03-31')).toEqual(['2026-02-14', '2026-02-28']);
  });

  it('[R-LAW-1] 2026 Mid-Autumn Sep 25–27 and National Day Oct 1 (Thu)–Oct 7 (Wed), adjusted Sep 20 (Sun) and Oct 10 (Sat)', () => {
    expect(holidays.filter((d) => d >= '2026-09-01' && d <= '2026-10-31')).toEqual([
      '2026-09-25',
      '2026-09-26',
      '2026-09-27',
      '2026-10-01',
      '2026-10-02',
      '2026-10-03',
      '2026-10-04',
      '2026-10-05',
      '2026-10-06',
      '2026-10-07',
    ]);
    expect(adjusted.filter((d) => d >= '2026-09-01' && d <= '2026-10-31')).toEqual(['2026-09-20', '2026-10-10']);
  });

  it('[R-LAW-1] whole years only, sorted, as plain serialisable rows', () => {
    expect(seed.holidays).toHaveLength(28 + 33);
    expect(adjusted).toEqual([
      '2025-01-26',
      '2025-02-08',
      '2025-04-27',
      '2025-09-28',
      '2025-10-11',
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
    expect([...holidays].sort()).toEqual(holidays);
    expect(JSON.parse(JSON.stringify(seed))).toEqual(seed);
  });

  it('[R-LAW-1] refuses years the package has no notice for instead of returning an empty year', () => {
    expect(chineseDaysYears().fromYear).toBe(2004);
    expect(chineseDaysYears().toYear).toBeGreaterThanOrEqual(2026);
    expect(() => chineseDaysCalendarData(2003, 2025)).toThrow(RangeError);
    expect(() => chineseDaysCalendarData(2025, 2100)).toThrow(RangeError);
    expect(() => chineseDaysCalendarData(2026, 2025)).toThrow(RangeError);
  });
});
