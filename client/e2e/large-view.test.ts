import { VIEW_LOAD_LIMITS, getEmptyViewState, serialiseViewState } from '@parley/graph-schema';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, launchChromium, screenshot, waitForNodeCount } from './support/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** A link whose view expands `nodes` parties by `pages` neighbourhood pages each. */
function linkExpanding(nodes: number, pages: number): string {
  const ids = ['actor:andrey-rudenko', 'actor:maria-zakharova', 'actor:lim-soo-suk'];
  const state = {
    ...getEmptyViewState(),
    showOverview: false,
    addedNodeIds: ids,
    expansions: Array.from({ length: nodes }, (_, i) => ({
      nodeId: i < ids.length ? ids[i]! : `actor:made-up-${i}`,
      pages,
    })),
  };
  return `${baseUrl}/?view=${serialiseViewState(state)}`;
}

/** Opens `url`, answering the page's question with `accept`; counts the neighbourhood requests. */
async function open(url: string, accept: boolean) {
  const context = await browser.newContext({ viewport: DESKTOP });
  const page: Page = await context.newPage();
  const questions: string[] = [];
  page.on('dialog', (dialog) => {
    questions.push(dialog.message());
    void (accept ? dialog.accept() : dialog.dismiss());
  });
  let neighbourhoods = 0;
  page.on('request', (request) => {
    if (/\/api\/nodes\/[^/]+\/neighborhood/.test(request.url())) neighbourhoods++;
  });
  await page.goto(url);
  await page.locator('.graph-canvas').waitFor();
  await page.waitForLoadState('networkidle');
  return { page, questions, neighbourhoods: () => neighbourhoods, close: () => context.close() };
}

describe('opening a very large view (issue 19)', () => {
  it('asks first, and on Cancel loads only the first pages', async () => {
    const opened = await open(linkExpanding(3, 30), false);
    expect(opened.questions).toHaveLength(1);
    expect(opened.questions[0]).toContain('90 pages');
    expect(opened.neighbourhoods()).toBeGreaterThan(30);
    expect(opened.neighbourhoods()).toBeLessThanOrEqual(VIEW_LOAD_LIMITS.pagesWithoutAsking);
    await waitForNodeCount(opened.page, (nodes) => nodes > 3);
    const notice = opened.page.getByTestId('view-notice');
    await notice.getByText('part of it is shown').waitFor();
    expect(await notice.textContent()).toContain(
      `the first ${VIEW_LOAD_LIMITS.pagesWithoutAsking} of its 90 neighbourhood pages are loaded`,
    );
    await screenshot(opened.page, 'large-view-declined');
    await opened.close();
  });

  it('never sends more requests than the limit, even when the reader agrees', async () => {
    const opened = await open(linkExpanding(400, 100), true);
    expect(opened.questions).toHaveLength(1);
    expect(opened.questions[0]).toContain(`${VIEW_LOAD_LIMITS.expansionPages} pages`);
    expect(opened.neighbourhoods()).toBeGreaterThan(VIEW_LOAD_LIMITS.pagesWithoutAsking);
    expect(opened.neighbourhoods()).toBeLessThanOrEqual(VIEW_LOAD_LIMITS.expansionPages);
    await opened.close();
  });
});
