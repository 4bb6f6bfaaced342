namespace OpsTracker.Web.Components.Review;

/// <summary>
/// A text selection in the report view as a span of the report's own text (UTF-16 offsets, as .NET counts them).
/// The browser may show the text with its line ends normalised (an HTML parser turns CR LF and a lone CR into LF), so
/// offsets counted in the page are mapped back when the page's text is shorter; the span is trimmed of white space at
/// both ends, as a selection dragged to a line's end usually takes the line break too.
/// </summary>
public static class SelectionSpan
{
    /// <summary>The span, or null when the selection is empty or cannot be matched to the text.</summary>
    /// <param name="shownLength">The length of the text as the page holds it.</param>
    public static (int Start, int End)? ToReport(string text, int start, int end, int shownLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (start < 0 || end <= start || end > shownLength)
        {
            return null;
        }
        if (shownLength != text.Length)
        {
            var starts = ShownStarts(text);
            if (starts.Count - 1 != shownLength)
            {
                return null;
            }
            (start, end) = (starts[start], starts[end]);
        }
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return start < end ? (start, end) : null;
    }

    /// <summary>Where each character of the line-end-normalised text starts in the text, and the text's length last.</summary>
    private static List<int> ShownStarts(string text)
    {
        var starts = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length; i++)
        {
            starts.Add(i);
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }
        }
        starts.Add(text.Length);
        return starts;
    }
}
