import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { getEmptyViewState } from '@parley/graph-schema';
import { postJson } from '@parley/server/fixture';
import { blockingViolations, type AxeViolation } from './support/axe';
import { expectNoPageErrors, launchChromium, openApp, screenshot } from './support/browser';

const baseUrl = inject('baseUrl');
const RUDENKO = 'actor:andrey-rudenko';
const TEXT = [
  'Russian Foreign Ministry spokesperson Maria Zakharova on Tuesday warned South Korea against supplying weapons to Ukraine.',
  '"Such a step would destroy our relations for years," Zakharova told a briefing in Moscow.',
].join('\n\n');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Prints what axe found, so a failure says which rule and element, then expects none. */
function expectNone(where: string, violations: AxeViolation[]): void {
  if (violations.length > 0) console.warn(where, JSON.stringify(violations, null, 2));
  expect(violations.map((v) => `${v.id} ${v.targets.join(' ')}`)).toEqual([]);
}

async function openRudenko(page: Page): Promise<void> {
  await page.getByRole('combobox', { name: /search/i }).fill('Rudenko');
  await page.getByRole('option', { name: 'Andrey Rudenko' }).first().click();
  await page.getByRole('complementary', { name: 'Details' }).getByRole('heading').first().waitFor();
}

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  it('finds nothing serious on the explorer with a party open', async () => {
    const page = await openApp(browser, baseUrl);
    await openRudenko(page);
    expectNone('explorer', await blockingViolations(page));
    expectNoPageErrors(page);
  });

  it('finds nothing serious in the Add article dialog with a preview', async () => {
    const page = await openApp(browser, baseUrl);
    await page.getByRole('button', { name: 'Add article' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add an article' });
    await dialog.getByLabel('Article text').fill(TEXT);
    await dialog.getByRole('button', { name: 'Preview facts' }).click();
    await dialog.getByRole('region', { name: 'Extracted facts' }).waitFor();
    await screenshot(page, 'accessibility-add-article-preview');
    expectNone('add article', await blockingViolations(page, '.add-article-dialog'));
    expectNoPageErrors(page);
  });

  it('finds nothing serious on a saved view', async () => {
    const state = {
      ...getEmptyViewState(),
      addedNodeIds: [RUDENKO],
      selection: { type: 'node' as const, id: RUDENKO },
    };
    const saved = await postJson<{ id: string }>(baseUrl, '/api/views', { state });
    expect(saved.status).toBe(201);
    const page = await openApp(browser, `${baseUrl}/v/${saved.body.id}`);
    await page
      .getByRole('complementary', { name: 'Details' })
      .getByRole('heading', { name: 'Andrey Rudenko' })
      .waitFor();
    expectNone('saved view', await blockingViolations(page));
    expectNoPageErrors(page);
  });
});
