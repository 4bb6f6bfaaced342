using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// A gapped verb (helper events18, session 18; every sentence here is INVENTED): "، وN آخرين في PLACE" after a comma
/// is the second object of the verb before, which it does not repeat; the others share the fate of the people first
/// counted, and their own place makes them an operation of their own.
/// </summary>
public class GappedOthersTests18
{
    private static readonly ArabicReportExtractor Extractor = new();

    private static ExtractionResult Read(string text) => Extractor.Extract(text, new DateOnly(2022, 5, 3));

    [Fact]
    public void Others_after_a_comma_share_the_arrest_and_keep_their_own_place()
    {
        var result = Read("اعتقلت القوات إرهابيين اثنين في نينوى، و4 آخرين في كركوك.");
        Assert.Equal(6, Count(result, CasualtySide.Isis, CasualtyCategory.Arrested));
        Assert.Contains(result.Operations, o => o.Province == "IQ-KI" && o.Arrested == 4);
    }

    [Fact]
    public void Others_in_words_after_a_comma_share_the_killing()
    {
        var result = Read("قتلت قوة من الجيش 3 مسلحين من داعش في وادي الشاي، وخمسة آخرين في مطيبيجة.");
        Assert.Equal(8, Count(result, CasualtySide.Isis, CasualtyCategory.Killed));
    }
}
