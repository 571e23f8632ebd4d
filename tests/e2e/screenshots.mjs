// Takes the screenshots in docs/ (not a test): presentation mode with a shared scenario's
// banner, the compact 50-workload board, and the story view, at 1920x1080.
//   CLOUDSPLIT_URL=http://127.0.0.1:8181/tools/cloudsplit/ node screenshots.mjs
import { launch, newPage, openApp } from './harness.mjs';
import { loadBoard } from './scenario-fixtures.mjs';

const out = new URL('../../docs/', import.meta.url).pathname;
const browser = await launch();
const view = { viewport: { width: 1920, height: 1080 } };

const board = await newPage(browser, view);
await openApp(board);
await loadBoard(board, 50);
await board.locator('#board').evaluate((el) => el.scrollIntoView({ block: 'start' }));
await board.screenshot({ path: `${out}compact-board-50-workloads-1920x1080.png` });

const maker = await newPage(browser, view);
await maker.context().grantPermissions(['clipboard-read', 'clipboard-write']);
await openApp(maker);
await loadBoard(maker, 6);
await maker.getByRole('button', { name: 'Copy link' }).click();
const link = await maker.getByRole('textbox', { name: 'Share link' }).inputValue();

const room = await newPage(browser, view);
await openApp(room);
await room.getByRole('button', { name: 'Presentation mode' }).click();
await room.goto(link);
await room.getByRole('region', { name: 'Unsaved scenario' }).waitFor();
await room.getByTestId('chart-tornado').locator('svg').waitFor();
await room.evaluate(() => window.scrollTo(0, 0));
await room.screenshot({ path: `${out}presentation-mode-1920x1080.png` });
await room.getByTestId('chart-tornado').scrollIntoViewIfNeeded();
await room.screenshot({ path: `${out}presentation-mode-charts-1920x1080.png` });

await room.getByRole('button', { name: 'Story' }).click();
await room.getByRole('dialog').waitFor();
await room.screenshot({ path: `${out}story-answer-1920x1080.png` });
await room.keyboard.press('PageDown');
await room.getByTestId('story-chart-tco').locator('svg').waitFor();
await room.screenshot({ path: `${out}story-tco-1920x1080.png` });
await browser.close();
