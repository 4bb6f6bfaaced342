using System.Text;
using OpsTracker.Core.Extraction.Places;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Tests.Extraction.Places;

public class GazetteerPerformanceTests
{
    private static readonly Gazetteer G = Gazetteer.Default;

    [Fact]
    public void A_megabyte_of_random_characters_returns_without_throwing()
    {
        // Lone surrogates go to the matcher only: ArabicNormalizer rejects them (String.IsNormalized throws).
        var withLoneSurrogates = RandomText(loneSurrogates: true);
        var wellFormed = ArabicNormalizer.Normalize(RandomText(loneSurrogates: false)).Text;

        var a = G.FindAll(withLoneSurrogates);
        var b = G.FindAll(wellFormed);

        Assert.NotNull(a);
        Assert.NotNull(b);
    }

    private static string RandomText(bool loneSurrogates)
    {
        var random = new Random(20240601);
        const string alphabet = "ابتثجحخدذرسشصضطظعغفقكلمنهويءةىأإآؤئ ًٌٍَُّْـ  ,.()\"-\n0123456789abcXYZ#_/٠١٢٬،";
        var sb = new StringBuilder(1 << 20);
        while (sb.Length < 1 << 20)
        {
            if (random.Next(20) == 0)
            {
                sb.Append(loneSurrogates ? (char)random.Next(0xD800, 0xE000) : char.ConvertFromUtf32(random.Next(0x1F600, 0x1F650)));
            }
            else
            {
                sb.Append(alphabet[random.Next(alphabet.Length)]);
            }
        }
        return sb.ToString();
    }

    [Fact]
    public void A_megabyte_of_place_names_and_cues_is_matched_in_linear_time()
    {
        // Every word is a place name, a cue or a clitic form: the matcher's slowest path.
        var random = new Random(7);
        var words = G.Entries.SelectMany(e => e.Variants.Prepend(e.NameAr)).Where(n => n.Any(c => c is >= '\u0621' and <= '\u064A'))
            .Concat(["في", "قضاء", "ناحية", "جبال", "بالموصل", "وكركوك", "للموصل", "،", ".", "سلسلة", "جبال"]).ToArray();
        var sb = new StringBuilder(1 << 20);
        while (sb.Length < 1 << 20)
        {
            sb.Append(words[random.Next(words.Length)]).Append(' ');
        }
        var text = ArabicNormalizer.Normalize(sb.ToString()).Text;
        var eighth = text[..(text.Length / 8)];

        Assert.NotEmpty(G.FindAll(text));
        // 8x the text may cost at most 20x the time: far below quadratic (64x). The speed itself is a benchmark's.
        var (ts, tl) = Growth.SecondsPerRun(() => G.FindAll(eighth), () => G.FindAll(text));
        Assert.True(tl / ts < 20, $"8x the text took {tl / ts:0.0}x the time ({ts * 1000:0} ms, {tl * 1000:0} ms)");
    }
}
