using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// An indefinite noun of the dead or the wounded without a numeral stands where a count would, and counts one or two,
/// not only after a casualty verb (<see cref="ReadVictimNoun"/>) but as the object of a verb whose object is an
/// outcome: a verb of resulting, of leaving or inflicting, or a toll's verb of reaching ("خلّف قتيلا في صفوف الجيش"،
/// "أسفر الهجوم عن جريحين"، "ارتفعت الحصيلة إلى شهيدين و11 جريحا"; lexicon victimNounGovernors). The accusative
/// of the singular ("قتيلا"، "جريحا") is the form such an object takes, so the lexicon lists it beside the bare one.
/// </summary>
internal sealed partial class SingularFigures
{
    /// <summary>How many words a governing verb with its preposition may take ("ارتفعت إلى"، "أسفرت عن").</summary>
    private const int GovernorWords = 2;

    /// <summary>
    /// A verb of lexicon victimNounGovernors ends right before the noun at <paramref name="i"/>; or the noun is what a
    /// toll rose to, its verb and subject before "إلى" ("لترتفع الحصيلة إلى شهيدين"، "ارتفع عدد الضحايا إلى قتيلين":
    /// <see cref="FigureRelations.IsCorrection(Lexicon.ExtractionLexicon, TokenList, Sentence, int)"/>).
    /// </summary>
    private bool GovernedAsOutcome(TokenList tokens, Sentence s, int i)
    {
        if (FigureRelations.IsCorrection(lexicon, tokens, s, i))
        {
            return true;
        }
        for (var start = Math.Max(s.First, i - GovernorWords); start < i; start++)
        {
            if (tokens[start].IsWord && lexicon.VictimNounGovernors.MatchAt(tokens, start) is { } governor && governor.Last == i - 1)
            {
                return true;
            }
        }
        return false;
    }
}
