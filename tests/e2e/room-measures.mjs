// Measures taken in the page for the workshop-room tests: the contrast of every visible
// control's text against what is really behind it, and chart text as drawn on screen.

/** Every visible control (in the whole page, scrolled or not) with its text contrast. */
export async function controlContrasts(page) {
  return page.evaluate(() => {
    const rgba = (s) => {
      const m = s.match(/rgba?\(([^)]+)\)/);
      if (!m) return [0, 0, 0, 0];
      const p = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
      return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
    };
    // Paints `top` over `bottom` (alpha compositing).
    const over = (top, bottom) => {
      const a = top[3];
      return [0, 1, 2].map((i) => top[i] * a + bottom[i] * (1 - a)).concat(1);
    };
    const luminance = ([r, g, b]) => {
      const lin = (c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    // The backgrounds from the element up to the page, composited (no background images
    // are used in the app).
    const background = (el) => {
      const layers = [];
      for (let e = el; e; e = e.parentElement) layers.push(rgba(getComputedStyle(e).backgroundColor));
      return layers.reverse().reduce((below, layer) => over(layer, below), [255, 255, 255, 1]);
    };
    const selector = 'button, summary, select, a[href], input:not([type="hidden"]):not(.visually-hidden), [role="button"], .file-button';
    return [...document.querySelectorAll(selector)]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        const s = getComputedStyle(el);
        return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && Number(s.opacity) > 0
          && !el.closest('[aria-hidden="true"], .visually-hidden, details:not([open]) > :not(summary)');
      })
      // Inputs without visible text (range, checkbox) are checked by axe as non-text.
      .filter((el) => !(el.tagName === 'INPUT' && ['range', 'checkbox', 'radio', 'file'].includes(el.type)))
      .map((el) => {
        const bg = background(el);
        const fg = over(rgba(getComputedStyle(el).color), bg);
        const [hi, lo] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
        const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40);
        return { name, ratio: Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100, disabled: el.disabled === true };
      })
      // WCAG exempts controls that cannot be used.
      .filter((c) => !c.disabled);
  });
}

/** The smallest chart text (in `scope`) as drawn on screen: font size times the SVG's scale. */
export async function smallestChartText(page, scope = '') {
  return page.evaluate((scope) => {
    let best = { size: Infinity, text: '', chart: '', count: 0 };
    for (const text of document.querySelectorAll(`${scope} .chart-svg svg text`)) {
      if (!text.textContent.trim()) continue;
      const ctm = text.getScreenCTM();
      const drawn = parseFloat(getComputedStyle(text).fontSize);
      const size = drawn * Math.hypot(ctm.a, ctm.b);
      best.count += 1;
      if (size < best.size) {
        best = { ...best, size, text: text.textContent.trim(), chart: text.closest('[data-testid]')?.dataset.testid ?? '' };
      }
    }
    return best;
  }, scope);
}
