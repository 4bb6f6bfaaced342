// The selection inside an element whose text is the report's text, as [start, end, length]: character offsets
// (UTF-16, as .NET counts them) and the length of the element's text, so the server can map offsets back when the page
// holds the text with its line ends normalised; null when nothing inside it is selected. Used to add an operation from
// its evidence.
export function selectionOffsets(selector) {
    const container = document.querySelector(selector);
    const selection = window.getSelection();
    if (!container || !selection || selection.rangeCount === 0 || selection.isCollapsed) {
        return null;
    }
    const range = selection.getRangeAt(0);
    if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) {
        return null;
    }
    const before = document.createRange();
    before.selectNodeContents(container);
    before.setEnd(range.startContainer, range.startOffset);
    const start = before.toString().length;
    return [start, start + range.toString().length, container.textContent.length];
}
