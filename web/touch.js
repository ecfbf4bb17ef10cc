// @ts-check
// touch.js tells a finger's swipe over the sliders from a move of one, so
// that scrolling the page on a phone does not change the scenario.

// touchIntent keeps a finger from changing a slider unless it moves
// sideways: a vertical swipe over the sliders scrolls the page (CSS
// touch-action: pan-y) and a tap on a track does not jump the value. While a
// touch on a slider is undecided its input events are ignored; it is decided
// by a sideways move of 8 px more than the vertical one, and a touch that
// ends (or becomes a scroll) undecided puts the slider back. Mouse, pen and
// keyboard are left as they are.
export function touchIntent(controls) {
  let el = null;
  let x = 0;
  let y = 0;
  let before = '';
  let decided = false;
  controls.addEventListener('pointerdown', (e) => {
    if (e.pointerType !== 'touch' || e.target.type !== 'range') return;
    [el, x, y, before, decided] = [e.target, e.clientX, e.clientY, e.target.value, false];
  });
  controls.addEventListener('pointermove', (e) => {
    if (!el || decided || e.target !== el) return;
    const dx = Math.abs(e.clientX - x);
    if (dx > 8 && dx > Math.abs(e.clientY - y)) {
      decided = true;
      el.dispatchEvent(new Event('input', { bubbles: true })); // the value the finger has reached
    }
  });
  const end = () => {
    if (el && !decided && el.value !== before) el.value = before;
    el = null;
  };
  controls.addEventListener('pointerup', end);
  controls.addEventListener('pointercancel', end);
  return { undecided: (target) => target === el && !decided };
}
