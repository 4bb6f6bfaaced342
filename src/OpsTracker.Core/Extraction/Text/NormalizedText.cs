using System.Buffers;

namespace OpsTracker.Core.Extraction.Text;

/// <summary>
/// Text normalised for matching, with a map from every normalised character back to the span of the original
/// it came from, so that evidence offsets always point into the report as it was written.
/// </summary>
public sealed class NormalizedText
{
    /// <summary>Per normalised character, the start of its original span (rented: see <see cref="Release"/>).</summary>
    private int[] _starts;

    /// <summary>Per normalised character, the length of its original span (1 or 2): the span ends at start + width.</summary>
    private byte[] _widths;

    internal NormalizedText(string original, string text, int[] starts, byte[] widths)
    {
        Original = original;
        Text = text;
        _starts = starts;
        _widths = widths;
    }

    public string Original { get; }
    public string Text { get; }
    public int Length => Text.Length;

    /// <summary>The original span (start, end exclusive) behind the normalised span [start, end).</summary>
    public (int Start, int End) ToOriginal(int start, int end)
    {
        if (Text.Length == 0)
        {
            return (0, 0);
        }
        start = Math.Clamp(start, 0, Text.Length - 1);
        end = Math.Clamp(end, start + 1, Text.Length);
        var originalEnd = _starts[end - 1] + _widths[end - 1];
        // Diacritics and tatweel that normalisation dropped still belong to the last letter.
        while (originalEnd < Original.Length && IsDroppedMark(Original[originalEnd]))
        {
            originalEnd++;
        }
        return (_starts[start], originalEnd);
    }

    /// <summary>
    /// The same report with its normalised text rewritten in place, character for character (a line break read as a
    /// space: Rules.WrappedLines.Unwrap): the maps to the original move to the new text, which the caller releases
    /// instead of this one.
    /// </summary>
    internal NormalizedText WithSameLengthText(string text)
    {
        if (text.Length != Text.Length)
        {
            throw new ArgumentException($"the rewritten text has {text.Length} characters, the text {Text.Length}", nameof(text));
        }
        var rewritten = new NormalizedText(Original, text, _starts, _widths);
        _starts = [];
        _widths = [];
        return rewritten;
    }

    /// <summary>
    /// Gives the maps back to the shared pool they were rented from (<see cref="ArabicNormalizer.Normalize"/>): for the
    /// owner of the text once nothing will ask it for an original span again (the extractor, after a report's result is
    /// built). Asked after, <see cref="ToOriginal"/> throws rather than read another report's map.
    /// </summary>
    internal void Release()
    {
        var starts = _starts;
        var widths = _widths;
        _starts = [];
        _widths = [];
        if (starts.Length > 0)
        {
            ArrayPool<int>.Shared.Return(starts);
        }
        if (widths.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(widths);
        }
    }

    private static bool IsDroppedMark(char c) => c is >= '\u064B' and <= '\u065F' or '\u0670' or '\u0640';

    /// <summary>Evidence for a normalised span: original offsets and the original text between them.</summary>
    public Evidence EvidenceFor(int start, int end)
    {
        var (s, e) = ToOriginal(start, end);
        return new Evidence(s, e, Original[s..e]);
    }
}
