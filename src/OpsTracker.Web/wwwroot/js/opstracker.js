// Small helpers the Blazor components call through JS interop.
window.opsTracker = {
  // Brings an element (the highlighted evidence) into view, centred.
  scrollIntoView: (element) => {
    if (element && element.scrollIntoView) {
      element.scrollIntoView({ block: "center", inline: "nearest" });
    }
  },
  // The analyst's light/dark choice, kept in this browser.
  getDarkMode: () => window.localStorage.getItem("opstracker-dark") === "1",
  setDarkMode: (dark) => window.localStorage.setItem("opstracker-dark", dark ? "1" : "0"),
};
