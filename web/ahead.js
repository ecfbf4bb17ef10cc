// @ts-check
// ahead.js has the answers to a slider's next step ready before the reader
// takes it. A call into the Go program made when the page has been idle
// costs several times what it costs warm (0.4–0.6 ms against 0.1 at full
// speed in the benchmark's browser: the module's code and memory have gone
// cold), and it stood between a key press and the charts. So once a change
// is drawn, the program is asked, after the next frame (at once when a
// slider takes the keyboard's focus), what one step down and one step up of
// the slider last moved or focused would show (xigong.peek, which leaves
// the scenario as it is). A move to either is answered from that, and the
// scenario is made its values (xigong.commit) after the frame that shows
// it, or before any other call. Every other change asks the program as it
// comes. While a finger or a pointer is down on a slider nothing is asked
// ahead: a drag seldom moves one step at a time, and its frames are busy
// enough.
import { isUpdating } from './contract.js';

// answersAhead wraps call (which invokes a function of the Go program and
// decodes its answer) and returns:
//   call(name, ...args): call, after committing a move answered ahead;
//   set(values): the live state of values (an array as for xigong.set);
//   watch(controls, first): the sliders to look ahead on, from when the
//     first live state (or a promise of it) is applied.
export function answersAhead(call) {
  let answers = new Map(); // the JSON of values → their live state
  let pending = null; // the JSON of values answered ahead and not committed
  let controls = null;
  let active = null; // the slider moved or focused last
  let down = false; // a pointer is down on a slider
  let live = false; // the program has its first state
  let scheduled = false;
  let lookedFrom = ''; // the slider and the values the answers are from
  const copies = new WeakMap(); // a slider → a copy of it, to step (a new copy a look cost 0.5 ms at 4× CPU)

  // settle commits a move answered ahead and drops the answers, which hold
  // only from the scenario they were asked from.
  const settle = () => {
    answers = new Map();
    lookedFrom = '';
    if (pending === null) return;
    const values = pending;
    pending = null;
    call('commit', values);
  };

  // look asks for the answers of the active slider's neighbouring steps,
  // as the browser would step it (stepDown and stepUp on a copy, which has
  // its attributes: min, max, step).
  const look = () => {
    scheduled = false;
    if (!live || down || !active || !active.isConnected || isUpdating()) return;
    const values = [];
    for (const el of controls.querySelectorAll('input[type=range]')) values[Number(el.dataset.index)] = Number(el.value);
    const i = Number(active.dataset.index);
    const from = i + ' ' + JSON.stringify(values);
    if (pending === null && from === lookedFrom) return; // its answers are here
    settle();
    lookedFrom = from;
    let next = copies.get(active);
    if (!next) copies.set(active, (next = active.cloneNode()));
    for (const step of ['stepDown', 'stepUp']) {
      next.value = active.value;
      next[step]();
      if (Number(next.value) === values[i]) continue; // at an end
      const stepped = values.slice();
      stepped[i] = Number(next.value);
      const key = JSON.stringify(stepped);
      answers.set(key, call('peek', key));
    }
  };

  // later looks ahead after the next frame has been painted.
  const later = () => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => setTimeout(look));
  };

  // follow makes the slider moved or focused the one looked ahead on: at
  // once when it takes the keyboard's focus (its first step may follow in
  // the next frame), after the next frame otherwise.
  const follow = (e) => {
    if (e.target.type !== 'range') return;
    active = e.target;
    if (e.type === 'focusin' && !down) look();
    else later();
  };

  const watched = new WeakSet();
  // A pointer may be let go anywhere.
  const up = () => {
    if (!down) return;
    down = false;
    later();
  };
  window.addEventListener('pointerup', up);
  window.addEventListener('pointercancel', up);

  return {
    call(name, ...args) {
      settle();
      return call(name, ...args);
    },
    set(values) {
      const key = JSON.stringify(values);
      const answer = answers.get(key);
      if (answer) {
        answers = new Map();
        pending = key;
        later();
        return answer;
      }
      settle();
      const out = call('set', key);
      later();
      return out;
    },
    watch(el, first) {
      [controls, active, live, down] = [el, null, false, false];
      Promise.resolve(first).then(() => {
        if (controls !== el) return;
        live = true;
        later();
      }, () => {});
      if (watched.has(el)) return;
      watched.add(el);
      el.addEventListener('focusin', follow);
      el.addEventListener('input', follow);
      el.addEventListener('pointerdown', (e) => { down = e.target.type === 'range'; });
    },
  };
}
