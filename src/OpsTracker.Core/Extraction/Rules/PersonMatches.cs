using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// The noun of people at a token (<c>lexicon.Persons.MatchAt</c>), the last answer kept: the implicit readers of the
/// figure finder and of <see cref="SingularFigures"/> ask it of the same token one after another (up to seven times at
/// a token that may start a noun of people). It holds the last match, so it is made per report with the finder and
/// shared by that report's readers only.
/// </summary>
internal sealed class PersonMatches(ExtractionLexicon lexicon)
{
    /// <summary>The token list and index <see cref="_last"/> was read at (-1: none yet).</summary>
    private TokenList? _lastTokens;
    private int _lastAt = -1;
    private PhraseMatch<PersonNoun>? _last;

    /// <summary><c>lexicon.Persons.MatchAt(tokens, i)</c>, read once per token in a row.</summary>
    public PhraseMatch<PersonNoun>? At(TokenList tokens, int i)
    {
        if (i != _lastAt || !ReferenceEquals(tokens, _lastTokens))
        {
            _last = lexicon.Persons.MatchAt(tokens, i);
            _lastTokens = tokens;
            _lastAt = i;
        }
        return _last;
    }
}
