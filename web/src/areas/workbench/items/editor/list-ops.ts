/** Immutable list edits for the editor's repeated rows (materials, steps, fees, tiers …). */
export const setAt = <T>(list: T[], i: number, value: T): T[] => list.map((v, j) => (j === i ? value : v));

export const removeAt = <T>(list: T[], i: number): T[] => list.filter((_, j) => j !== i);

export function moveItem<T>(list: T[], i: number, delta: -1 | 1): T[] {
  const j = i + delta;
  if (j < 0 || j >= list.length) return list;
  const out = [...list];
  [out[i], out[j]] = [out[j]!, out[i]!];
  return out;
}

/** A key matching ^[a-z][a-z0-9_]{0,39}$ not used yet: `material_4`, `step_2` … */
export function nextKey(prefix: string, used: string[]): string {
  for (let n = used.length + 1; ; n++) {
    const key = `${prefix}_${n}`;
    if (!used.includes(key)) return key;
  }
}
