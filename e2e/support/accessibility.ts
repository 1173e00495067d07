import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import fs from 'node:fs/promises';
import type { Page } from 'playwright-core';

// axe-core, the accessibility engine browsers' own audits use, run inside the page: the rules of
// WCAG 2.0/2.1 levels A and AA (GB/T 37668 follows WCAG 2.0 AA for web content).
const AXE_SOURCE = fs.readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

type Violation = { rule: string; impact: string; help: string; targets: string[] };

/** The WCAG 2.1 AA violations axe finds on the page as it stands, one entry per rule. */
async function wcagViolations(page: Page): Promise<Violation[]> {
  // Evaluated through the DevTools protocol, which the page's CSP (script-src 'self') leaves alone;
  // a script tag would be refused by it, as it should be.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(await AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<AxeResults> } }).axe;
    type AxeResults = {
      violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }>;
    };
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      rule: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.map(String).join(' ')),
    }));
  }, WCAG_AA);
}

/** The violations as lines a failing assertion can print. */
function describeViolations(where: string, violations: Violation[]): string {
  return violations
    .map((v) => `${where}: ${v.rule} (${v.impact}) ${v.help}\n    ${v.targets.join('\n    ')}`)
    .join('\n');
}

/**
 * Collects what each scanned page violates, so one journey reports every page's problems at once
 * rather than stopping at the first.
 */
export function violationLog() {
  const found: string[] = [];
  return {
    /** Scans the page as it stands and keeps its violations under `where`. */
    async scan(page: Page, where: string): Promise<void> {
      const v = await wcagViolations(page);
      if (v.length) found.push(describeViolations(where, v));
    },
    /** Keeps a problem found by other means (e.g. a page wider than the viewport). */
    note(line: string): void {
      found.push(line);
    },
    /** Fails with every problem kept, or passes when there is none. */
    assertNone(): void {
      assert.equal(found.length, 0, `WCAG 2.1 AA violations:\n${found.join('\n')}`);
    },
  };
}
