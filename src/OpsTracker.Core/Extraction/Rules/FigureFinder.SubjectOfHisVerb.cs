using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Numbers;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// "قال المصدر إن قياديا في التنظيم قتل مع اثنين من مرافقيه"، "آمر السرية، فلان، قُتل إلى جانب أربعة من مقاتليه": the man
/// is the subject of a casualty verb in the singular, told before it, and the joiner after the verb ("مع"، "برفقة"،
/// "إلى جانب") adds the count to him. The comitative after a verb whose subject is one man counts him with the rest,
/// as "مقتل الوالي مع ثلاثة من مساعديه" does (<see cref="CountTheOwner"/>); only the verb stands between him and the joiner.
/// </summary>
internal sealed partial class FigureFinder
{
    /// <summary>How many words a casualty verb of one man may have ("لقي مصرعه"، "قتل").</summary>
    private const int HisVerbWords = 2;

    /// <summary>
    /// Whether a casualty word of <paramref name="figure"/>'s category ends at <paramref name="end"/> (right before
    /// the joiner) in the singular (no plural or dual ending "وا", no pronoun "هم"/"هما" on "مصرعهم"), and something
    /// of the sentence stands before it: its subject, the one man, told before the verb.
    /// </summary>
    private bool HisVerbEndsAt(TokenList tokens, Sentence s, int end, Figure figure)
    {
        for (var start = Math.Max(s.First + 1, end - HisVerbWords + 1); start <= end; start++)
        {
            if (lexicon.CasualtyTriggers.MatchAt(tokens, start) is not { } verb || verb.Last != end || verb.Value != figure.Category)
            {
                continue;
            }
            for (var j = start; j <= end; j++)
            {
                var text = tokens[j].Text;
                if (text.EndsWith("وا", StringComparison.Ordinal) || text.EndsWith("هم", StringComparison.Ordinal) || text.EndsWith("هما", StringComparison.Ordinal))
                {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /// <summary>
    /// "قُتل آمر السرية إلى جانب أربعة من مقاتليه": a count that names neither his companions nor others is added to the
    /// man only after an additive joiner ("إلى جانب"، "إضافة إلى": lexicon countJoiners, additiveOne connectors; "مع"
    /// alone may join people of another kind), and never when it counts civilians or his family ("مع ستة من أفراد
    /// عائلته": they are not of his side).
    /// </summary>
    private bool PlainCountBesideHim(TokenList tokens, Sentence s, int joiner, CountExpression count, Figure figure)
    {
        var additive = (lexicon.CountJoiners.MatchAt(tokens, joiner) ?? lexicon.AdditiveConnectors.MatchAt(tokens, joiner)) is { } m && m.Last == count.FirstToken - 1;
        if (!additive || figure.Side == CasualtySide.Civilian)
        {
            return false;
        }
        for (var j = figure.First; j <= Math.Min(s.Last, figure.Last + 1); j++)
        {
            if (lexicon.Companions.MatchAt(tokens, j) is { Value: true })
            {
                return false;
            }
        }
        return true;
    }
}
