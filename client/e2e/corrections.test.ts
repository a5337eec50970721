import { parseViewState, VIEW_URL_PARAM } from '@parley/graph-schema';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Db, getJson, postJson, resetToSeed, TEST_TOKEN } from '@parley/server/fixture';
import {
  detailsPanel,
  expectNoPageErrors,
  launchChromium,
  openApp,
  screenshot,
  searchAndChoose,
  waitForNodeCount,
} from './support/browser';

const baseUrl = inject('baseUrl');
/** A write answers once what is on screen has refetched: give polls that long. */
const WRITE_SETTLES = { timeout: 15_000 };

/** "Kim" after two Kims of the seed: the extractor leaves the speaker open between them. */
const OPEN_SPEAKER_TEXT = [
  'Former envoy Kim Hong-kyun met South Korean nuclear envoy Kim Gunn in Seoul on Thursday.',
  'Kim said the sanctions on Pyongyang had to stay in place until the talks resumed.',
].join('\n\n');

const DOOMED_TITLE = 'Zakharova on the Seoul briefing';
const DOOMED_TEXT = [
  '"Seoul must think twice before it arms Kyiv," Russian Foreign Ministry spokesperson Maria Zakharova told a briefing on Friday.',
  'South Korean Foreign Minister Cho Tae-yul held talks with Russian Deputy Foreign Minister Andrey Rudenko in Moscow on Saturday.',
].join('\n\n');

const QUEUE_TEXT = [
  '"We will respond firmly to any provocation," South Korean Foreign Ministry spokesman Lim Soo-suk told reporters on Monday.',
  '"Seoul is playing with fire," Russian Foreign Ministry spokesperson Maria Zakharova said on Tuesday.',
].join('\n\n');

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

/** The node a link selects, read from its view parameter. */
function selectedIn(url: string): string | null {
  const token = new URL(url).searchParams.get(VIEW_URL_PARAM);
  const selection = token ? parseViewState(token).state.selection : null;
  return selection?.type === 'node' ? selection.id : null;
}

/** Opens the corrections under the details, giving the write token when it asks for it. */
async function openCorrections(page: Page, title: RegExp) {
  const details = detailsPanel(page);
  await details.getByText(title).click();
  const token = details.getByLabel('Corrections need the server’s write token');
  const unlocked = details.getByRole('button', { name: 'Forget the write token' });
  await token.or(unlocked).waitFor();
  if (await token.isVisible()) {
    await token.fill(TEST_TOKEN);
    await details.getByRole('button', { name: 'Use token' }).click();
  }
  return details;
}

describe('correcting the graph', () => {
  it('settles an open speaker in the preview, adds an addressee found in the graph, and the party shows the fix', async () => {
    const page = await openApp(browser, baseUrl);
    await page.getByRole('button', { name: 'Add article' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add an article' });
    await dialog.getByLabel('Article text').fill(OPEN_SPEAKER_TEXT);
    await dialog.getByLabel('Title').fill('Kim on sanctions');
    await dialog.getByLabel('Published').fill('2024-07-04');
    await dialog.getByLabel('Write token').fill(TEST_TOKEN);
    await dialog.getByRole('button', { name: 'Preview facts' }).click();
    const preview = dialog.getByRole('region', { name: 'Extracted facts' });
    await preview.waitFor();
    await expect(dialog.textContent()).resolves.toMatch(/1 statement with an unclear speaker/);

    const statement = preview.locator('.fact-item', { hasText: 'sanctions on Pyongyang' });
    await statement.getByLabel('Who said it?').selectOption({ label: 'Kim Hong-kyun' });
    await statement.getByRole('button', { name: 'Correct this statement' }).click();
    const correction = statement.getByRole('group', { name: 'Correct this statement' });
    await correction.getByRole('button', { name: 'Search the graph…' }).click();
    const search = correction.getByRole('combobox', {
      name: 'Add an addressee (search the graph)',
    });
    await expect.poll(() => search.evaluate((el) => el === document.activeElement)).toBe(true);
    await search.fill('Zinoviev');
    await page.getByRole('option', { name: /Georgy Zinoviev/ }).click();
    await expect(statement.textContent()).resolves.toMatch(/→ Georgy Zinoviev/);
    // Nobody in the article or the graph: the reviewer names a new institution.
    await correction.getByRole('button', { name: 'New…' }).last().click();
    await correction.getByLabel('Name of the new party').fill('Seoul Peace Forum');
    await correction.getByLabel('Kind of the new party').selectOption('institution');
    await correction.getByRole('button', { name: 'Create' }).click();
    await expect(statement.textContent()).resolves.toMatch(/Georgy Zinoviev×Seoul Peace Forum/);

    // Escape closes the correction, not the dialog, and gives the focus back to its button.
    await page.keyboard.press('Escape');
    await expect(correction.count()).resolves.toBe(0);
    await expect(dialog.isVisible()).resolves.toBe(true);
    const reopen = statement.getByRole('button', { name: 'Correct this statement' });
    await expect.poll(() => reopen.evaluate((el) => el === document.activeElement)).toBe(true);

    const meeting = preview.locator('.fact-item', { hasText: 'Kim Hong-kyun — Kim Gunn' });
    await meeting.getByRole('button', { name: 'Correct this meeting' }).click();
    await meeting.getByLabel('Kind').selectOption({ label: 'spoke by phone' });
    await meeting.getByLabel('Place').fill('');
    await expect(meeting.textContent()).resolves.toMatch(/spoke by phone/);
    await screenshot(page, 'corrections-preview-reviewed');

    await dialog.getByRole('button', { name: 'Add to the graph' }).click();
    await expect(dialog.getByRole('status').textContent()).resolves.toMatch(/Added: 1 statement\b/);
    await dialog.getByRole('button', { name: 'Close' }).click();

    await searchAndChoose(page, 'Kim Hong-kyun', /Kim Hong-kyun/);
    const details = detailsPanel(page);
    const said = details.getByRole('button', { name: /sanctions on Pyongyang/ });
    await said.click();
    await details.getByRole('heading', { name: /Kim Hong-kyun/ }).waitFor();
    await expect
      .poll(() => details.textContent(), WRITE_SETTLES)
      .toMatch(/Addressed to.*Georgy Zinoviev.*Seoul Peace Forum/);
    await expect(details.locator('.provenance-reviewed').count()).resolves.toBe(1);
    expectNoPageErrors(page);
  });

  it('names the field the server refuses beside its fact', async () => {
    const page = await openApp(browser, baseUrl);
    // A party merged away or deleted between the preview and the write: the server says which.
    await page.route('**/api/articles', async (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}') as {
        facts: { statements: { speakerIds: string[] }[] };
      };
      body.facts.statements[0]!.speakerIds = ['actor:nobody-at-all'];
      await route.continue({ postData: JSON.stringify(body) });
    });
    await page.getByRole('button', { name: 'Add article' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add an article' });
    await dialog.getByLabel('Article text').fill(QUEUE_TEXT);
    await dialog.getByLabel('Write token').fill(TEST_TOKEN);
    await dialog.getByRole('button', { name: 'Preview facts' }).click();
    const preview = dialog.getByRole('region', { name: 'Extracted facts' });
    await preview.waitFor();
    await preview.getByRole('button', { name: 'Drop this statement' }).last().click();
    await dialog.getByRole('button', { name: 'Add to the graph' }).click();

    await expect(dialog.locator('.dialog-error').textContent()).resolves.toMatch(
      /The server refused a field of the facts: see the fact marked above/,
    );
    const refused = preview.locator('.fact-refused');
    await expect(refused.textContent()).resolves.toMatch(
      /speaker: actor:nobody-at-all is neither among the article's parties nor in the graph/,
    );
    await refused.scrollIntoViewIfNeeded();
    await screenshot(page, 'corrections-preview-refused');
    expectNoPageErrors(page);
  });

  it('changes who said a statement from the detail panel', async () => {
    const page = await openApp(browser, baseUrl);
    await searchAndChoose(page, 'sanctions on Pyongyang', /sanctions on Pyongyang/);
    const details = await openCorrections(page, /^Correct this statement$/);
    await details.getByRole('combobox', { name: 'Add a speaker' }).fill('Kim Gunn');
    await page.getByRole('option', { name: /Kim Gunn/ }).click();
    await details.getByRole('button', { name: 'Remove Kim Hong-kyun from said by' }).click();
    await details.getByRole('button', { name: 'Save' }).click();
    const saved = details.getByRole('status').filter({ hasText: 'Saved.' });
    await saved.waitFor();
    await details.getByRole('heading', { name: /^Kim Gunn/ }).waitFor();
    await screenshot(page, 'corrections-statement');
    // The saved form starts afresh; the focus waits on the confirmation, and Escape folds it all.
    await expect.poll(() => saved.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Escape');
    await expect(details.locator('.corrections[open]').count()).resolves.toBe(0);
    await expect(details.getByRole('heading', { name: /^Kim Gunn/ }).count()).resolves.toBe(1);
    expectNoPageErrors(page);
  });

  it('merges two parties, and a link to the old one opens the one it went into', async () => {
    const page = await openApp(browser, baseUrl);
    await searchAndChoose(page, 'Zinoviev', /Georgy Zinoviev/);
    const details = detailsPanel(page);
    await details.getByRole('heading', { name: 'Georgy Zinoviev' }).waitFor();
    await expect.poll(() => selectedIn(page.url())).toBe('actor:georgy-zinoviev');
    const oldLink = page.url();

    await openCorrections(page, /^Correct this actor$/);
    await details.getByRole('combobox', { name: /Merge Georgy Zinoviev into/ }).fill('Rudenko');
    await page.getByRole('option', { name: /Andrey Rudenko/ }).click();
    await details.getByRole('button', { name: 'Merge into Andrey Rudenko' }).click();
    const confirm = details.getByRole('alertdialog');
    await expect(confirm.textContent()).resolves.toMatch(/links to Georgy Zinoviev will open/);
    await screenshot(page, 'corrections-merge-confirm');
    await confirm.getByRole('button', { name: 'Merge' }).click();
    await details.getByRole('heading', { name: 'Andrey Rudenko' }).waitFor();
    await expect
      .poll(() => details.textContent(), WRITE_SETTLES)
      .toMatch(/Also written.*Georgy Zinoviev/);

    const reopened = await openApp(browser, oldLink);
    await detailsPanel(reopened).getByRole('heading', { name: 'Andrey Rudenko' }).waitFor();
    await screenshot(reopened, 'corrections-merged-old-link');
    expectNoPageErrors(page);
    expectNoPageErrors(reopened);
  });

  it('deletes an article and its facts leave the canvas, the details and the search', async () => {
    const added = await postJson<{ articleId: string }>(baseUrl, '/api/articles', {
      text: DOOMED_TEXT,
      title: DOOMED_TITLE,
      publishedAt: '2024-07-06',
    });
    expect(added.status).toBe(200);
    const page = await openApp(browser, baseUrl);
    await searchAndChoose(page, DOOMED_TITLE, DOOMED_TITLE);
    const details = detailsPanel(page);
    await details.getByRole('heading', { name: DOOMED_TITLE }).waitFor();
    const shown = await waitForNodeCount(page, (n) => n > 1);

    await openCorrections(page, /^Correct this article$/);
    await details.getByRole('button', { name: 'Delete this article' }).click();
    const confirm = details.getByRole('alertdialog');
    // The question takes the focus; Escape backs out and gives it back.
    await expect
      .poll(() =>
        confirm
          .getByRole('button', { name: 'Delete the article' })
          .evaluate((el) => el === document.activeElement),
      )
      .toBe(true);
    await page.keyboard.press('Escape');
    await expect(confirm.count()).resolves.toBe(0);
    await details.getByRole('button', { name: 'Delete this article' }).click();
    await confirm.getByRole('button', { name: 'Delete the article' }).click();

    const summary = details.getByRole('status').filter({ hasText: 'Article deleted.' });
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toMatch(/1 article, 1 statement, 1 meeting/);
    await waitForNodeCount(page, (n) => n < shown);
    // The canvas lets the article go with its expansion: nothing on it asks for the lost node.
    await expect(page.locator('.canvas-banner').count()).resolves.toBe(0);
    await screenshot(page, 'corrections-article-deleted');

    const found = await getJson<{ results: unknown[] }>(
      baseUrl,
      `/api/search?q=${encodeURIComponent('think twice')}`,
    );
    expect(found.body.results).toEqual([]);
    expectNoPageErrors(page);
  });

  it('lists the corrections newest first, refuses a revert later edits depend on, and reverts a merge', async () => {
    const page = await openApp(browser, baseUrl);
    await page.getByRole('button', { name: 'History' }).click();
    const history = page.getByRole('dialog', { name: 'Edit history' });
    await history.getByLabel('Reverting needs the server’s write token').fill(TEST_TOKEN);
    await history.getByRole('button', { name: 'Use token' }).click();
    const edits = history.getByRole('list', { name: 'Edits, newest first' }).locator('.edit-item');
    await expect.poll(() => edits.count(), WRITE_SETTLES).toBe(3);
    await expect(edits.nth(0).textContent()).resolves.toMatch(/Article deleted.*Zakharova on the/);
    await expect(edits.nth(1).textContent()).resolves.toMatch(
      /Parties merged.*Georgy Zinoviev into Andrey Rudenko/,
    );
    await expect(edits.nth(2).textContent()).resolves.toMatch(/Statement corrected.*speakers/);

    // The statement was addressed to Georgy Zinoviev, whom the merge changed since.
    const statementEdit = edits.filter({ hasText: 'Statement corrected' });
    await statementEdit.getByRole('button', { name: /^Revert/ }).click();
    await expect(statementEdit.getByRole('alert').textContent()).resolves.toMatch(
      /Cannot revert this yet.*later edits depend on edit:1: revert edit:2 first/i,
    );
    await screenshot(page, 'corrections-history-conflict');

    const mergeEdit = edits.filter({ hasText: 'Parties merged' });
    await mergeEdit.getByRole('button', { name: /^Revert/ }).click();
    await expect.poll(() => mergeEdit.textContent(), WRITE_SETTLES).toMatch(/reverted by edit:/);
    await expect(edits.nth(0).textContent()).resolves.toMatch(/Edit reverted/);
    const zinoviev = await getJson<{ node: { id: string } }>(
      baseUrl,
      `/api/nodes/${encodeURIComponent('actor:georgy-zinoviev')}`,
    );
    expect(zinoviev.body.node.id).toBe('actor:georgy-zinoviev');
    await screenshot(page, 'corrections-history');
    await page.keyboard.press('Escape');
    await expect(history.isVisible()).resolves.toBe(false);
    expectNoPageErrors(page);
  });

  it('deletes a meeting from a party’s list', async () => {
    const page = await openApp(browser, baseUrl);
    await searchAndChoose(page, 'Kim Gunn', /Kim Gunn/);
    const details = await openCorrections(page, /^Correct this actor$/);
    const meetings = details.getByRole('list', { name: 'Meetings' }).locator('.meeting');
    const before = await meetings.count();
    expect(before).toBeGreaterThan(0);
    await meetings.first().getByRole('button', { name: 'Delete this meeting' }).click();
    await meetings.first().getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => meetings.count(), WRITE_SETTLES).toBe(before - 1);
    expectNoPageErrors(page);
  });
});
