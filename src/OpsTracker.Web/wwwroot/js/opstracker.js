// Small helpers the Blazor components call through JS interop, and the figure <-> mark linking on the operation page.
window.opsTracker = {
  // Brings an element (the highlighted evidence) into view, centred: inside its scrolling box when it has one
  // (the page itself stays where it is), else in the window.
  scrollIntoView: (element) => {
    if (!element || !element.getBoundingClientRect) {
      return;
    }
    const box = element.closest(".report-text-scroll");
    if (box) {
      const offset = element.getBoundingClientRect().top - box.getBoundingClientRect().top;
      box.scrollTop += offset - (box.clientHeight - element.getBoundingClientRect().height) / 2;
    } else {
      element.scrollIntoView({ block: "center", inline: "nearest" });
    }
  },
  // The analyst's light/dark choice, kept in this browser.
  getDarkMode: () => window.localStorage.getItem("opstracker-dark") === "1",
  setDarkMode: (dark) => window.localStorage.setItem("opstracker-dark", dark ? "1" : "0"),
  // After the back or forward button, the scroll position the address had (see the listeners below); once only.
  restoreScroll: () => {
    const pending = pendingRestore;
    pendingRestore = null;
    if (!pending || pending.key !== scrollKey() || !(pending.y > 0)) {
      return;
    }
    // The rows may still be laying out (the page not yet tall enough): try again on the next frames, briefly.
    const until = Date.now() + RestoreLayoutMs;
    const attempt = () => {
      window.scrollTo(0, pending.y);
      if (Math.abs(window.scrollY - pending.y) > 1 && Date.now() < until && scrollKey() === pending.key) {
        window.requestAnimationFrame(attempt);
      }
    };
    attempt();
  },
  // The current value of the text input inside an element (a date picker's field, before it is committed).
  inputValue: (element) => element?.querySelector("input")?.value ?? "",
};

// Scroll positions per address, for the back button: Blazor renders a page's list after the browser has tried to
// restore its scroll, so the page asks for it back (restoreScroll) once its rows are there.
// The position is read when the address changes (popstate), not when the page asks: while the old page is swapped
// for the new one the window scrolls (clamped, or to the top), and on a slow machine that scroll would be saved
// under the new address before the page asks. Until the page has asked (or RestoreWindowMs have passed), nothing
// is saved for that address.
const scrollKey = () => "opstracker-scroll:" + window.location.pathname + window.location.search;
const RestoreWindowMs = 15000;
const RestoreLayoutMs = 2000;
let pendingRestore = null;
let scrollTimer = 0;
window.addEventListener("popstate", () => {
  const key = scrollKey();
  pendingRestore = { key, y: Number(window.sessionStorage.getItem(key)), until: Date.now() + RestoreWindowMs };
});
window.addEventListener("scroll", () => {
  window.clearTimeout(scrollTimer);
  const key = scrollKey();
  if (pendingRestore && pendingRestore.key === key && Date.now() < pendingRestore.until) {
    return;
  }
  const y = window.scrollY;
  scrollTimer = window.setTimeout(() => window.sessionStorage.setItem(key, String(Math.round(y))), 100);
}, { passive: true });

// The operation page lists each figure (li[data-figure-ref=N]) and marks its words in the report text
// (span.figure-mark[data-figure=N]). Pointing at or focusing either lights up both; a figure scrolls its mark into
// view. Delegated on the document, so it survives Blazor re-rendering the page and holds no per-page state.
(() => {
  const numberOf = (target) => {
    const el = target instanceof Element ? target.closest("[data-figure-ref], .figure-mark[data-figure]") : null;
    return el ? (el.getAttribute("data-figure-ref") ?? el.getAttribute("data-figure")) : null;
  };
  const light = (n, on) => {
    document.querySelectorAll(`[data-figure-ref="${n}"], .figure-mark[data-figure="${n}"]`)
      .forEach((el) => el.classList.toggle("linked", on));
  };
  const enter = (e) => {
    const n = numberOf(e.target);
    if (n === null) {
      return;
    }
    light(n, true);
    if (e.target instanceof Element && e.target.closest("[data-figure-ref]")) {
      const mark = document.querySelector(`.figure-mark[data-figure="${n}"]`);
      if (mark) {
        window.opsTracker.scrollIntoView(mark);
      }
    }
  };
  const leave = (e) => {
    const n = numberOf(e.target);
    if (n !== null) {
      light(n, false);
    }
  };
  document.addEventListener("mouseover", enter);
  document.addEventListener("mouseout", leave);
  document.addEventListener("focusin", enter);
  document.addEventListener("focusout", leave);
})();
