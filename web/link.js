// @ts-check
// link.js keeps the page's address a link to what it shows (the scenario in
// the fragment, after the data part of a reader's own targets) and copies
// that link.
import { $, copy } from './dom.js';

// keepInLink puts the scenario in the URL fragment, after the targets' data
// part when they are a reader's own (see link-data.js), so that the address
// is a link to it, once the changes pause (browsers throttle history
// updates, and they cost a few milliseconds), and shows what a link's
// scenario had that could not be used. Own targets too long for a link
// leave the address without a scenario, which would apply to others.
let linkTimer = 0;
let linkHash = null; // the fragment of the latest scenario, when known
let linkData = ''; // the targets' data part, '' for targets the address names, null for none possible
export function keepInLink(live) {
  if (typeof live.fragment === 'string') {
    linkHash = linkData === null ? '' : '#' + [linkData, live.fragment].filter(Boolean).join(';');
    if (linkHash === '#') linkHash = '';
    clearTimeout(linkTimer);
    linkTimer = setTimeout(() => {
      if (location.hash !== linkHash) history.replaceState(null, '', linkHash || location.pathname + location.search);
    }, 250);
  }
  if (live.notice) {
    $('notice').textContent = live.notice;
    $('notice').hidden = false;
  }
}

// currentLink is the page's address with the latest scenario (the address
// bar follows it 250 ms late).
export function currentLink() {
  const url = new URL(location.href);
  if (linkHash !== null) url.hash = linkHash;
  return url;
}

// setLinkData says what the address must carry of the targets shown: a
// data part ("d1.…"), '' (the bundled targets, or ?data=), or null when
// they cannot travel in a link.
export function setLinkData(data) {
  linkData = data;
}

// linkable reports whether a link can show the targets shown.
export function linkable() {
  return linkData !== null;
}

// targetsInLink is the data part a link to the targets shown carries
// ("d1.…"; '' when the address names them otherwise), at once: the address
// bar follows a moment later.
export function targetsInLink() {
  return linkData || '';
}

// copyLink copies the link to the page with the latest scenario, once
// settled() says the changes made so far are applied; it says instead,
// in #notice, when the targets shown cannot travel in a link.
/**
 * @param {HTMLElement} button
 * @param {() => Promise<void>} settled
 */
export async function copyLink(button, settled) {
  if (!linkable()) {
    $('notice').textContent = button.dataset.tooLong;
    $('notice').hidden = false;
    return;
  }
  await settled(); // with a change just made
  const link = currentLink().href;
  return copy(button, link, () => prompt('', link));
}
