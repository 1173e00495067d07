/**
 * Display forms of personal data (R-NEW-6): enough for the holder or a clerk to recognise, not
 * enough to misuse. Masking never reveals more for unusual input — anything that is not the
 * expected shape is masked completely.
 */

/** First 6 (address code) and last 4 visible: 330902********123X. */
export function maskResidentId(id: string): string {
  const chars = [...id.trim()];
  if (chars.length <= 10) return '*'.repeat(chars.length);
  return `${chars.slice(0, 6).join('')}${'*'.repeat(chars.length - 10)}${chars.slice(-4).join('')}`;
}

/** First 3 (carrier prefix) and last 4 visible: 138****5678. */
export function maskMobile(mobile: string): string {
  const m = mobile.trim();
  return /^\d{11}$/.test(m) ? `${m.slice(0, 3)}****${m.slice(-4)}` : '*'.repeat([...m].length);
}

/**
 * Chinese display convention: 张三 → 张*, 张小三 → 张*三, 欧阳娜娜 → 欧**娜. A one-character
 * name is masked entirely, since showing it would show everything. Counts code points, so rare
 * characters outside the BMP (𠮷) are one character.
 */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return '*'.repeat(chars.length);
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars.at(-1)}`;
}

/** Mainland mobile numbers: 11 digits, 1 then 3–9. Strict: normalise with normalizeMobile first. */
export function isValidMobile(mobile: string): boolean {
  return /^1[3-9]\d{9}$/.test(mobile);
}

/**
 * The 11-digit form of what people actually type — full-width digits, spaces or hyphens between
 * groups, a +86 / 0086 / 86 country prefix — or null when it is not a mainland mobile number.
 */
export function normalizeMobile(input: string): string | null {
  const compact = input.normalize('NFKC').replace(/[\s-]+/g, '');
  const national = compact.replace(/^(\+86|0086|86)(?=\d{11}$)/, '');
  return isValidMobile(national) ? national : null;
}
