using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Places;
using static OpsTracker.Core.Extraction.Rules.AssemblerLimits;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// Where an operation happened: the province and place its clause or sentence names nearest its figures, with the
/// places that only point, tell who tells the news or describe a man set aside; else the province told before it.
/// Holds only the lexicon and the gazetteer: safe to share.
/// </summary>
internal sealed partial class OperationPlaces(ExtractionLexicon lexicon, Gazetteer gazetteer)
{
    internal (string? Province, string? Place) Locate(ReportText report, Sentence s, int firstFigureToken, int lastFigureToken = -1)
    {
        List<PlaceMention>? mentions = null;
        foreach (var p in report.PlaceReadings.PlacesIn(s))
        {
            if (!report.PlaceDirections.IsDirectionOnly(p))
            {
                (mentions ??= []).Add(p);
            }
        }
        if (mentions is not null && lastFigureToken >= 0)
        {
            KeepBeforeTheNextCoordinatedClause(report, s, lastFigureToken, mentions);
            // "بينهم المدعو فلان، أحد الأمراء السابقين في الحويجة": where a man served is not where it happened.
            PersonDescriptions.RemoveFrom(report, lexicon, mentions, s);
            if (mentions.Count == 0)
            {
                mentions = null;
            }
        }
        // "وقال الناطق في مؤتمر صحافي ببغداد إن ...": where he spoke is no place of what he tells.
        mentions?.RemoveAll(p => AtAPressConference(report, p));
        if (mentions is { Count: 0 })
        {
            mentions = null;
        }
        // Most sentences asked name no place: a loop, and the rest in a method of its own, build nothing for them.
        return mentions is null ? (null, null) : LocateAmong(report, s, mentions, firstFigureToken);
    }

    /// <summary>A press conference (lexicon pressConferences) ends at most <see cref="AssemblerLimits.PressConferencePlaceReach"/> tokens before the place.</summary>
    private bool AtAPressConference(ReportText report, PlaceMention p)
    {
        var t = report.TokenAt(p.Start);
        for (var k = t - 1; k >= Math.Max(0, t - 1 - AssemblerLimits.PressConferencePlaceReach - 2); k--)
        {
            if (lexicon.PressConferences.MatchAt(report.Tokens, k) is { } m && m.Last < t && t - m.Last <= AssemblerLimits.PressConferencePlaceReach)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "ضربت طائرة مخبأ لداعش في وادي الشاي، وتعاني قرى محافظتي نينوى والأنبار من هجمات": the places of a coordinated
    /// clause after the figures (<see cref="CoordinatedClauses.OpensAt"/>) are that clause's, so where a place is
    /// named before it they are dropped; where none is, they stay ("قتلت 3 إرهابيين، وجرت العملية في قضاء الحويجة").
    /// </summary>
    private static void KeepBeforeTheNextCoordinatedClause(ReportText report, Sentence s, int lastFigureToken, List<PlaceMention> mentions)
    {
        if (report.Layout.CoordinatedClauseAfter(s, lastFigureToken) is not { } comma)
        {
            return;
        }
        var boundary = report.Tokens[comma].Start;
        // The command that tells the news ("وذكرت قيادة عمليات بغداد أن ...") names no place of the figures (TellingCommands).
        if (mentions.Exists(p => p.Start < boundary && !TellingCommands.Is(report, report.Lexicon, p)) && mentions.Exists(p => p.Start > boundary))
        {
            mentions.RemoveAll(p => p.Start > boundary);
        }
    }

    /// <summary><see cref="Locate"/> among the places of <paramref name="s"/> that are no direction only (at least one).</summary>
    private (string? Province, string? Place) LocateAmong(ReportText report, Sentence s, List<PlaceMention> mentions, int firstFigureToken)
    {
        // "وبالتعاون مع قيادة عمليات صلاح الدين ... قرب حديثة": a partner command yields to a place the clause names.
        if (mentions.Count > 1 && mentions.Any(p => p.Entry.Type != PlaceType.Province))
        {
            mentions.RemoveAll(p => p.Entry.Type == PlaceType.Province && report.PlaceRoles.IsPartnerCommand(p));
        }
        // "وذكرت قيادة عمليات بغداد أن ... بالأنبار": so does the command that tells the news (TellingCommands).
        if (mentions.Count > 1 && mentions.Exists(p => p.Entry.Type == PlaceType.Province) && mentions.Exists(p => !TellingCommands.Is(report, lexicon, p)))
        {
            mentions.RemoveAll(p => TellingCommands.Is(report, lexicon, p));
        }
        var named = mentions.Where(p => p.Entry.Type == PlaceType.Province).Select(p => p.Entry.ProvinceCode!).Distinct().ToList();
        var at = report.Tokens[firstFigureToken].Start;
        string? province = null;
        string? place = null;
        // Nearest the figure first; where the teller of the news sits only when nothing else is named.
        foreach (var p in NearestFirst(report, mentions, at))
        {
            // "وادي الشاي جنوبي كركوك": a bearing from a capital places nothing itself, but it tells which of its
            // candidate provinces a place on a border is in.
            var code = report.PlaceReadings.ProvinceOf(p) ?? gazetteer.ResolveProvince(p.Entry, named) ?? gazetteer.ResolveProvince(p.Entry, BearingProvinces(report, s))
                ?? gazetteer.ResolveProvince(p.Entry, report.PlaceReadings.DatelineProvinces);
            if (code is not null && NamesakeLocality(report, p, code))
            {
                code = null;
            }
            // "بمحافظة كركوك قريبا من تكريت": a landmark says where the place before it lies; when that place has a
            // province of its own, the landmark's (nearer the figure or not) is not the operation's.
            if (code is not null && province is null && LandmarkYields(report, p, mentions))
            {
                continue;
            }
            if (p.Entry.Type != PlaceType.Province && place is null && !report.PlaceDirections.IsLandmark(p, mentions))
            {
                place = PlaceText(report, p);
                province ??= code;
            }
            province ??= code;
        }
        return (province, place);
    }

    /// <summary>
    /// The mentions ordered as <c>OrderBy(IsSourceLocation).ThenBy(distance to <paramref name="at"/>)</c> would (a
    /// stable sort): where the teller sits (a source's seat, or an official's: <see cref="OfficeSeats"/>) last, then
    /// nearest first. Without LINQ's ordered enumerable and its two
    /// delegates per call, and the list itself when it holds one mention (most do).
    /// </summary>
    private static List<PlaceMention> NearestFirst(ReportText report, List<PlaceMention> mentions, int at)
    {
        if (mentions.Count < 2)
        {
            return mentions;
        }
        var keyed = new (bool Source, int Distance, int Index)[mentions.Count];
        for (var k = 0; k < keyed.Length; k++)
        {
            keyed[k] = (report.PlaceRoles.IsSourceLocation(mentions[k]) || OfficeSeats.Is(report, mentions[k]), Math.Abs(mentions[k].Start - at), k);
        }
        // The index breaks ties: the order of equal keys is the list's, as LINQ's stable sort keeps it.
        Array.Sort(keyed, static (x, y) => x.Source != y.Source ? x.Source.CompareTo(y.Source)
            : x.Distance != y.Distance ? x.Distance.CompareTo(y.Distance) : x.Index.CompareTo(y.Index));
        var ordered = new List<PlaceMention>(keyed.Length);
        foreach (var (_, _, index) in keyed)
        {
            ordered.Add(mentions[index]);
        }
        return ordered;
    }

    /// <summary>
    /// Whether landmark <paramref name="p"/> (<see cref="PlaceDirections.IsLandmark"/>) locates a place of
    /// <paramref name="mentions"/> whose own province the report or the gazetteer knows and differs from its own: that
    /// place's province, not the landmark's, is where it happened.
    /// </summary>
    /// <remarks>
    /// Only for a place told as where ("في قضاء طوزخورماتو ..."، "بناحية العلم شرقي ..."): a camp "على حدود دهوك
    /// المحاذية لنينوى" is described, not told as where, and the landmark is the nearer truth of where things happen.
    /// </remarks>
    private static bool LandmarkYields(ReportText report, PlaceMention p, List<PlaceMention> mentions) =>
        report.PlaceDirections.LocatedBy(p, mentions) is { } located && report.PlaceReadings.ProvinceOf(located) is { } own && own != report.PlaceReadings.ProvinceOf(p)
        && report.PlaceRoles.IsToldAsWhere(located);

    /// <summary>
    /// "في منطقة السلام بالموصل ... في منطقة الرفاعي": a district's or sub-district's name after a locality noun
    /// (lexicon localityNouns: منطقة، حي، محلة) in a report that names places of another province, and no other place
    /// of the district's own, is a neighbourhood there bearing the district's name: a division is told by its own noun
    /// (قضاء، ناحية) or bare, a locality of a town by منطقة or حي. Its province is left to the other places and context.
    /// </summary>
    private bool NamesakeLocality(ReportText report, PlaceMention p, string code)
    {
        if (p.Entry.Type is not (PlaceType.District or PlaceType.SubDistrict) || report.PlaceReadings.ProvinceOf(p) != p.Entry.ProvinceCode)
        {
            return false;
        }
        var t = report.TokenAt(p.Start);
        if (t < 1 || !report.Tokens[t - 1].ReadsAsOneOf(lexicon.LocalityNouns))
        {
            return false;
        }
        var other = false;
        foreach (var o in report.Sentences.SelectMany(report.PlaceReadings.PlacesIn))
        {
            if (o.Entry == p.Entry || report.PlaceDirections.IsDirectionOnly(o) || report.PlaceReadings.ProvinceOf(o) is not { } c)
            {
                continue;
            }
            if (c == code)
            {
                return false;
            }
            other = true;
        }
        return other;
    }

    /// <summary>The provinces whose capitals the sentence gives a bearing from ("جنوبي كركوك").</summary>
    internal static IEnumerable<string> BearingProvinces(ReportText report, Sentence s) =>
        report.PlaceReadings.PlacesIn(s).Where(report.PlaceDirections.IsBearingFromCapital).Select(p => p.Entry.ProvinceCode).OfType<string>();

    /// <summary>
    /// The place as the text names it, without a joined "و" or "ب" ("ووادي الشاي" reads "وادي الشاي"), on one line: a
    /// name a hard-wrapped page breaks ("وادي" | "حوران") is the same place as the name on one line.
    /// </summary>
    internal static string PlaceText(ReportText report, PlaceMention p)
    {
        var span = report.Text.Text[p.Start..p.End];
        var at = span.IndexOf(p.Surface, StringComparison.Ordinal);
        if (at < 0 && Text.Article.Begins(p.Surface))
        {
            // "للموصل": the article was put back in the surface.
            at = span.IndexOf(Text.Article.Without(p.Surface), StringComparison.Ordinal);
        }
        return OnOneLine(report.Text.EvidenceFor(p.Start + Math.Max(0, at), p.End).Text);
    }

    /// <summary>The text with each run of white space that holds a line break read as one space.</summary>
    private static string OnOneLine(string text)
    {
        if (text.AsSpan().IndexOfAny('\n', '\r') < 0)
        {
            return text;
        }
        var b = new System.Text.StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                b.Append(text[i++]);
                continue;
            }
            var start = i;
            var lineBreak = false;
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                lineBreak |= text[i] is '\n' or '\r';
                i++;
            }
            b.Append(lineBreak ? " " : text[start..i]);
        }
        return b.ToString();
    }

    /// <summary>
    /// An operation told without a place takes the province of its paragraph, else the report's only one, else the
    /// one its head names, else a regional dateline's.
    /// </summary>
    internal string? InheritedProvince(ReportText report, Sentence sentence, out bool byBearing)
    {
        byBearing = false;
        // The sentences before it in its paragraph or among the three before it: paragraphs only grow with the
        // index, so they are one run ending just before the sentence, read backwards.
        for (var i = sentence.Index - 1; i >= 0; i--)
        {
            var s = report.Sentences[i];
            if (s.Paragraph != sentence.Paragraph && s.Index < sentence.Index - ProvinceLookBack)
            {
                break;
            }
            if (ProvinceOfSentence(report, s) is { } p)
            {
                byBearing = OnlyByBearing(report, s, p);
                return p;
            }
        }
        return report.PlaceReadings.OnlyProvince ?? report.PlaceReadings.HeadProvince ?? report.PlaceReadings.RegionalDatelineProvince;
    }

    /// <summary>
    /// The province <see cref="Locate"/> finds in sentence <paramref name="s"/> from its first token: a pure function of
    /// the report's places, asked again for every draft of every sentence after it in its paragraph. Kept per report in
    /// <see cref="ReportText.SentenceProvinces"/>.
    /// </summary>
    private string? ProvinceOfSentence(ReportText report, Sentence s)
    {
        var kept = report.SentenceProvinces ??= new (bool, string?)[report.Sentences.Count];
        if (!kept[s.Index].Known)
        {
            kept[s.Index] = (true, Locate(report, s, s.First).Province);
        }
        return kept[s.Index].Province;
    }
}
