using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// "استخدم التنظيم انتحاريين عربا"، "قتلى وجرحى بهجومين انتحاريين": a nisba noun of people in -يين is, unvowelled,
/// both the dual (انتحاريَّيْن) and the sound plural (انتحاريِّين), and the plural is the usual one: news Arabic that
/// means two says so with the numeral after the noun ("انتحاريين اثنين", read before this) or agrees with it in the
/// dual ("فجرا نفسيهما"). With neither, the noun names people (or, after a dual noun of a thing, is that thing's
/// adjective) and counts nobody, as its definite form does (<see cref="SingularFigures.IsDefinitePluralLookalike"/>). Read where the
/// noun is met on its own (<see cref="ReadDual"/>: an object of another verb, a predicate, an adjective); right after a
/// verb or noun of killing or arrest the bare dual stays two, since a report that tells "two killed" that way names the
/// two one by one after it ("أحدهما ... والآخر").
/// </summary>
internal sealed partial class FigureFinder
{
    /// <summary>
    /// "اثنين"، "إثنيين"، "اثنتين": the stem of the numeral two, which NumberReader may not read when misspelt. Token text
    /// is normalised to one alef, so the hamza spellings read as "اثن" too.
    /// </summary>
    private static bool IsSpeltTwo(string word) => word.StartsWith("اثن", StringComparison.Ordinal);

    /// <summary>
    /// Whether the indefinite -ين noun at <paramref name="i"/> is one the lexicon lists as a plural of people too
    /// (persons.*.plural) and no dual pronoun ("هما"، "ـهما") follows it within <see cref="AssemblerLimits.DualAgreementReach"/>
    /// tokens: then it is the plural. A noun listed only as a dual ("شرطيين"، "جنديين") is the dual.
    /// </summary>
    private bool IsIndefinitePluralLookalike(TokenList tokens, int i)
    {
        if (!tokens[i].Text.EndsWith("يين", StringComparison.Ordinal) || Article.IsCarriedBy(tokens[i].Text))
        {
            return false;
        }
        // "مدنيين اثنين"، "انتحاريين إثنيين": the numeral two after the noun, however it is spelt (its stem اثن).
        if (i + 1 < tokens.Count && tokens[i + 1].IsWord && (numbers.WordValue(tokens[i + 1].Text) == 2 || IsSpeltTwo(tokens[i + 1].Text)))
        {
            return false;
        }
        for (var k = i + 1; k < tokens.Count && k <= i + AssemblerLimits.DualAgreementReach && !tokens[k].IsSentenceBreak; k++)
        {
            if (tokens[k].IsWord && tokens[k].Text.EndsWith("هما", StringComparison.Ordinal))
            {
                return false;
            }
        }
        foreach (var reading in tokens[i].Readings)
        {
            if (reading.EndsWith("يين", StringComparison.Ordinal) && lexicon.PluralPersonForms.Contains(reading))
            {
                return true;
            }
        }
        return false;
    }
}
