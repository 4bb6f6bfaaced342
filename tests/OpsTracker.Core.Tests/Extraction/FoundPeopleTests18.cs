using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// People a verb of finding takes as its object (helper events18, session 18; every sentence here is INVENTED): found
/// is no outcome, so a casualty word told before the finding, for other people, does not count them; only a verb of
/// their own does.
/// </summary>
public class FoundPeopleTests18
{
    private static readonly ArabicReportExtractor Extractor = new();

    private static ExtractionResult Read(string text) => Extractor.Extract(text, new DateOnly(2022, 5, 3));

    [Theory]
    [InlineData("أسفر القصف عن قتل 5 إرهابيين، وعند تمشيط المنطقة تم العثور على 3 من المسلحين فجرى قتل أحدهم بينما فر الآخران.", 6)]
    [InlineData("قتلت القوات الأمنية 6 مسلحين في وادي حوران، ثم عثرت القوة على 3 عناصر من داعش داخل كهف وقتلت أحدهم.", 7)]
    public void People_found_are_not_counted_by_the_killing_told_before(string text, int killed)
    {
        Assert.Equal(killed, Count(Read(text), CasualtySide.Isis, CasualtyCategory.Killed));
    }
}
