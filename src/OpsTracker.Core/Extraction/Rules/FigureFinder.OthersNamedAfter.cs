using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// "وأدت المواجهة إلى إصابة أربعة آخرين من منتسبي الشرطة": "آخرين" is an adjective of a noun left out (the people), and a
/// partitive "من" after it names the group those others are part of. That group says whose they are, as it does after
/// a counted noun ("سبعة عناصر من الشرطة"): the people named before or the sentence's words are asked only when it does
/// not ("قتل ثلاثة من داعش وأصيب خمسة آخرون").
/// </summary>
internal sealed partial class FigureFinder
{
    /// <summary>The side the group named after "N آخرين من" gives, or null when none follows or it says no side.</summary>
    private CasualtySide? OthersNamedAfterSide(TokenList tokens, Sentence s, int first, int othersLast, CasualtyCategory category)
    {
        var j = othersLast + 1;
        if (j + 1 > s.Last || !tokens[j].IsWord || !lexicon.ForceAfterNounPrepositions.Contains(tokens[j].Text))
        {
            return null;
        }
        j = QuoteMarks.SkipQuotes(tokens, j + 1, s);
        if (j > s.Last)
        {
            return null;
        }
        if (lexicon.IsisOrgs.MatchAt(tokens, j) is not null)
        {
            return CasualtySide.Isis;
        }
        if (lexicon.SecurityOrgs.MatchAt(tokens, j) is not null)
        {
            return CasualtySide.Security;
        }
        if (lexicon.Persons.MatchAt(tokens, j) is not { } named)
        {
            return null;
        }
        var (side, isExplicit) = _sides.ResolveSide(tokens, s, named.Value, first, named.Last, category);
        return isExplicit && side != CasualtySide.Unknown ? side : null;
    }
}
