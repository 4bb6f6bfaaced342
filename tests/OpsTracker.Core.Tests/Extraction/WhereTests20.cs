using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// Where and when an operation happened, read from the structure of a report (helper where20, session 20; every
/// sentence here is INVENTED). A place told as where ("في محافظة X", "بناحية X") and followed by a direction or "قرب"
/// and a landmark in another province lies in its own province: the landmark only says where it lies.
/// </summary>
public class WhereTests20
{
    private static readonly ArabicReportExtractor Extractor = new();

    [Theory]
    [InlineData("وقصفت الطائرات أوكارا للتنظيم في محافظة كركوك قرب صلاح الدين، ما أدى إلى مقتل أربعة إرهابيين.", "IQ-KI")]
    [InlineData("قتل ثلاثة من عناصر داعش بغارة جوية بمحافظة الأنبار بالقرب من كربلاء.", "IQ-AN")]
    [InlineData("وأعلنت القوات مقتل سبعة إرهابيين في ناحية العلم شمال بغداد.", "IQ-SD")]
    public void A_place_told_as_where_keeps_its_province_before_a_landmark_in_another(string text, string province)
    {
        var op = Assert.Single(Extractor.Extract(text, new DateOnly(2021, 3, 3)).Operations);
        Assert.Equal(province, op.Province);
        Assert.True(Count(op, CasualtySide.Isis, CasualtyCategory.Killed) > 0);
    }

    [Fact]
    public void A_place_not_told_as_where_leaves_the_landmark_its_province()
    {
        // A camp "on the outskirts of" a province near a city is described, not told as where the figure fell.
        var op = Assert.Single(Extractor.Extract(
            "وذكر آمر فوج يرابط عند أطراف محافظة دهوك قرب الموصل أن خمسة إرهابيين قتلوا بضربة جوية.",
            new DateOnly(2021, 3, 3)).Operations);
        Assert.Equal(5, Count(op, CasualtySide.Isis, CasualtyCategory.Killed));
        Assert.Equal("IQ-NI", op.Province);
    }
}
