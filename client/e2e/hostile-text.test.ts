import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Db, postJson, TEST_TOKEN } from '@parley/server/fixture';
import {
  detailsPanel,
  expectNoPageErrors,
  launchChromium,
  openApp,
  screenshot,
  searchAndChoose,
} from './support/browser';

const baseUrl = inject('baseUrl');
const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> we object';
const TEXT = `Eve Markup said: ${HOSTILE}.`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
  const { status } = await postJson(
    baseUrl,
    '/api/bundles',
    {
      version: 1,
      article: {
        id: 'article:hostile-markup',
        title: '<b>Markup</b> test',
        lang: 'en',
        text: TEXT,
      },
      actors: [{ id: 'actor:eve-markup', name: 'Eve Markup' }],
      statements: [
        {
          id: 'statement:hostile-markup:objection',
          speakers: ['actor:eve-markup'],
          text: HOSTILE,
          lang: 'en',
          direct: true,
          evidence: { start: 0, end: TEXT.length },
        },
      ],
    },
    TEST_TOKEN,
  );
  expect(status).toBe(200);
});

afterAll(async () => {
  await browser?.close();
  const db = Db.connect({ uri: inject('neo4jUri') });
  await db.write("MATCH (n) WHERE n.id CONTAINS 'markup' DETACH DELETE n");
  await db.close();
});

describe('a statement whose text holds HTML and a script', () => {
  it('is shown as text and runs nothing', async () => {
    const page = await openApp(browser, baseUrl);
    await searchAndChoose(page, 'Eve Markup', 'Eve Markup');
    const panel = detailsPanel(page);
    await panel.getByRole('heading', { name: 'Eve Markup' }).waitFor();
    await panel.getByRole('button', { name: /we object/ }).click();
    await panel.getByText(HOSTILE).first().waitFor();
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('body script:not([src])').count()).toBe(0);
    await screenshot(page, 'hostile-text');
    expectNoPageErrors(page);
  });
});
