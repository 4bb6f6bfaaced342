using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// Words joined by the conjunction و, written on the word ("و4 جرحى") or alone before it ("و 4 جرحى"): how the
/// figure finder and the tally reader tell that a count goes on from the one before it.
/// </summary>
internal static class Coordination
{
    /// <summary>The word at <paramref name="position"/> is joined by و: "و2" or "و 2".</summary>
    public static bool JoinedByWa(TokenList tokens, Sentence s, int position) =>
        tokens[position].Text.StartsWith('و') || (position > s.First && tokens[position - 1].Text == Particles.Wa);

    /// <summary>
    /// The word at <paramref name="next"/> is joined by و right after the one at <paramref name="last"/>, nothing
    /// between them but the conjunction ("11 قتيلا و4 جرحى", "270 إرهابيا و 10 قناصين").
    /// </summary>
    public static bool JoinedRightAfter(TokenList tokens, int last, int next) =>
        (next == last + 1 && tokens[next].Text.StartsWith('و')) || (next == last + 2 && tokens[last + 1].Text == Particles.Wa);
}
