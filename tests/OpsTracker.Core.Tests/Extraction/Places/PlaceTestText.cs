using OpsTracker.Core.Extraction.Places;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Tests.Extraction.Places;

internal static class PlaceTestText
{
    /// <summary>Normalises a sentence as the extractor does and finds its places with the default gazetteer.</summary>
    public static IReadOnlyList<PlaceMention> Find(string sentence, out string normalized)
    {
        normalized = ArabicNormalizer.Normalize(sentence).Text;
        return Gazetteer.Default.FindAll(normalized);
    }

    public static IReadOnlyList<PlaceMention> Find(string sentence) => Find(sentence, out _);

    public static string[] Ids(string sentence) => Find(sentence).Select(m => m.Entry.Id).ToArray();
}
