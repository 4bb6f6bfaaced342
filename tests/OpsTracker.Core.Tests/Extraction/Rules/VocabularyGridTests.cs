using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// The words of the trigger and people lists crossed with each other, the way a grid of invented sentences
/// (tools: one verb of each list before one noun phrase of each list) showed which of the press's words the lexicon
/// lacked. Each sentence is invented; the numbers are the counts an analyst reads.
/// </summary>
public class VocabularyGridTests
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2024, 5, 20);

    private static int IsisCount(string text, CasualtyCategory category) =>
        Extractor.Extract(text, Published).Operations
            .SelectMany(o => o.Casualties)
            .Where(c => c.Side == CasualtySide.Isis && c.Category == category)
            .Sum(c => c.Count);

    [Theory]
    // بقايا ("remnants"), like فلول, names ISIS's people after "من".
    [InlineData("أعلنت خلية الإعلام الأمني مقتل أربعة من بقايا داعش بضربة جوية في وادي الشاي.", 4)]
    [InlineData("قتل ثلاثة من بقايا عصابات داعش الإرهابية في اشتباك قرب مطيبيجة.", 3)]
    // الإجهاز على ("finishing off") kills, as القضاء على does.
    [InlineData("تمكنت القوات من الإجهاز على خمسة إرهابيين في جبال حمرين.", 5)]
    [InlineData("وأجهزت على اثنين من الإرهابيين في وادي زغيتون.", 2)]
    public void Killed(string sentence, int count) => Assert.Equal(count, IsisCount(sentence, CasualtyCategory.Killed));

    [Theory]
    // ضبط of people is an arrest; of a den it is still only a find (below).
    [InlineData("أعلنت وزارة الداخلية ضبط خمسة متهمين بالإرهاب في قضاء الحويجة.", 5)]
    [InlineData("وضبطت مفارز الاستخبارات ثلاثة مطلوبين بتهم إرهابية في الطارمية.", 3)]
    // الإيقاع ب ("trapping") is an arrest, as الإطاحة ب is.
    [InlineData("نجحت خلية الصقور في الإيقاع بأربعة إرهابيين في الأنبار.", 4)]
    public void Arrested(string sentence, int count) => Assert.Equal(count, IsisCount(sentence, CasualtyCategory.Arrested));

    [Fact]
    public void A_den_seized_is_found_not_destroyed_and_no_one_is_arrested()
    {
        var ops = Extractor.Extract("ضبطت القوات الأمنية وكرين لداعش في وادي الشاي.", Published).Operations;
        Assert.All(ops, op => Assert.Null(op.HideoutsDestroyed));
        Assert.Empty(ops.SelectMany(op => op.Casualties));
    }

    [Theory]
    // One count for two outcomes gives neither (the annotation rule for "مقتل وإصابة N").
    [InlineData("أعلنت خلية الإعلام الأمني قتل وجرح أربعة إرهابيين بضربة جوية في وادي الشاي.")]
    // "أوقع" is "caused": the casualties it caused are not people it arrested.
    [InlineData("أوقع الهجوم ثلاثة قتلى في صفوف الإرهابيين قرب مطيبيجة.")]
    public void Nobody_is_arrested_and_nothing_split(string sentence)
    {
        Assert.Equal(0, IsisCount(sentence, CasualtyCategory.Arrested));
        if (sentence.Contains("قتل وجرح"))
            Assert.Equal(0, IsisCount(sentence, CasualtyCategory.Killed) + IsisCount(sentence, CasualtyCategory.Wounded));
    }

    [Theory]
    // After the partitive "من" a definite -ين noun is the group a man belongs to (a plural), never two more men.
    [InlineData("اعتقال إرهابي، وهو من القياديين البارزين، في قضاء الحويجة.", CasualtyCategory.Arrested, 1)]
    [InlineData("مقتل قيادي من الانتحاريين في قضاء الحويجة.", CasualtyCategory.Killed, 1)]
    [InlineData("اعتقال سبعة إرهابيين، اثنان منهم من القياديين، في قضاء الحويجة.", CasualtyCategory.Arrested, 7)]
    // A dual counted before "من" still counts two.
    [InlineData("مقتل اثنين من الانتحاريين في قضاء الحويجة.", CasualtyCategory.Killed, 2)]
    public void A_definite_plural_after_the_partitive_counts_nobody_more(string sentence, CasualtyCategory category, int count) =>
        Assert.Equal(count, IsisCount(sentence, category));
}
