using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Numbers;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// Duals the word alone does not tell, told by what agrees with them. Unvowelled "طيارين" is a sound plural or an
/// oblique dual; a dual pronoun that refers back to it ("مقتل طيارين أسقط التنظيم طائرتهما") says two. A noun no
/// word list names is a dual when a nisba adjective in the dual agrees with it ("قتل زعيمان تركمانيان"): the
/// grammar, not a list of duals, counts them.
/// </summary>
internal sealed partial class FigureFinder
{
    /// <summary>
    /// How far after the noun its dual pronoun ("طائرتهما") is looked for: a relative verb, its subject and the
    /// object that carries the pronoun; further, the pronoun may be another pair's.
    /// </summary>
    private const int DualPronounReach = 5;

    /// <summary>Shortest word that is a stem and a dual ending ("جندي" + "ان" is six letters; "زعيمان" six).</summary>
    private const int ShortestDualWord = 5;

    /// <summary>
    /// At a casualty trigger: the indefinite noun of people right after it counted as two when the grammar says dual, by
    /// a dual pronoun after a "-ين" noun or by a dual nisba adjective after a "-ان" noun the lists do not know. Null
    /// otherwise (the cheap tests on the word's ending first).
    /// </summary>
    private Figure? ReadDualByAgreement(TokenList tokens, Sentence s, int i, List<Figure> earlier)
    {
        if (lexicon.CasualtyTriggers.MatchAt(tokens, i) is not { } trigger || trigger.Last + 1 > s.Last)
        {
            return null;
        }
        var n = trigger.Last + 1;
        var word = tokens[n];
        if (!word.IsWord || word.Text.Length < ShortestDualWord || Article.Begins(word.Text)
            || (earlier.Count > 0 && earlier[^1].Last >= n))
        {
            return null;
        }
        PersonNoun? noun = null;
        if (word.Text.EndsWith("ين", StringComparison.Ordinal) && _persons.At(tokens, n) is { Value.Number: GrammaticalNumber.Plural } plural
            && plural.Last == n && HasDualPronounAfter(tokens, s, n))
        {
            noun = plural.Value with { Number = GrammaticalNumber.Dual };
        }
        else if (word.Text.EndsWith("ان", StringComparison.Ordinal) && n + 1 <= s.Last && IsDualNisba(tokens[n + 1]) && _persons.At(tokens, n) is null
            && lexicon.Hideouts.MatchAt(tokens, n) is null)
        {
            noun = new PersonNoun(CasualtySide.Unknown, GrammaticalNumber.Dual, true);
        }
        if (noun is null)
        {
            return null;
        }
        var last = noun.Side == CasualtySide.Unknown ? n + 1 : n;
        return PersonFigure(tokens, s, new CountExpression(n, n, 2, false, true), noun, last, trigger.Value, earlier, "dual-by-agreement");
    }

    /// <summary>"طائرتهما"، "مركبتهما"، "كلاهما": a word carrying the dual pronoun within reach after the noun.</summary>
    private static bool HasDualPronounAfter(TokenList tokens, Sentence s, int n)
    {
        for (var j = n + 1; j <= Math.Min(s.Last, n + DualPronounReach); j++)
        {
            if (tokens[j].IsSentenceBreak)
            {
                return false;
            }
            if (tokens[j].IsWord && tokens[j].Text.Length >= ShortestDualWord && tokens[j].Text.EndsWith("هما", StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"تركمانيان"، "عراقيان"، "مدنيان": an indefinite nisba adjective in the nominative dual (-يان).</summary>
    private static bool IsDualNisba(Token t) =>
        t.IsWord && t.Text.Length >= ShortestDualWord + 1 && t.Text.EndsWith("يان", StringComparison.Ordinal) && !Article.Begins(t.Text);
}
