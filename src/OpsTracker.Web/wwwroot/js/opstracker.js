// Small helpers the Blazor components call through JS interop.
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
};
