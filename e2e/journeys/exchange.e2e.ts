import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { expectText, expectVisible, journey, screenshot } from '../support/browser.js';
import { apiLogin, applyOnline, DEMO_APPLICANT, findItem } from '../support/api.js';
import { FOOD_FORM, FOOD_LICENCE } from '../support/portal.js';
import { expectedAuthNoise, staffLogin } from '../support/staff.js';

const HEADER = '办件编号,事项编码,申请人类型,申请人名称,证件号码,收件时间,决定时间,决定结果,证照编号';

/** The old database's file: two good rows, and (until fixed) a third with a mistyped ID number. */
function oldFile(code: string, run: string, fixed: boolean): string {
  const third = fixed ? '330903199211302240' : '330903199211302241';
  return `\uFEFF${[
    HEADER,
    `ZS2019-${run}-1,${code},个人,陈静,330902198506071215,2019-03-01,2019-03-08,准予许可,JY1330900${run}`,
    `ZS2019-${run}-2,${code},企业,"舟山海味餐饮有限公司,新城店",91330900MA2A00001Y,2019-04-02,,,`,
    `ZS2019-${run}-3,${code},个人,赵四,${third},2019-05-06,2019-05-20,不予许可,`,
  ].join('\r\n')}\r\n`;
}

void test(
  '[R-APP-11] a supervisor exports cases, imports the old database’s file (fixing a bad row first) and finds the imported case',
  { timeout: 300_000 },
  () =>
    journey(
      'exchange',
      async ({ page }) => {
        // A case of today, so the export has something in its range.
        const applicant = await apiLogin('applicant', DEMO_APPLICANT);
        let code: string;
        try {
          const guide = await findItem(applicant, FOOD_LICENCE, (name) => name === FOOD_LICENCE);
          code = (guide.definition as unknown as { implementationCode: string }).implementationCode;
          await applyOnline(applicant, guide, FOOD_FORM, 'exchange');
        } finally {
          await applicant.api.dispose();
        }
        const run = String(Date.now()).slice(-6);
        const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tb-exchange-'));

        await staffLogin(page, 'supervisor');
        await page.goto('/supervision');
        const link = page.getByTestId('link-exchange');
        await expectVisible(link, 20_000);
        await link.click();
        await expectVisible(page.getByTestId('supervision-exchange'), 20_000);
        // Nothing imported yet: the list says so.
        await expectVisible(page.getByTestId('exchange-legacy').getByText('还没有导入的历史办件'), 15_000);
        await screenshot(page, 'exchange-empty');

        // Export this month's cases: the browser receives the CSV, the page reports it.
        const download = page.waitForEvent('download');
        await page.getByTestId('exchange-export-start').click();
        const file = await download;
        const saved = path.join(dir, 'export.csv');
        await file.saveAs(saved);
        const csv = await fs.readFile(saved);
        assert.deepEqual([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with BOM');
        assert.ok(csv.toString('utf8').includes('食品经营许可'), 'the new case is in the file');
        await expectVisible(page.getByTestId('exchange-export-done'), 15_000);
        assert.match(await page.getByTestId('exchange-export-done').innerText(), /导出完成：\d+ 件/);

        // The same range as an Excel workbook (a plain link: the browser downloads it).
        const xlsxDownload = page.waitForEvent('download');
        await page.getByTestId('exchange-export-xlsx').click();
        const xlsxPath = path.join(dir, 'export.xlsx');
        await (await xlsxDownload).saveAs(xlsxPath);
        assert.equal((await fs.readFile(xlsxPath)).subarray(0, 2).toString('latin1'), 'PK', 'an .xlsx (zip) file');

        // The old database's file with a bad row: the dry run names row 4, 证件号码; nothing to confirm.
        const bad = path.join(dir, 'old-bad.csv');
        await fs.writeFile(bad, oldFile(code, run, false));
        await page.locator('[data-testid=exchange-import] input[type=file]').setInputFiles(bad);
        const report = page.getByTestId('exchange-import-report');
        await expectVisible(report, 20_000);
        const problems = page.getByTestId('exchange-import-problems');
        await expectVisible(problems.getByText('居民身份证号码不正确（18 位，校验位须正确）'));
        await expectText(problems.locator('tbody tr.ant-table-row').first().locator('td').first(), '4');
        assert.equal(await page.getByTestId('exchange-import-confirm').count(), 0, 'a bad file cannot be imported');
        await screenshot(page, 'exchange-dry-run-problems');

        // Fixed: the dry run passes; confirm imports all three.
        const good = path.join(dir, 'old-good.csv');
        await fs.writeFile(good, oldFile(code, run, true));
        await page.locator('[data-testid=exchange-import] input[type=file]').setInputFiles(good);
        await expectVisible(page.getByTestId('exchange-import-confirm'), 20_000);
        await expectVisible(report.getByText('共 3 行，校验通过 3 行'));
        await page.getByTestId('exchange-import-confirm').click();
        await expectText(page.getByTestId('exchange-import-done'), '导入完成：新增 3 件', 20_000);

        // Found by name in the list, the ID number masked.
        await page.getByTestId('exchange-legacy-search').locator('input').fill('海味');
        await page.getByTestId('exchange-legacy-search').locator('input').press('Enter');
        const table = page.getByTestId('exchange-legacy-table');
        await expectVisible(table.getByText(`ZS2019-${run}-2`), 15_000);
        await page.getByTestId('exchange-legacy-search').locator('input').fill(`ZS2019-${run}-1`);
        await page.getByTestId('exchange-legacy-search').locator('input').press('Enter');
        await expectVisible(table.getByText('330902********1215'), 15_000);
        await screenshot(page, 'exchange-imported');

        // The same file again: nothing new, and the page says so.
        await page.locator('[data-testid=exchange-import] input[type=file]').setInputFiles(good);
        await expectVisible(report.getByText(/其中 3 件此前已导入/), 20_000);

        // At phone width the page still works.
        await page.setViewportSize({ width: 360, height: 800 });
        // Nothing runs off the side, the staff header's tools (问题反馈, the user menu) included.
        const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(sideways <= 0, `the page scrolls sideways by ${sideways} px at 360 px`);
        await screenshot(page, 'exchange-narrow');
        await fs.rm(dir, { recursive: true, force: true });
      },
      expectedAuthNoise,
    ),
);
