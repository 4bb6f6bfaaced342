using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Places;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// What the words before one of a report's place mentions name it as: the area of a command (the force that acts, its
/// partner, or the command a unit belongs to), the seat of the teller of the news, an ISIS title, where something is,
/// a kind of place. Made once per report, on first ask, by <see cref="ReportText.PlaceRoles"/>.
/// </summary>
internal sealed class PlaceRoles(ReportText report)
{
    private readonly TokenList _tokens = report.Tokens;
    private readonly ExtractionLexicon _lexicon = report.Lexicon;

    /// <summary>
    /// "هاجموا الفوج الثالث من اللواء 22 التابع لقيادة عمليات كركوك" (lexicon containerWords, then operationsCommandPrefix
    /// with the article's lam): the command a unit belongs to names its province, not where the unit was hit; units of a
    /// command are posted in the provinces around it. "ضمن قاطع عمليات سامراء" (no container word) still locates.
    /// <paramref name="t"/> is the place's first token.
    /// </summary>
    public bool IsParentCommand(int t)
    {
        for (var k = t - 1; k >= Math.Max(1, t - 2); k--)
        {
            if (_lexicon.OperationsCommandPrefix.MatchAt(_tokens, k) is { } cmd && cmd.Last == t - 1
                && _tokens[cmd.First - 1].ReadsAsOneOf(_lexicon.ContainerWords))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "فتشت سرية من قيادة عمليات الأنبار ..."، "في قاطع عمليات ديالى فتشت سرية ...": a province named
    /// right after an operations command (lexicon operationsCommandPrefix) or a sector noun (lexicon sectorNouns, with
    /// or without "عمليات" between) names the area of the force that acts, not a partner's ("بالتعاون مع قيادة عمليات
    /// ...") nor the command a unit belongs to ("التابع لقيادة عمليات ...").
    /// </summary>
    public bool IsActingCommand(PlaceMention p)
    {
        if (p.Entry.Type != PlaceType.Province)
        {
            return false;
        }
        var t = report.TokenAt(p.Start);
        var byCommand = false;
        for (var k = t - 1; k >= Math.Max(0, t - 2) && !byCommand; k--)
        {
            byCommand = _lexicon.OperationsCommandPrefix.MatchAt(_tokens, k) is { } cmd && cmd.Last == t - 1;
        }
        var bySector = (t >= 1 && IsSectorNoun(t - 1)) || (t >= 2 && _tokens[t - 1].Text == "عمليات" && IsSectorNoun(t - 2));
        return (byCommand || bySector) && !IsParentCommand(t) && !IsPartnerCommand(p);
    }

    private bool IsSectorNoun(int k) => _tokens[k].ReadsAsOneOf(_lexicon.SectorNouns);

    /// <summary>
    /// "وبالتعاون مع قيادة عمليات صلاح الدين، قصفت الطائرات ... قرب حديثة" (lexicon partnerCommandCues, partnerWith,
    /// then operationsCommandPrefix): the province named by the command an operation was coordinated with. The command
    /// is a partner, not a place; its area does not locate the clause when the clause names a place of its own
    /// (OperationPlaces.Locate keeps it when it is the only place named).
    /// </summary>
    public bool IsPartnerCommand(PlaceMention p)
    {
        var t = report.TokenAt(p.Start);
        for (var k = t - 1; k >= Math.Max(2, t - 2); k--)
        {
            if (_lexicon.OperationsCommandPrefix.MatchAt(_tokens, k) is { } cmd && cmd.Last == t - 1 && cmd.First >= 2
                && _tokens[cmd.First - 1].IsWord && _lexicon.PartnerWith.Contains(_tokens[cmd.First - 1].Text)
                && _tokens[cmd.First - 2].ReadsAsOneOf(_lexicon.PartnerCommandCues))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "أفاد مصدر أمني في محافظة كركوك بأن قوة ... في ناحية سليمان بيك", "قال مراسل السومرية نيوز في ديالى": a place
    /// right after the teller of the news (lexicon sourceNouns; up to <see cref="AssemblerLimits.SourceLocationWords"/>
    /// words of his description, then "في" and up to as many words such as "محافظة" or "شرطة") is where he sits, like
    /// a dateline: it locates an operation only when the sentence names no other place.
    /// </summary>
    public bool IsSourceLocation(PlaceMention p)
    {
        // "في كركوك", "في محافظة كركوك", "في شرطة نينوى", "في قيادة عمليات ديالى".
        var at = report.TokenAt(p.Start) - 1;
        for (var between = 0; between < AssemblerLimits.SourceLocationWords && at >= 0 && _tokens[at].IsWord && _tokens[at].Text != In; between++)
        {
            at--;
        }
        if (at < 0 || !_tokens[at].IsWord || _tokens[at].Text != In)
        {
            return false;
        }
        for (var back = 1; back <= AssemblerLimits.SourceLocationWords + 1 && at - back >= 0; back++)
        {
            var w = _tokens[at - back];
            // "قال مصدر إن القوات في كركوك": the place is in what he said.
            if (!w.IsWord || w.Text is "ان" or "بان")
            {
                return false;
            }
            if (w.Readings.AnyIn(_lexicon.SourceNouns))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"في" normalised.</summary>
    private const string In = "في";

    /// <summary>
    /// Whether place <paramref name="p"/> is told as where something is: "في" or "وفي" before it or before the division
    /// noun that opens it ("في محافظة ديالى", "في ناحية العلم"), or the preposition "ب" on its first word or on that
    /// noun ("بمحافظة ديالى", "بالموصل").
    /// </summary>
    public bool IsToldAsWhere(PlaceMention p)
    {
        var t = report.TokenAt(p.Start);
        var first = _tokens[t].Text;
        if ((first.StartsWith('ب') || first.StartsWith("وب", StringComparison.Ordinal)) && !p.Surface.StartsWith('ب'))
        {
            return true;
        }
        for (var k = t - 1; k >= 0 && k >= t - 2; k--)
        {
            var token = _tokens[k];
            if (!token.IsWord)
            {
                return false;
            }
            if (token.Text is "في" or "وفي")
            {
                return true;
            }
            if (!token.Readings.AnyIn(_lexicon.ContainmentWords))
            {
                return false;
            }
            if (token.Text.StartsWith('ب') || token.Text.StartsWith("وب", StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"صحراء كربلاء", "جبال حمرين", "أطراف الموصل": the name follows a noun for a kind of place.</summary>
    public bool AfterPlaceNoun(PlaceMention p)
    {
        var t = report.TokenAt(p.Start);
        return t >= 1 && _tokens[t - 1].ReadsAsOneOf(_lexicon.PlaceKindNouns);
    }

    /// <summary>"والي الموصل"، "ولاية صلاح الدين": a place right after an ISIS title (lexicon isisTitles) names the title, not where anything happened.</summary>
    public bool IsIsisTitle(PlaceMention p)
    {
        var t = report.TokenAt(p.Start);
        return t >= 1 && _lexicon.IsisTitles.MatchAt(_tokens, t - 1) is { } m && m.Last == t - 1;
    }
}
