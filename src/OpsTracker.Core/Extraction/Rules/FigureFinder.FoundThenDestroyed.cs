using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// Hideouts found and something else destroyed: "العثور على 5 أوكار وتدمير عجلة مفخخة" tells that the forces found the
/// dens and destroyed a vehicle. A destroying verb after hideouts found destroys them only when it refers back to them
/// (a pronoun, "كافة الأوكار"); when its own object is a thing counted (lexicon countedThings: a vehicle, a device,
/// with or without a count before it) it destroyed that thing, and the hideouts stay found.
/// </summary>
internal sealed partial class FigureFinder
{
    /// <summary>The object right after a destroying verb at <paramref name="k"/> is a counted thing, its count aside.</summary>
    private bool DestroysAThing(TokenList tokens, Sentence s, int k)
    {
        if (k <= s.Last && tokens[k].IsNumber)
        {
            k++;
        }
        return k <= s.Last && lexicon.CountedThings.MatchAt(tokens, k) is not null;
    }
}
