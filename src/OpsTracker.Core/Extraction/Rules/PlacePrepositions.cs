using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// Where a count was: "ثلاثة منهم في محافظة نينوى" and "ثلاثة منهم بمحافظة نينوى" say the same. The preposition ب
/// joined to a noun of a place (lexicon placeNounsAfterBi: محافظة، قضاء، ناحية، قرية ...) is the locative "in", as
/// the free preposition في is; the readings that look for "في" right after a share or a gapped count ("واثنان في
/// كركوك") take it too. Only on such a noun: ب on any other word is "by" or "with" (بضربة، بقصف، برفقة).
/// </summary>
internal static class PlacePrepositions
{
    /// <summary>Whether word token <paramref name="t"/> opens where: "في", or ب joined to a noun of a place.</summary>
    public static bool OpensAPlace(Token t, ExtractionLexicon lexicon)
    {
        if (!t.IsWord)
        {
            return false;
        }
        var word = t.Text;
        if (word == Particles.Fi)
        {
            return true;
        }
        // The clitic preposition, alone or after the conjunction ("وبقضاء").
        var at = word.StartsWith(Particles.Bi, StringComparison.Ordinal) ? Particles.Bi.Length
            : word.StartsWith(Particles.Wa + Particles.Bi, StringComparison.Ordinal) ? Particles.Bi.Length + 1 : -1;
        return at > 0 && word.Length > at && lexicon.PlaceNounsAfterBi.Contains(word[at..]);
    }
}
