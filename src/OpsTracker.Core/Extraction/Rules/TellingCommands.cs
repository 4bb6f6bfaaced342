using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Places;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// "وذكرت قيادة عمليات بغداد أن فرقة ... قتلت 9 إرهابيين في قرية ... بالأنبار": a command that is the subject of a
/// verb of telling (lexicon announcementVerbs right before it, then operationsCommandPrefix, then the province) tells
/// the news; its area is where it sits, not where what it tells happened, when the clause names a place of its own.
/// Holds nothing.
/// </summary>
internal static class TellingCommands
{
    /// <summary>
    /// The provinces the places of the sentence lie in (<see cref="PlaceReadings.ProvincesNamedIn(IEnumerable{Sentence})"/>),
    /// less a province named only by the command that tells the news.
    /// </summary>
    public static List<string> ProvincesToldOf(ReportText report, Sentence s)
    {
        var named = report.PlaceReadings.ProvincesNamedIn([s]);
        if (named.Count < 2)
        {
            return named;
        }
        var lexicon = report.Lexicon;
        return report.PlaceReadings.PlacesIn(s).Where(p => !report.PlaceDirections.IsDirectionOnly(p) && !Is(report, lexicon, p)).Select(report.PlaceReadings.ProvinceOf).OfType<string>().Distinct().ToList();
    }

    /// <summary>
    /// The provinces the sentence names up to <paramref name="lastToken"/> (as <see cref="ProvincesToldOf(ReportText, Sentence)"/>):
    /// a run-on sentence that goes on to tell another operation ("..., فيما تمكنت القوات من قتل ثمانية في بيجي") names that
    /// operation's places after its count, not places of the count before it.
    /// </summary>
    public static List<string> ProvincesToldOf(ReportText report, Sentence s, int lastToken)
    {
        var named = ProvincesToldOf(report, s);
        if (named.Count < 2 || lastToken >= s.Last)
        {
            return named;
        }
        var end = report.Tokens[lastToken].End;
        var lexicon = report.Lexicon;
        return report.PlaceReadings.PlacesIn(s).Where(p => p.Start < end && !report.PlaceDirections.IsDirectionOnly(p) && !Is(report, lexicon, p)).Select(report.PlaceReadings.ProvinceOf).OfType<string>().Distinct().ToList();
    }

    /// <summary>Every place the clause names (directions left out) is the province of the command that tells the news.</summary>
    public static bool NamesOnlyTheTeller(ReportText report, Sentence s)
    {
        var any = false;
        foreach (var p in report.PlaceReadings.PlacesIn(s))
        {
            if (report.PlaceDirections.IsDirectionOnly(p))
            {
                continue;
            }
            if (!Is(report, report.Lexicon, p))
            {
                return false;
            }
            any = true;
        }
        return any;
    }

    /// <summary>The province named by a command right after a verb of telling.</summary>
    public static bool Is(ReportText report, ExtractionLexicon lexicon, PlaceMention p)
    {
        if (p.Entry.Type != PlaceType.Province)
        {
            return false;
        }
        var tokens = report.Tokens;
        var t = report.TokenAt(p.Start);
        // "قيادة عمليات" and its last word "عمليات" both end before the province: the verb stands before either.
        for (var k = t - 1; k >= Math.Max(1, t - 2); k--)
        {
            if (lexicon.OperationsCommandPrefix.MatchAt(tokens, k) is { } cmd && cmd.Last == t - 1
                && tokens[cmd.First - 1].IsWord && lexicon.AnnouncementVerbs.MatchAt(tokens, cmd.First - 1) is { } v && v.Last == cmd.First - 1)
            {
                return true;
            }
        }
        return false;
    }
}
