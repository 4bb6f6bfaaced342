using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// The side of a word that alone says none ("مقاتل", "عنصر") joined by و to a casualty of the forces under a martyrdom
/// trigger: "استشهاد آمر فوج ومقاتل" is two men of the forces. Iraqi statements and the press call only their own dead
/// martyrs (استشهد، استشهاد، نعت), never ISIS members, so the martyrdom word is the evidence of the joined man's side, as
/// it is of the first man's (ReadImplicit). The first man named as one of the forces ("مقتل آمر فوج ومقاتل", his side
/// explicit) is evidence too: one killing noun over two men joined by و tells one event's dead of one side, and an ISIS
/// member beside him would be named so ("ومقاتل من داعش", read first). Without either the joined man keeps the side the
/// text names for him, or none ("قتل مدني وعنصر آخر" is not counted by guess).
/// </summary>
internal sealed partial class SingularFigures
{
    private (CasualtySide Side, bool Explicit) SideOfJoinedFighter(TokenList tokens, Sentence s, PersonNoun noun, int first, int headLast, Figure figure)
    {
        var resolved = _sides.ResolveSide(tokens, s, noun, first, headLast, figure.Category);
        if (resolved.Explicit || figure.Side != CasualtySide.Security || figure.Category == CasualtyCategory.Arrested)
        {
            return resolved;
        }
        return figure.SideExplicit || MartyrdomBefore(tokens, s, figure.First) ? (CasualtySide.Security, true) : resolved;
    }

    /// <summary>A martyrdom word at the figure's first word or in the few words before it ("أعلن ... استشهاد آمر فوج").</summary>
    private bool MartyrdomBefore(TokenList tokens, Sentence s, int first)
    {
        for (var j = first; j >= Math.Max(s.First, first - AssemblerLimits.MartyrdomReach); j--)
        {
            if (lexicon.Martyrdom.MatchAt(tokens, j) is not null)
            {
                return true;
            }
        }
        return false;
    }
}
