using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// "أسفر عن سقوط 25 قتيلا وجريحا"، "أكثر من 40 قتيلا وجريحا": one count told with the nouns of two outcomes joined by
/// و, the dead and the wounded together. As "مقتل وإصابة 25" (a count for two outcomes), it is a figure of neither.
/// </summary>
internal sealed partial class FigureFinder
{
    /// <summary>
    /// Whether the category noun <paramref name="noun"/> right after a count is followed, with nothing but و between
    /// them, by a category noun of another outcome that has no count of its own ("قتيلا وجريحا"، "قتلى وجرحى"). A
    /// second noun with its own count ("11 قتيلا و4 جرحى") is a second figure and stays.
    /// </summary>
    private bool IsTwoOutcomeNouns(IReadOnlyList<Token> tokens, Sentence s, PhraseMatch<Domain.CasualtyCategory> noun)
    {
        var next = noun.Last + 1;
        if (next <= s.Last && tokens[next].Text == "و")
        {
            next++;
        }
        if (next > s.Last || !Coordination.JoinedByWa(tokens, s, next))
        {
            return false;
        }
        return lexicon.CategoryNouns.MatchAt(tokens, next) is { } other && other.Value != noun.Value;
    }
}
