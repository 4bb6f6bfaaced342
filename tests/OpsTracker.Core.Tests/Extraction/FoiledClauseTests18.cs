using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// A coordinated clause that foils an attack (helper events18, session 18; every sentence here is INVENTED): after a
/// comma, "وأحبط"/"وأفشلت" with what it counts tells another event, the attack repelled; the operation before keeps
/// its own count, and the two counts are never added up.
/// </summary>
public class FoiledClauseTests18
{
    private static readonly ArabicReportExtractor Extractor = new();

    private static ExtractionResult Read(string text) => Extractor.Extract(text, new DateOnly(2022, 5, 3));

    [Theory]
    [InlineData("قصف طيران الجيش موقعا لداعش في قضاء الحضر وقتل 12 إرهابيا، وأحبط هجوما للتنظيم على قطعات الجيش في ناحية القيارة وقتل 8 من المهاجمين.", 12, 8)]
    [InlineData("دمرت القوات الأمنية نفقا للتنظيم في وادي حوران وقتلت 6 إرهابيين، وأفشلت تعرضا لداعش على نقطة للجيش قرب الرطبة وقتلت 4 مسلحين.", 6, 4)]
    public void A_foiled_attack_after_a_comma_is_an_operation_of_its_own(string text, int first, int second)
    {
        var result = Read(text);
        Assert.Contains(result.Operations, o => o.Killed == first);
        Assert.Contains(result.Operations, o => o.Killed == second);
        Assert.DoesNotContain(result.Operations, o => o.Killed == first + second);
    }
}
