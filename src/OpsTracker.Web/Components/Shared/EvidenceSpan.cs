namespace OpsTracker.Web.Components.Shared;

/// <summary>A report's text cut around an evidence span: before, the span itself, after.</summary>
public sealed record EvidenceSpan(string Before, string Marked, string After)
{
    /// <summary>
    /// Cuts <paramref name="text"/> at [<paramref name="start"/>, <paramref name="end"/>) (UTF-16 offsets, end
    /// exclusive, as the extractor records them). Offsets outside the text are clamped; when they do not cover
    /// <paramref name="evidence"/> (a text stored differently) the first occurrence of the evidence is marked instead.
    /// </summary>
    public static EvidenceSpan Cut(string text, int start, int end, string? evidence = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        if (!string.IsNullOrEmpty(evidence) && !text.AsSpan(start, end - start).SequenceEqual(evidence))
        {
            var at = text.IndexOf(evidence, StringComparison.Ordinal);
            if (at >= 0)
            {
                (start, end) = (at, at + evidence.Length);
            }
        }
        return new EvidenceSpan(text[..start], text[start..end], text[end..]);
    }
}
