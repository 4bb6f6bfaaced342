using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules.Passes;

/// <summary>
/// "واعتقال مسلحين اثنين في البصرة" then "وأكد أن عنصري التنظيم اللذين جرى القبض عليهما ..."; "اعتقلت القوة ما يعرف
/// بالوالي" then "ويعد المسلح الملقى القبض عليه من قادة التنظيم": people named by a definite noun (the article,
/// or construct with the organisation's name) and described by a relative clause of the deed, a relative pronoun or
/// the article's participle before a trigger whose attached pronoun takes them back (عليهما، عليه، قتلهم), are people the
/// text has told already, not news. Such a count equal to one told before it, of the same measure, is that count: it
/// leaves, whatever place its sentence goes on to name (the places of their past deeds, their titles).
/// </summary>
internal sealed class RelativeRetellingRemoval(ExtractionLexicon lexicon) : IDraftPass
{
    public IReadOnlyList<OperationDraft> Apply(IReadOnlyList<OperationDraft> drafts, DraftPassContext context)
    {
        for (var b = 1; b < drafts.Count; b++)
        {
            var later = drafts[b];
            foreach (var f in later.Live.ToList())
            {
                if (f.Kind != FigureKind.Casualty || !DescribedByTheDeed(context.Report, f))
                {
                    continue;
                }
                for (var a = 0; a < b; a++)
                {
                    var earlier = drafts[a];
                    if (!earlier.Dropped && earlier.Clause.Index < later.Clause.Index
                        && earlier.Live.Any(x => x.SameMeasure(f) && x.Count == f.Count && x.Side == f.Side))
                    {
                        later.Figures.Remove(f);
                        break;
                    }
                }
            }
            if (!later.Live.Any())
            {
                later.Dropped = true;
            }
        }
        return DraftPass.Standing(drafts);
    }

    /// <summary>
    /// A relative pronoun (lexicon relativePronouns) or a word with the article right before a trigger (the participle
    /// that works as one: "الملقى القبض عليه") stands within <see cref="AssemblerLimits.RelativeRetellingReach"/> words
    /// of the figure, right after a definite word (the article, or the organisation's name closing a construct), and a
    /// trigger whose last word carries an attached pronoun follows it within the same reach: "the ones who were arrested".
    /// </summary>
    private bool DescribedByTheDeed(ReportText report, Figure f)
    {
        var tokens = report.Tokens;
        var sentence = report.Sentences[f.Sentence];
        var from = Math.Max(sentence.First + 1, f.First - AssemblerLimits.RelativeRetellingReach);
        var to = Math.Min(sentence.Last, f.Last + AssemblerLimits.RelativeRetellingReach);
        for (var k = from; k <= to; k++)
        {
            var relative = tokens[k].IsWord && lexicon.RelativePronouns.Contains(tokens[k].Text);
            var participle = !relative && tokens[k].IsWord && tokens[k].Text.StartsWith("ال", StringComparison.Ordinal) && k + 1 <= sentence.Last
                && lexicon.CasualtyTriggers.MatchAt(tokens, k + 1) is null && TriggerWithPronounAt(tokens, k + 1, sentence.Last);
            if ((!relative && !participle) || !Definite(tokens[k - 1]))
            {
                continue;
            }
            for (var j = k + 1; j <= Math.Min(sentence.Last, k + AssemblerLimits.RelativeRetellingReach); j++)
            {
                if (TriggerWithPronounAt(tokens, j, sentence.Last))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>A casualty trigger at <paramref name="j"/>, or the word after it, ends in an attached pronoun ("عليهما"، "قتلهم").</summary>
    private bool TriggerWithPronounAt(IReadOnlyList<Token> tokens, int j, int last)
    {
        if (tokens[j].IsWord && lexicon.ArrestHeadsWithPreposition.Contains(tokens[j].Text) && j + 1 <= last && tokens[j + 1].IsWord
            && (lexicon.PrepositionWithHim.Contains(tokens[j + 1].Text) || lexicon.PrepositionWithThemTwo.Contains(tokens[j + 1].Text)
                || lexicon.ObjectPronounsThem.Contains(tokens[j + 1].Text)))
        {
            return true;
        }
        return lexicon.CasualtyTriggers.MatchAt(tokens, j) is { } m && m.Last == j && EndsWithPronoun(tokens[j].Text);
    }

    private static bool EndsWithPronoun(string word) =>
        word.Length > 3 && (word.EndsWith("هما", StringComparison.Ordinal) || word.EndsWith("هم", StringComparison.Ordinal));

    private bool Definite(Token t) =>
        t.IsWord && (t.Text.StartsWith("ال", StringComparison.Ordinal) || lexicon.IsisNames.MatchAt([t], 0) is not null);
}
