using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// "قتل قياديين اثنين من داعش، وثالث كان معهما" = 3, "اعتقال ثلاثة مطلوبين ورابع" = 4: an indefinite ordinal joined by و
/// after people counted stands for one more of them, the one that makes them as many as the ordinal says (the ordinal
/// used as a noun, "and a third"). Only the ordinal that follows the count (two, then "a third") is read so: any other
/// names a rank or a round, not the next man. One told at a place of its own ("ورابع في كركوك") is an item of a gapped
/// list, another operation's, and is left alone.
/// </summary>
internal sealed partial class SingularFigures
{
    /// <summary>
    /// Whether the word at <paramref name="i"/> is "و" and the ordinal of one more than <paramref name="figure"/> counts,
    /// not followed by a place of its own.
    /// </summary>
    private bool IsNextInLine(TokenList tokens, Sentence s, int i, Figure figure) =>
        figure.Count < int.MaxValue && numbers.OrdinalAfterWa(tokens[i]) is { } ordinal && ordinal == figure.Count + 1
        && !(i + 1 <= s.Last && PlacePrepositions.OpensAPlace(tokens[i + 1], lexicon));
}
