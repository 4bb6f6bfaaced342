using OpsTracker.Core.Extraction.Dates;
using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// What one report's date mentions are, as the words around them tell: the mentions of a sentence, a day that ends a
/// span, a day told of another noun than the event, a night named by the two days it joins. Made once per report, on
/// first ask, by <see cref="ReportText.DateReadings"/>.
/// </summary>
internal sealed class DateReadings(ReportText report)
{
    private readonly TokenList _tokens = report.Tokens;
    private readonly ExtractionLexicon _lexicon = report.Lexicon;

    /// <summary>The date mentions that start in the sentence or clause, in text order.</summary>
    public IEnumerable<DateMention> MentionsIn(Sentence s)
    {
        // The mentions whose start lies in the sentence, in list order. The list is in text order, so a binary search
        // finds the first and the walk stops at the end (filtering the whole list for every sentence made a long
        // report cost the square of its length); written out, with no delegate call per mention looked at. Most
        // sentences and clauses asked hold none: they get the empty array, not an iterator.
        var dates = report.Dates;
        var end = report.End(s);
        var first = ReportText.FirstFrom(dates, report.Start(s));
        return first < dates.Count && dates[first].Start < end ? MentionsFrom(dates, first, end) : [];
    }

    private static IEnumerable<DateMention> MentionsFrom(IReadOnlyList<DateMention> dates, int first, int end)
    {
        for (var i = first; i < dates.Count && dates[i].Start < end; i++)
        {
            yield return dates[i];
        }
    }

    /// <summary>
    /// "حتى يوم الجمعة"، "ولغاية السابع من الشهر": a day that a word of 'until' (lexicon spanEnds) opens is
    /// where a span ends, not the day something happened in it.
    /// </summary>
    public bool EndsASpan(DateMention m)
    {
        var t = report.TokenAt(m.Start);
        return t >= 1 && _tokens[t - 1].ReadsAsOneOf(_lexicon.SpanEnds);
    }

    /// <summary>
    /// "ودخلت القطعات ناحية الرشاد التي تم تحريرها أمس"، "ضمن حملة ثأر الشهداء التي بدأت الأحد": a
    /// day inside a relative clause (a relative pronoun, lexicon relativePronouns, at most
    /// <see cref="AssemblerLimits.RelativeClauseDayReach"/> words before it, no comma between) tells when what the clause
    /// says of its noun happened: the town's liberation, the campaign's launch, not the lead's operation. Unless the
    /// noun is the event itself ("الهجوم الذي وقع فجر أمس", lexicon eventReferences, anaphoricStrikes).
    /// </summary>
    public bool ToldOfAnotherNoun(Sentence s, DateMention m)
    {
        var tokens = _tokens;
        var at = report.TokenAt(m.Start);
        for (var k = at - 1; k >= Math.Max(s.First, at - AssemblerLimits.RelativeClauseDayReach); k--)
        {
            if (!tokens[k].IsWord)
            {
                return false;
            }
            if (tokens[k].ReadsAsOneOf(_lexicon.RelativePronouns))
            {
                return !DescribesTheEvent(s, k);
            }
        }
        return false;
    }

    /// <summary>
    /// The noun a relative clause describes is the event itself: an event's noun (lexicon eventReferences,
    /// anaphoricStrikes) among the <see cref="AssemblerLimits.RelativeAntecedentReach"/> words before the pronoun
    /// ("التفجير بعبوة لاصقة الذي وقع فجر اليوم"), no comma between.
    /// </summary>
    private bool DescribesTheEvent(Sentence s, int pronoun)
    {
        var tokens = _tokens;
        for (var k = pronoun - 1; k >= Math.Max(s.First, pronoun - AssemblerLimits.RelativeAntecedentReach); k--)
        {
            if (!tokens[k].IsWord)
            {
                return false;
            }
            if (_lexicon.EventReferences.MatchAt(tokens, k) is not null || _lexicon.AnaphoricStrikes.MatchAt(tokens, k) is not null)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "ليل السبت – الأحد"، "من ليل الثلاثاء/الأربعاء": a night named by the two days it joins (a night word, lexicon
    /// nightWords, before the first day; a slash or dash; the next day) is one time. When <paramref name="m"/> is the
    /// day that closes such a night, the night's first day; else null.
    /// </summary>
    public DateMention? NightOpenedBefore(DateMention m)
    {
        var t = report.TokenAt(m.Start);
        if (t < 2 || m.Date is not { } day || m.Precision != Domain.DatePrecision.Day || _tokens[t - 1].IsWord || _tokens[t - 1].Text is not ("/" or "-" or "–" or "—"))
        {
            return null;
        }
        foreach (var n in report.Dates)
        {
            if (n.End <= _tokens[t - 1].Start && report.TokenAt(n.End - 1) == t - 2 && n.Date is { } first && first.AddDays(1) == day)
            {
                // The night word opens the mention ("ليل الإثنين", "منتصف ليل الإثنين") or stands just before it.
                for (var k = Math.Max(0, report.TokenAt(n.Start) - 1); k <= t - 2; k++)
                {
                    if (_tokens[k].ReadsAsOneOf(_lexicon.NightWords))
                    {
                        return n;
                    }
                }
                return null;
            }
        }
        return null;
    }
}
