using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Places;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// "قتل 30 مسلحا بينهم المدعو فلان، أحد الأمراء السابقين في الحويجة": a place inside the description of a man the
/// count names ("أحد" + up to <see cref="AssemblerLimits.PersonDescriptionWords"/> words + "في" + the place) tells
/// where he served or came from, not where the operation was. "أحد" must describe someone told just before it (a
/// name, a comma, "وهو"), not be what the verb counts ("مقتل أحد عناصر داعش في الحويجة"), and the clause must name a
/// man among or by name before it (lexicon amongTheCounted, nameIntroducers). Holds nothing.
/// </summary>
internal static class PersonDescriptions
{
    /// <summary>
    /// Takes out of <paramref name="mentions"/> the places of a man's description, and with each the place that only
    /// says where it lies, right after it in brackets or after a direction ("في تلعفر (غرب الموصل)").
    /// </summary>
    public static void RemoveFrom(ReportText report, ExtractionLexicon lexicon, List<PlaceMention> mentions, Sentence clause)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            if (!Is(report, lexicon, mentions[i], clause))
            {
                continue;
            }
            var described = mentions[i];
            mentions.RemoveAt(i);
            mentions.RemoveAll(q => q.Start > described.End && OnlyWhereItLiesBetween(report, lexicon, report.TokenAt(described.End - 1), report.TokenAt(q.Start)));
            i--;
        }
    }

    /// <summary>Only brackets, dashes and direction words (at most <see cref="AssemblerLimits.PersonDescriptionWords"/> tokens) stand between.</summary>
    private static bool OnlyWhereItLiesBetween(ReportText report, ExtractionLexicon lexicon, int last, int next)
    {
        if (next - last - 1 > AssemblerLimits.PersonDescriptionWords || next <= last + 1)
        {
            return false;
        }
        var tokens = report.Tokens;
        for (var k = last + 1; k < next; k++)
        {
            if (tokens[k].IsWord ? lexicon.Directions.MatchAt(tokens, k) is null : tokens[k].Text is not ("(" or "-" or "–"))
            {
                return false;
            }
        }
        return true;
    }

    public static bool Is(ReportText report, ExtractionLexicon lexicon, PlaceMention p, Sentence clause)
    {
        var tokens = report.Tokens;
        var at = report.TokenAt(p.Start) - 1;
        if (at <= clause.First || tokens[at].Text != Text.Particles.Fi)
        {
            return false;
        }
        var one = -1;
        for (var k = at - 1; k > clause.First && k >= at - 1 - AssemblerLimits.PersonDescriptionWords; k--)
        {
            if (!tokens[k].IsWord)
            {
                return false;
            }
            if (lexicon.AdditiveOnes.MatchAt(tokens, k) is { } m && m.First == m.Last)
            {
                one = k;
                break;
            }
        }
        if (one < 0)
        {
            return false;
        }
        // What stands before "أحد": a verb or noun of what happened counts him ("مقتل أحد")؛ "بينهم أحد" counts him too.
        var before = one - 1;
        if (tokens[before].IsWord && (lexicon.CasualtyTriggers.MatchAt(tokens, before) is not null || lexicon.AmongTheCounted.MatchAt(tokens, before) is not null
            || lexicon.AdditiveConnectors.MatchAt(tokens, before) is not null))
        {
            return false;
        }
        return lexicon.AmongTheCounted.AnyIn(tokens, clause.First, before) || lexicon.NameIntroducers.AnyIn(tokens, clause.First, before);
    }
}
