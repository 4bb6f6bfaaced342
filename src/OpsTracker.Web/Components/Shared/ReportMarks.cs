namespace OpsTracker.Web.Components.Shared;

/// <summary>A figure's span in a report's text, numbered as the operation page lists it (1, 2, ...).</summary>
public sealed record FigureMark(int Number, int Start, int End);

/// <summary>
/// A run of a report's text and what marks it: inside the operation's evidence or not, and the figure (by number)
/// whose span covers it, if any. Concatenated in order, the runs are the whole text.
/// </summary>
public sealed record MarkedRun(string Text, bool InEvidence, int? Figure);

/// <summary>
/// Cuts a report's text into <see cref="MarkedRun"/>s at the operation's evidence span and at each figure's span, so the
/// page can mark them all at once. Spans are UTF-16 offsets, end exclusive, as the extractor records them; they are
/// clamped to the text. Where two figure spans overlap the earlier-numbered figure keeps the overlap (the extractor
/// never gives two figures one word, but stored corrections may).
/// </summary>
public static class ReportMarks
{
    public static IReadOnlyList<MarkedRun> Cut(string text, int evidenceStart, int evidenceEnd, IReadOnlyList<FigureMark> figures)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(figures);
        var cuts = new SortedSet<int> { 0, text.Length, Clamp(evidenceStart, text), Clamp(evidenceEnd, text) };
        var spans = figures
            .Select(f => (f.Number, Start: Clamp(f.Start, text), End: Clamp(f.End, text)))
            .Where(f => f.End > f.Start)
            .ToList();
        foreach (var f in spans)
        {
            cuts.Add(f.Start);
            cuts.Add(f.End);
        }
        var (es, ee) = (Clamp(evidenceStart, text), Clamp(evidenceEnd, text));
        var runs = new List<MarkedRun>();
        int? previous = null;
        foreach (var at in cuts)
        {
            if (previous is { } from && at > from)
            {
                int? figure = null;
                foreach (var f in spans.OrderBy(s => s.Number))
                {
                    if (f.Start <= from && at <= f.End)
                    {
                        figure = f.Number;
                        break;
                    }
                }
                runs.Add(new MarkedRun(text[from..at], from >= es && at <= ee && ee > es, figure));
            }
            previous = at;
        }
        return runs;
    }

    private static int Clamp(int offset, string text) => Math.Clamp(offset, 0, text.Length);
}

/// <summary>
/// The whole sentence around a span of a report's text: from after the previous sentence end (a full stop, question
/// or exclamation mark, Arabic question mark, or line break) to the next one, inclusive of a closing full stop. A full
/// stop after a single letter ("أ.ف.ب") abbreviates a name and does not end a sentence, as in the extractor.
/// </summary>
public static class ReportSentences
{
    public static (int Start, int End) Around(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        var s = start;
        while (s > 0 && !EndsSentence(text, s - 1))
        {
            s--;
        }
        var e = end;
        while (e < text.Length && !EndsSentence(text, e))
        {
            e++;
        }
        if (e < text.Length && text[e] != '\n')
        {
            e++; // keep the closing punctuation
        }
        while (s < e && char.IsWhiteSpace(text[s]))
        {
            s++;
        }
        while (e > s && char.IsWhiteSpace(text[e - 1]))
        {
            e--;
        }
        return (s, e);
    }

    private static bool EndsSentence(string text, int i) => text[i] switch
    {
        '\n' or '!' or '?' or '؟' => true,
        // "أ.ف.ب" abbreviates; "3.5" is a number.
        '.' => !(i >= 1 && char.IsLetter(text[i - 1]) && (i < 2 || !char.IsLetter(text[i - 2])))
            && !(i >= 1 && i + 1 < text.Length && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1])),
        _ => false,
    };
}
