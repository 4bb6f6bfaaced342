using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Dates;
using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Places;
using static OpsTracker.Core.Extraction.Rules.AssemblerLimits;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>Who announces a sentence's tally, for which provinces, and the periods the sentence (or the two before it) name.</summary>
internal sealed record TallyAnnouncement(string? ReportedBy, List<string> Scope, List<DateMention> Periods, DateMention? Inherited);

/// <summary>
/// Reads the announcement of a tally: the authority that gives it, the provinces it covers and the periods named
/// with it, from the sentence and the sentences just before it. Holds only the lexicon: safe to share.
/// </summary>
internal sealed class TallyAnnouncer(ExtractionLexicon lexicon)
{
    /// <summary>The authority a tally is credited to when the text names only "the security forces".</summary>
    public const string GenericAuthority = "Iraqi security forces";

    /// <param name="scopeFrom">Where the tally's part of the sentence starts: provinces named before it place an operation.</param>
    public TallyAnnouncement Announce(ReportText report, Sentence sentence, int scopeFrom)
    {
        // "خلال الساعات الـ72 الماضية": a window of days back long enough to be a statement's period is one, told in days.
        var periods = report.DateReadings.MentionsIn(sentence).Where(m => (m.Kind is DateMentionKind.Year or DateMentionKind.Period or DateMentionKind.MonthYear or DateMentionKind.Month or DateMentionKind.Relative && m.Precision != DatePrecision.Day)
            || (m.Kind is DateMentionKind.Period && m.WindowDays >= AssemblerLimits.LookbackTallyDays)).ToList();
        var inherited = report.SentencesBetween(sentence.Index - TallyPeriodLookBack, sentence.Index - 1)
            .SelectMany(report.DateReadings.MentionsIn).LastOrDefault(m => m.Kind is DateMentionKind.Year or DateMentionKind.Period);
        // Provinces that place an operation told in the same sentence are not the tally's scope.
        // "في عموم البلاد، كان أغلبهم في محافظة كركوك": provinces named with a country-wide tally are a part of it.
        var nationwide = report.Has(lexicon.NationwideScope, sentence with { First = Math.Max(sentence.First, scopeFrom) });
        var provinces = nationwide ? [] : WithoutVenues(report, sentence, report.PlaceReadings.ProvincesNamedIn(sentence, scopeFrom).ToList()).Distinct().ToList();
        if (!nationwide && provinces.Count == 0 && BattleProvince(report, sentence, scopeFrom) is { } battle)
        {
            // "قتل 473 إرهابيا منذ انطلاق عمليات تحرير الموصل": a battle's running tally counts its town's province.
            provinces.Add(battle);
        }
        if (!nationwide && provinces.Count == 0 && TownsProvince(report, sentence, scopeFrom) is { } towns)
        {
            // "مقتل أكثر من 300 مسلح في تلعفر": a tally told of towns and districts of one province counts that province.
            provinces.Add(towns);
        }
        if (!nationwide && provinces.Count == 0 && scopeFrom == 0)
        {
            // "بين محافظتي صلاح الدين وديالى ... سجلت نحو /50/ هجوما": the scene set by a sentence just before,
            // one that counts nothing itself.
            provinces = report.SentencesBetween(sentence.Index - TallySceneLookBack, sentence.Index - 1).Reverse()
                .Where(s => !report.CountsSomething[s.Index])
                .Select(s => report.PlaceReadings.ProvincesNamedAfterProvinceWord(s).Distinct().ToList())
                .FirstOrDefault(p => p.Count > 0) ?? [];
        }
        // The authority the sentence names, a named one before "القوات الأمنية" or an officer's rank; those alone
        // yield to one named just before, whose statement the sentence reports ("وقالت الخلية إن القوات الأمنية قتلت ...").
        var named = report.Values(lexicon.Reporters, sentence).ToList();
        var reportedBy = named.FirstOrDefault(r => r != GenericAuthority) ?? named.FirstOrDefault();
        if (reportedBy is null or GenericAuthority)
        {
            // The three sentences before it, and the report's first two (its headline and lead), nearest first.
            reportedBy = report.SentencesBetween(0, Math.Min(HeadlineAndLead - 1, sentence.Index - 1))
                .Concat(report.SentencesBetween(Math.Max(HeadlineAndLead, sentence.Index - TallyReporterLookBack), sentence.Index - 1)).Reverse()
                .Select(s => report.Values(lexicon.Reporters, s).FirstOrDefault(r => r != GenericAuthority)).FirstOrDefault(r => r is not null)
                ?? reportedBy;
        }
        // "وتبين الوثيقة حصيلة القتال"، "وعرض تقرير أمني خسائر التنظيم": a results document or a security report, its
        // writer unnamed, speaks for the forces.
        reportedBy ??= report.SentencesBetween(Math.Max(0, sentence.Index - TallyReporterLookBack), sentence.Index)
            .Any(s => NamesAResultsDocument(report, s)) ? GenericAuthority : null;
        // "نشرت وكالة الأنباء العراقية الرسمية إحصائية": a statistic the state's agency publishes, no authority named.
        reportedBy ??= report.SentencesBetween(0, Math.Min(HeadlineAndLead - 1, sentence.Index - 1))
            .Concat(report.SentencesBetween(Math.Max(HeadlineAndLead, sentence.Index - TallyReporterLookBack), sentence.Index))
            .Select(s => report.Values(lexicon.OfficialOutlets, s).FirstOrDefault()).LastOrDefault(r => r is not null);
        return new TallyAnnouncement(reportedBy, provinces, periods, inherited);
    }

    /// <summary>"الوثيقة"، "تقارير أمنية": a document, or a report of the forces (lexicon resultsDocuments), named in the sentence.</summary>
    private bool NamesAResultsDocument(ReportText report, Sentence s)
    {
        var tokens = report.Tokens;
        for (var i = s.First; i <= s.Last; i++)
        {
            if (tokens[i].ReadsAsOneOf(lexicon.ResultsDocuments)
                || (i < s.Last && tokens[i].ReadsAsOneOf(lexicon.ResultsReports) && tokens[i + 1].ReadsAsOneOf(lexicon.ResultsReportsOf)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The provinces less those named only as where the statement was made ("في مؤتمر صحافي بأربيل"): a place within
    /// <see cref="AssemblerLimits.VenueReach"/> tokens after a venue noun.
    /// </summary>
    private List<string> WithoutVenues(ReportText report, Sentence sentence, List<string> provinces)
    {
        foreach (var place in report.PlaceReadings.PlacesIn(sentence))
        {
            var t = report.TokenAt(place.Start);
            for (var j = Math.Max(sentence.First, t - VenueReach - PhraseWords); j < t; j++)
            {
                if (lexicon.VenueNouns.MatchAt(report.Tokens, j) is { } venue && venue.Last < t && t - venue.Last <= VenueReach
                    && place.Entry.ProvinceCode is { } code)
                {
                    provinces.Remove(code);
                    break;
                }
            }
        }
        return provinces;
    }

    /// <summary>
    /// "مقتل أكثر من 300 مسلح في تلعفر"، "وفجرت القوات 43 معملا في الموصل": the province of the towns and districts the
    /// tally's part of the sentence names (not a direction only, not a venue, not an ISIS title: "والي ولاية صلاح الدين"),
    /// when they all lie in one province: what
    /// the statement counts happened there. Towns of two provinces scope none.
    /// </summary>
    private string? TownsProvince(ReportText report, Sentence sentence, int scopeFrom)
    {
        var codes = WithoutVenues(report, sentence, PlacesOfTheScope(report, sentence, scopeFrom).Select(p => p.Entry.ProvinceCode!).ToList()).Distinct().ToList();
        return codes is [var only] ? only : null;
    }

    /// <summary>
    /// The places of the tally's part of the sentence that may name its province: those the gazetteer places in one,
    /// not a direction only ("شمال بغداد") and not a place in an ISIS title ("والي ولاية صلاح الدين").
    /// </summary>
    private static IEnumerable<PlaceMention> PlacesOfTheScope(ReportText report, Sentence sentence, int scopeFrom) =>
        report.PlaceReadings.PlacesIn(sentence).Where(p => p.Start >= scopeFrom && p.Entry.ProvinceCode is not null && !report.PlaceDirections.IsDirectionOnly(p) && !report.PlaceRoles.IsIsisTitle(p));

    /// <summary>The province of the town a battle noun names within <see cref="AssemblerLimits.BattlePlaceReach"/> tokens after it.</summary>
    private string? BattleProvince(ReportText report, Sentence sentence, int scopeFrom)
    {
        foreach (var place in PlacesOfTheScope(report, sentence, scopeFrom))
        {
            var t = report.TokenAt(place.Start);
            for (var j = Math.Max(sentence.First, t - BattlePlaceReach - PhraseWords); j < t; j++)
            {
                if (lexicon.BattleNouns.MatchAt(report.Tokens, j) is { } battle && battle.Last < t && t - battle.Last <= BattlePlaceReach)
                {
                    return place.Entry.ProvinceCode;
                }
            }
        }
        return null;
    }

    /// <summary>A tally of the sentence, credited and scoped as announced, without figures or period yet.</summary>
    public static TallyDraft NewTally(ReportText report, Sentence sentence, TallyAnnouncement announcement)
    {
        var draft = new TallyDraft
        {
            Sentence = sentence,
            LastSentence = sentence.Index,
            ListStart = report.Layout.ListRunStart(sentence),
            EvidenceStart = report.Tokens[sentence.First].Start,
            EvidenceEnd = report.Tokens[sentence.Last].End,
            ReportedBy = announcement.ReportedBy,
        };
        draft.Scope.AddRange(announcement.Scope);
        return draft;
    }
}
