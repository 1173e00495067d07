import type { PortalDictionary } from '../../../i18n/portal-zh';
import type { FileRef, Pricing, TimeLimit } from './types';

export const limitText = (t: PortalDictionary, l: TimeLimit) => t.limit(l.value, l.unit);

/** Fixed fees show their amount; per-unit and tiered fees show the rule the amount follows. */
export function pricingLines(t: PortalDictionary, p: Pricing): string[] {
  // Thousands grouped: 50000 平方米 is misread far more easily than 50,000.
  const n = (v: number) => v.toLocaleString('en-US');
  if (p.rule === 'fixed') return [t.yuan(p.amountFen)];
  if (p.rule === 'per_unit') return [t.guide.perUnit(t.yuan(p.unitFen), p.unit)];
  let from = 0;
  return p.tiers.map((tier, i) => {
    const price = t.yuan(tier.unitFen);
    const line =
      tier.upTo === null
        ? t.guide.tierOpen(from > 0 ? n(from) : '', p.unit, price)
        : i === 0
          ? t.guide.tierFirst(n(tier.upTo), p.unit, price)
          : t.guide.tierMid(n(from), n(tier.upTo), p.unit, price);
    from = tier.upTo ?? from;
    return line;
  });
}

/** The public download link of a published form or sample, under its own file name. */
export const fileUrl = (f: FileRef) => `/api/catalogue/files/${f.sha256}?filename=${encodeURIComponent(f.filename)}`;
