using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// A summary's count told again by the one event below it (helper victimsb26). Invented sentences.
/// The lead sums the wounded of two blasts (6 = 2 + 4) and tells the dead of the first; the body tells that first
/// blast's dead again by the same number: one count, kept by the event (Passes/SummaryRetoldCount).
/// </summary>
public class VictimsbTests26
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2023, 4, 11);

    [Fact]
    public void The_summarys_other_count_told_once_below_is_one_count()
    {
        var result = Extractor.Extract(
            "أعلن مصدر أمني اليوم مقتل أربعة جنود وإصابة ستة آخرين بانفجار عبوتين ناسفتين في محافظة ديالى.\n"
            + "وأوضح المصدر أن العبوة الأولى انفجرت على دورية للجيش قرب المقدادية وأسفرت عن مقتل أربعة جنود وإصابة اثنين آخرين، "
            + "فيما انفجرت الثانية على قوة للشرطة قرب الخالص وأدت إلى إصابة أربعة من عناصرها.",
            Published);
        Assert.Equal(4, Victims(result, CasualtyCategory.Killed));
        Assert.Equal(6, Victims(result, CasualtyCategory.Wounded));
    }

    [Fact]
    public void A_summary_count_the_body_tells_by_another_number_stays()
    {
        var result = Extractor.Extract(
            "أعلن مصدر أمني اليوم مقتل خمسة جنود وإصابة ستة آخرين بانفجار عبوتين ناسفتين في محافظة ديالى.\n"
            + "وأوضح المصدر أن العبوة الأولى انفجرت على دورية للجيش قرب المقدادية وأسفرت عن مقتل أربعة جنود وإصابة اثنين آخرين، "
            + "فيما انفجرت الثانية على قوة للشرطة قرب الخالص وأدت إلى إصابة أربعة من عناصرها.",
            Published);
        Assert.Contains(result.Operations, o => o.Casualties.Any(c => c.Side != CasualtySide.Isis && c.Category == CasualtyCategory.Killed && c.Count == 5));
    }
}
