using OpsTracker.Core.Extraction.Text;
using static OpsTracker.Core.Extraction.Rules.AssemblerLimits;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// Counts a confession governs: "اعترفوا بتنفيذ 40 تفجيرا"، "اعترف بمشاركة 60 انتحاريا في الهجوم"، "أقروا بأن 12
/// عنصرا نفذوا الهجمات". What the arrested admitted are past acts, told by them: neither an operation of the report
/// (the arrest is, and keeps its own count) nor a figure of a tally, whatever years the confession names.
/// </summary>
internal sealed partial class FigureFinder
{
    /// <summary>
    /// Takes out every figure whose count stands at most <see cref="AssemblerLimits.ConfessedCountReach"/> words after a
    /// word of confessing (lexicon confessions), with no punctuation between: the object of the confession.
    /// </summary>
    private void RemoveConfessedCounts(TokenList tokens, Sentence s, List<Figure> figures)
    {
        // A loop from the end, not RemoveAll: a lambda over the parameters made its closure for every sentence.
        for (var i = figures.Count - 1; i >= 0; i--)
        {
            if (IsConfessed(tokens, s, figures[i]))
            {
                figures.RemoveAt(i);
            }
        }
    }

    private bool IsConfessed(TokenList tokens, Sentence s, Figure f)
    {
        for (var j = f.First - 1; j >= Math.Max(s.First, f.First - 1 - ConfessedCountReach); j--)
        {
            if (!tokens[j].IsWord)
            {
                return false;
            }
            if (lexicon.Confessions.MatchAt(tokens, j) is { } confession && confession.Last < f.First)
            {
                return true;
            }
        }
        return false;
    }
}
