using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// A group's size and its arrest are often told apart: "اعتقال مجموعة تابعة للتنظيم" in the lead, "المجموعة مكونة من
/// 10 أشخاص" below; "تفكيك خلية مكونة من 4 إرهابيين" with "القبض على عناصر الخلية" in another sentence. An arrest word
/// whose object is the group as a whole (a cell or group noun right after it, or after a noun of its members, lexicon
/// cellArrestTold) tells that all of it was taken, so the size the report gives the group is the count of the
/// arrested, as when an arrest of "them" follows the size (<see cref="CellMembersArrested"/>). A size followed in its
/// sentence by another count ("تتألف من 57 عنصرا، قتل 3 منهم") is parted, and the parts are what happened to it.
/// </summary>
internal sealed partial class FigureFinder
{
    /// <summary>A cell noun (lexicon cellMembers.cells) or a collective noun of men (cellArrestTold.groupNouns) at <paramref name="j"/>.</summary>
    private bool IsGroupNounAt(TokenList tokens, int j) =>
        lexicon.CellNouns.MatchAt(tokens, j) is not null || tokens[j].ReadsAsOneOf(lexicon.CellGroupNouns);

    /// <summary>
    /// Whether the report tells the arrest of a group as a whole (an arrest word, then at most two words of its members
    /// such as "جميع عناصر", then a group noun), and the size's sentence counts nothing more after the size's noun.
    /// Asked only of a sized group (rare), so the scan over the report's words is cheap.
    /// </summary>
    private bool CellArrestTold(TokenList tokens, Sentence s, int sizeLast)
    {
        for (var k = sizeLast + 1; k <= s.Last; k++)
        {
            if (tokens[k].IsNumber && !_blocked[k])
            {
                return false;
            }
        }
        for (var j = 0; j < tokens.Count; j++)
        {
            if (lexicon.CasualtyTriggers.MatchAt(tokens, j) is not { Value: CasualtyCategory.Arrested } arrest)
            {
                continue;
            }
            var k = arrest.Last + 1;
            for (var members = 0; members < MemberNounsBeforeTheGroup && k < tokens.Count && tokens[k].ReadsAsOneOf(lexicon.CellMemberNouns); members++)
            {
                k++;
            }
            if (k < tokens.Count && IsGroupNounAt(tokens, k))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Words of the members between an arrest word and the group: "جميع عناصر الخلية" (two).</summary>
    private const int MemberNounsBeforeTheGroup = 2;
}
