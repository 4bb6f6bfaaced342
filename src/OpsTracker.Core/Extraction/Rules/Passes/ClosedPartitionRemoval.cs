using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules.Passes;

/// <summary>
/// "اعتقال أربعة" told first, then "أوقف ثلاثة منهم بالسوق، والرابع قرب الجسر" or "أحد
/// المتهمين اعتقل في بغداد، واثنان في الفلوجة، والأخير في أربيل": a sentence whose counts are closed by a definite
/// ordinal (lexicon closingOrdinals: "والرابع"، "والثالث"، "والأخير") splits a group of that size, the ordinal the
/// last of it, one person; "the last" closes a group as large as the counts before it and one. When a count of the
/// same measure told in an earlier sentence is the group's size, the sentence tells where its people were, not more
/// of them: its counts are parts of the earlier count (Figure.Breakdown), not operations of their own.
/// Input: the drafts standing. Output: the same drafts, the parts marked.
/// </summary>
internal sealed class ClosedPartitionRemoval(ExtractionLexicon lexicon) : IDraftPass
{
    public IReadOnlyList<OperationDraft> Apply(IReadOnlyList<OperationDraft> drafts, DraftPassContext context)
    {
        var report = context.Report;
        var tokens = report.Tokens;
        var all = DraftPass.LiveFigures(drafts);
        var seen = new HashSet<int>();
        foreach (var (_, figure) in all)
        {
            // Each sentence with a figure once; the earlier count must stand in a sentence before it.
            if (figure.Sentence < 1 || !seen.Add(figure.Sentence))
            {
                continue;
            }
            var sentence = report.Sentences[figure.Sentence];
            for (var i = sentence.First + 1; i <= sentence.Last; i++)
            {
                // The ordinal opens its own part of the list: "و" on it, a comma or another part before it.
                if (!tokens[i].IsWord || !tokens[i].Text.StartsWith('و') || ClosingValue(tokens[i]) is not { } value)
                {
                    continue;
                }
                MarkPartsOfAClosedList(all, figure, i, value);
                break;
            }
        }
        return DraftPass.Standing(drafts);
    }

    /// <summary>
    /// The counts before the ordinal at token <paramref name="i"/> of <paramref name="figure"/>'s sentence, when with it
    /// they make up the group of <paramref name="value"/> a count of an earlier sentence gave, are parts of it
    /// (breakdowns). A method of its own: its queries' closures, made at the top of the loop's body, were made at
    /// every token of every sentence with a figure.
    /// </summary>
    private static void MarkPartsOfAClosedList(List<(OperationDraft Draft, Figure Figure)> all, Figure figure, int i, int value)
    {
        var parts = all.Where(x => x.Figure.Sentence == figure.Sentence && x.Figure.Last < i && !x.Figure.Breakdown).ToList();
        if (parts.Count == 0 || parts.Any(x => !x.Figure.SameMeasure(parts[0].Figure)))
        {
            return;
        }
        var counted = parts.Sum(x => x.Figure.Count);
        var size = value == 0 ? counted + 1 : value;
        if (counted + 1 != size)
        {
            return;
        }
        var measure = parts[0].Figure;
        if (all.Any(x => x.Figure.Sentence < figure.Sentence && x.Figure.SameMeasure(measure) && x.Figure.Count == size && !x.Figure.Breakdown))
        {
            foreach (var (_, part) in parts)
            {
                part.Breakdown = true;
            }
        }
    }

    /// <summary>The size of the group a definite ordinal closes (0: "the last", as many as the counts before it and one).</summary>
    private int? ClosingValue(Token t)
    {
        foreach (var reading in t.Readings)
        {
            if (lexicon.ClosingOrdinals.TryGetValue(reading, out var value))
            {
                return value;
            }
        }
        return null;
    }
}
