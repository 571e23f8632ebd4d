// Builds boards of any size as the app's own stored format, so a test can start from a
// large scenario without dragging hundreds of cards.
const KINDS = [
  ['SupportChatbot', 'Gpt41Mini'], ['Summarisation', 'Gpt41Mini'], ['Classification', 'Gpt41Nano'],
  ['Embeddings', 'TextEmbedding3Small'], ['FrontierAgentTeam', 'Gpt5'], ['ProcessAutomation', 'Gpt5'],
];
const PLACES = ['Azure', 'Aws', { Both: { azure_percent: 50 } }, 'Azure', 'Aws'];

// A move for a scheduled board: in month 6 + (i mod 12) to the other cloud (Both goes to
// Azure), two months both; every third workload then settles on Both in month 24. Workload 1,
// which the speed test drops between Azure and AWS, goes to Both in month 12 from either.
function movesOf(i, place) {
  if (i === 1) return [{ at: { Month: 12 }, to: { Both: { azure_percent: 50 } }, dual_months: 2, dual_azure_percent: 50 }];
  const to = place === 'Azure' ? 'Aws' : 'Azure';
  const first = { at: { Month: 6 + (i % 12) }, to, dual_months: 2, dual_azure_percent: 50 };
  const second = { at: { Month: 24 }, to: { Both: { azure_percent: 50 } }, dual_months: 0, dual_azure_percent: 50 };
  return i % 3 === 0 ? [first, second] : [first];
}

/** A board of `n` workloads; `scheduled` gives every placed workload one or two moves. */
export function boardOf(n, { scheduled = false } = {}) {
  const workloads = [];
  for (let i = 1; i <= n; i++) {
    const [kind, model] = KINDS[i % KINDS.length];
    const stateful = kind === 'FrontierAgentTeam' || kind === 'ProcessAutomation';
    workloads.push({
      id: i, name: `Workload ${i}`, kind, model,
      // Workload 1 is the heavy one the speed test moves, so each move visibly redraws the charts.
      monthly_volume: i === 1 ? 20_000_000 : 10000 * (1 + (i % 7)), tokens_in: i === 1 ? 4000 : 800, tokens_out: 200,
      steps_per_session: stateful ? 12 : 1, agent_hours_per_session: stateful ? 0.2 : 0,
      data_location: i % 3 === 0 ? 'Aws' : 'Azure', data_gb: 20 + i,
      runs_today: i % 4 === 0 ? 'OnPremises' : 'New', residency: 'Any', compliance: [],
      criticality: 'Medium', placement: PLACES[i % PLACES.length],
      ...(scheduled ? { moves: movesOf(i, PLACES[i % PLACES.length]) } : {}),
    });
  }
  return {
    format: 'cloudsplit-scenario', version: 1,
    scenario: {
      name: `Board of ${n}`, start: { year: 2027, month: 1 }, horizon_years: 3,
      org: { native_cloud: 'Azure', governance: 'Centralised', azure_discount_percent: 0,
        aws_discount_percent: 0, azure_contract: false, aws_contract: false },
      workloads, overrides: {},
    },
  };
}

/** The library document holding `scenario` on the board (unsaved, as after a first visit). */
export function libraryWith(file) {
  return {
    format: 'cloudsplit-library', version: 2,
    current: { scenario: file.scenario, saved_as: null, edited: true, modified: 0, stamp: { revision: 1, tab: 0 } },
    entries: [], kept_aside: [],
  };
}

/** Puts a stored board in place and reloads into it. */
export async function loadBoard(page, n, options = {}) {
  // The app records the board a moment after each change, and when the page is hidden:
  // have it do so now, so nothing of the old board is written after ours.
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  await page.evaluate((json) => localStorage.setItem('cloudsplit.library', json), JSON.stringify(libraryWith(boardOf(n, options))));
  await page.reload();
  await page.locator(`[data-workload-id="${n}"]`).waitFor();
}
