import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Db, getJson, resetToSeed, TEST_TOKEN } from '@parley/server/fixture';
import {
  canvasCounts,
  detailsPanel,
  expectNoPageErrors,
  launchChromium,
  openApp,
  screenshot,
  waitForNodeCount,
} from './support/browser';

const baseUrl = inject('baseUrl');
const TITLE = 'Moscow rebuffs Seoul over arms remarks';
const TEXT = [
  'Russian Foreign Ministry spokesperson Maria Zakharova on Tuesday warned South Korea against supplying weapons to Ukraine.',
  '"Such a step would destroy our relations for years," Zakharova told a briefing in Moscow.',
  'South Korean Foreign Minister Cho Tae-yul held talks with Russian Deputy Foreign Minister Andrey Rudenko in Seoul on Wednesday.',
].join('\n\n');

/** "Kim" after two Kims of the seed: the extractor leaves the speaker open. */
const AMBIGUOUS_TEXT = [
  'South Korean nuclear envoy Kim Gunn met former envoy Kim Hong-kyun in Seoul on Monday.',
  'Kim said the talks with Washington would resume soon.',
  '"We remain ready to talk," Russian Foreign Ministry spokesperson Maria Zakharova told a briefing.',
].join('\n\n');

type Neighborhood = {
  nodes: { kind: string; label: string; properties: Record<string, unknown> }[];
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  const db = Db.connect({ uri: inject('neo4jUri') });
  await resetToSeed(db);
  await db.close();
});

async function openDialog(page: Page) {
  await page.getByRole('button', { name: 'Add article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an article' });
  await dialog.waitFor();
  return dialog;
}

/** Whether the focused element is inside `selector` (the page itself when focus was lost). */
function focusIsInside(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((s) => document.activeElement?.closest(s) != null, selector);
}

function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
}

describe('adding a raw article', () => {
  it('names what is missing, previews the facts marked in the text, then adds them', async () => {
    const page = await openApp(browser, baseUrl);
    const before = (await canvasCounts(page)).nodes;
    const dialog = await openDialog(page);

    await dialog.getByRole('button', { name: 'Preview facts' }).click();
    await expect(dialog.getByRole('alert').first().textContent()).resolves.toMatch(
      /must not be empty/,
    );

    await dialog.getByLabel('Article text').fill(TEXT);
    await dialog.getByLabel('Title').fill(TITLE);
    await dialog.getByLabel('Published').fill('2024-06-25');
    await dialog.getByRole('button', { name: 'Preview facts' }).click();
    const preview = dialog.getByRole('region', { name: 'Extracted facts' });
    await preview.waitFor();
    await expect(preview.locator('mark.fact-statement').count()).resolves.toBeGreaterThanOrEqual(2);
    await expect(preview.locator('mark.fact-meeting').count()).resolves.toBeGreaterThanOrEqual(1);
    const facts = preview.locator('.fact-list');
    await expect(facts.textContent()).resolves.toMatch(/2 statements/);
    await expect(facts.textContent()).resolves.toMatch(/Maria Zakharova → South Korea/);
    await expect(facts.textContent()).resolves.toMatch(/Cho Tae-yul — Andrey Rudenko/);
    await expect(facts.textContent()).resolves.toMatch(/25 Jun 2024/);

    await preview.locator('.fact-item').first().hover();
    await expect(preview.locator('mark.active').first().textContent()).resolves.toMatch(
      /Zakharova|Such a step/,
    );
    await screenshot(page, 'add-article-preview');

    const add = dialog.getByRole('button', { name: 'Add to the graph' });
    await expect(add.isDisabled()).resolves.toBe(true);
    await dialog.getByLabel('Write token').fill('not-the-token');
    await add.click();
    await expect(dialog.getByRole('alert').textContent()).resolves.toMatch(
      /did not accept this write token/,
    );

    await dialog.getByLabel('Write token').fill(TEST_TOKEN);
    await add.click();
    await expect(dialog.getByRole('status').textContent()).resolves.toMatch(
      /Added: 2 statements, 1 meeting /,
    );
    await dialog.getByRole('button', { name: 'Show in the explorer' }).click();
    await expect(dialog.isVisible()).resolves.toBe(false);

    const details = detailsPanel(page);
    await details.getByRole('heading', { name: TITLE }).waitFor();
    await expect(details.locator('.provenance-extracted').count()).resolves.toBe(1);
    const withExtracted = await waitForNodeCount(page, (n) => n > before);

    const filters = page.getByRole('group', { name: 'Provenance' });
    await filters.getByLabel(/^Extracted/).uncheck();
    await waitForNodeCount(page, (n) => n < withExtracted);
    await screenshot(page, 'add-article-added');
    expectNoPageErrors(page);
  });

  it('asks for a new preview once the text changes', async () => {
    const page = await openApp(browser, baseUrl);
    const dialog = await openDialog(page);
    await dialog.getByLabel('Article text').fill(TEXT);
    await dialog.getByLabel('Write token').fill(TEST_TOKEN);
    await dialog.getByRole('button', { name: 'Preview facts' }).click();
    await dialog.getByRole('region', { name: 'Extracted facts' }).waitFor();
    const add = dialog.getByRole('button', { name: 'Add to the graph' });
    await expect(add.isEnabled()).resolves.toBe(true);

    await dialog.getByLabel('Article text').fill(`${TEXT}\n\nMore to come.`);
    await expect(dialog.textContent()).resolves.toMatch(/The text changed since the preview/);
    await expect(add.isDisabled()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await dialog.getByRole('alertdialog').getByRole('button', { name: 'Discard' }).click();
    await expect(dialog.isVisible()).resolves.toBe(false);
    expectNoPageErrors(page);
  });

  it('keeps the focus and the keys through a preview, and asks before throwing pasted text away', async () => {
    const page = await openApp(browser, baseUrl);
    const whoSaidWhat = page.getByRole('radio', { name: 'Who said what to whom' });
    let dialog = await openDialog(page);
    await page.keyboard.press('Escape');
    await expect(dialog.isVisible()).resolves.toBe(false);

    dialog = await openDialog(page);
    const text = `${TEXT}\n\nThe ministry gave no further details.`;
    await dialog.getByLabel('Article text').fill(text);
    await dialog.getByRole('button', { name: 'Preview facts' }).click();
    await dialog.getByRole('region', { name: 'Extracted facts' }).waitFor();
    await expect(focusIsInside(page, '.add-article-dialog')).resolves.toBe(true);
    await page.keyboard.press('w');
    await expect(whoSaidWhat.getAttribute('aria-checked')).resolves.toBe('false');

    await page.keyboard.press('Escape');
    const ask = dialog.getByRole('alertdialog', { name: /throw away the article/ });
    await ask.waitFor();
    await expect(focusedName(page)).resolves.toBe('Keep editing');
    await screenshot(page, 'add-article-discard-confirm');
    await page.keyboard.press('Escape');
    await ask.waitFor({ state: 'detached' });
    await expect(dialog.isVisible()).resolves.toBe(true);
    await expect(focusIsInside(page, '.add-article-dialog')).resolves.toBe(true);

    await dialog.getByRole('button', { name: 'Close' }).click();
    await ask.getByRole('button', { name: 'Keep editing' }).click();
    await expect(dialog.getByLabel('Article text').inputValue()).resolves.toBe(text);

    await dialog.getByLabel('Write token').fill(TEST_TOKEN);
    await dialog.getByRole('button', { name: 'Add to the graph' }).click();
    await dialog
      .getByRole('status')
      .filter({ hasText: /Added:/ })
      .waitFor();
    await expect(focusedName(page)).resolves.toBe('Show in the explorer');
    await page.keyboard.press('Escape');
    await expect(dialog.isVisible()).resolves.toBe(false);
    expectNoPageErrors(page);
  });

  it('writes the facts as a person reviewed them: a speaker chosen, a statement and a meeting dropped', async () => {
    const page = await openApp(browser, baseUrl);
    const dialog = await openDialog(page);
    await dialog.getByLabel('Article text').fill(AMBIGUOUS_TEXT);
    await dialog.getByLabel('Title').fill('Kim on the talks');
    await dialog.getByLabel('Published').fill('2024-06-25');
    await dialog.getByLabel('Write token').fill(TEST_TOKEN);
    await dialog.getByRole('button', { name: 'Preview facts' }).click();
    const preview = dialog.getByRole('region', { name: 'Extracted facts' });
    await preview.waitFor();
    await expect(dialog.textContent()).resolves.toMatch(/1 statement with an unclear speaker/);

    await preview.getByLabel('Who said it?').selectOption({ label: 'Kim Gunn' });
    await expect(dialog.textContent()).resolves.not.toMatch(/unclear speaker will be/);
    const zakharova = preview.locator('.fact-item', { hasText: 'We remain ready' });
    await zakharova.getByRole('button', { name: 'Drop this statement' }).click();
    await expect(zakharova.getAttribute('class')).resolves.toMatch(/fact-dropped/);
    await preview.getByRole('button', { name: 'Drop this meeting' }).click();
    await screenshot(page, 'add-article-reviewed');

    await dialog.getByRole('button', { name: 'Add to the graph' }).click();
    await expect(dialog.getByRole('status').textContent()).resolves.toMatch(/Added:/);

    const around = await getJson<Neighborhood>(
      baseUrl,
      `/api/nodes/${encodeURIComponent('actor:kim-gunn')}/neighborhood?depth=1&limit=500`,
    );
    const written = around.body.nodes.filter(
      (n) =>
        n.kind === 'statement' && String(n.properties.text).startsWith('the talks with Washington'),
    );
    expect(written.map((n) => n.properties.source)).toEqual(['reviewed']);
    expectNoPageErrors(page);
  });
});
