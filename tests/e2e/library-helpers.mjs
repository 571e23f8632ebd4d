// What the library and backup tests do as a user: the scenario bar, My scenarios, adding
// a workload by dragging it from the palette.
import { zone, card, mouseDrag } from './harness.mjs';

export const bar = (page) => page.getByRole('region', { name: 'Scenario' });
export const list = (page) => page.getByRole('list', { name: 'Saved scenarios' });
export const row = (page, name) => list(page).getByRole('listitem').filter({
  has: page.getByText(name, { exact: true }),
});
export const listNames = (page) => list(page).locator('.library-name').allTextContents();

export async function addTo(page, item, place) {
  await mouseDrag(page, page.getByRole('button', { name: `Add ${item}` }), zone(page, place));
  await card(zone(page, place), item).waitFor();
}

export async function saveAs(page, name) {
  await bar(page).getByRole('button', { name: 'Save as…' }).click();
  await page.getByRole('textbox', { name: 'Save the board as' }).fill(name);
  await page.getByRole('button', { name: 'Save copy' }).click();
  await bar(page).getByRole('heading', { name }).waitFor();
}

/** Opens My scenarios (if closed) and waits for it. */
export async function showLibrary(page) {
  const toggle = bar(page).getByRole('button', { name: /^My scenarios/ });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await page.getByRole('region', { name: 'My scenarios' }).waitFor();
}
