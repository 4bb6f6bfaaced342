using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// Where an operation happened (helper where26, session 26; every sentence here is INVENTED).
/// The preposition ب joined to a noun of a place ("بمحافظة نينوى"، "بقضاء الحويجة") says where, as "في" does: a share
/// ("ثلاثة منهم بمحافظة نينوى") and a gapped count after it ("واثنان في محافظة كركوك") are read as with "في"; ب on
/// any other word ("بأحزمة ناسفة") places nothing.
/// An adverb of an earlier time right after the words of a deed ("شنوا هجوما في وقت سابق"، "ألقت القبض في وقت سابق")
/// puts that deed before the one just told: counted alike, the two are two events, not one told twice; after a verb of
/// telling ("أعلنت في وقت سابق") it dates the telling, which may retell the same deed.
/// </summary>
public class WhereTests26
{
    private static readonly ArabicReportExtractor Extractor = new();

    private static readonly DateOnly Published = new(2024, 3, 12);

    private static IReadOnlyList<ExtractedOperation> Read(string text) => Extractor.Extract(text, Published).Operations;

    private static ExtractedOperation In(IReadOnlyList<ExtractedOperation> ops, string province) =>
        Assert.Single(ops, o => o.Province == province);

    [Fact]
    public void A_share_told_with_bi_before_the_province_is_placed_as_with_fi()
    {
        // The lead's probe, made a test: "بمحافظة" reads as "في محافظة".
        foreach (var preposition in new[] { "في محافظة", "بمحافظة" })
        {
            var ops = Read("أعلنت خلية الإعلام الأمني، اليوم الثلاثاء، مقتل خمسة إرهابيين بضربات جوية، ثلاثة منهم "
                + preposition + " نينوى واثنان في محافظة كركوك.");
            Assert.Equal(2, ops.Count);
            Assert.Equal(3, In(ops, "IQ-NI").Killed);
            Assert.Equal(2, In(ops, "IQ-KI").Killed);
        }
    }

    [Fact]
    public void A_gapped_count_after_bi_and_a_district_counts_the_same_people_there()
    {
        var ops = Read("قالت قيادة العمليات إن قواتها اعتقلت أربعة مطلوبين بقضاء الحويجة، واثنين بناحية العلم.");
        Assert.Equal(2, ops.Count);
        Assert.Equal(4, In(ops, "IQ-KI").Arrested);
        Assert.Equal(2, In(ops, "IQ-SD").Arrested);
    }

    [Fact]
    public void Bi_on_a_word_that_is_no_place_places_nothing()
    {
        // "بأحزمة ناسفة" is how, not where: the share stays a part of the five, told in one operation.
        var op = Assert.Single(Read("أعلنت خلية الإعلام الأمني، اليوم الثلاثاء، مقتل خمسة إرهابيين في محافظة نينوى، ثلاثة منهم بأحزمة ناسفة."));
        Assert.Equal("IQ-NI", op.Province);
        Assert.Equal(5, op.Killed);
    }

    [Fact]
    public void An_attack_told_as_earlier_is_another_attack_though_it_counts_alike()
    {
        var ops = Read("قتل خمسة مزارعين بنيران عناصر داعش في قرية نائية جنوبي مدينة كركوك."
            + "\nوقال مسؤول محلي إن عناصر التنظيم شنوا هجوما في وقت سابق على قرية تابعة لناحية جلولاء بمحافظة ديالى، مما أسفر عن مقتل خمسة من السكان.");
        Assert.Equal(2, ops.Count);
        Assert.Equal(5, Count(In(ops, "IQ-KI"), CasualtySide.Civilian, CasualtyCategory.Killed));
        Assert.Equal(5, Count(In(ops, "IQ-DI"), CasualtySide.Civilian, CasualtyCategory.Killed));
    }

    [Fact]
    public void An_arrest_made_earlier_is_another_arrest()
    {
        var ops = Read("ألقت مفرزة من الشرطة القبض على إرهابي في قضاء الحويجة بمحافظة كركوك."
            + "\nوكانت قوة من الجيش قد ألقت القبض في وقت سابق أمس على إرهابي داعشي غرب العاصمة بغداد.");
        Assert.Equal(2, ops.Sum(o => o.Arrested ?? 0));
        // Another event, it does not take Kirkuk from the arrest told before it: its bearing off the capital places it.
        Assert.Contains(ops, o => o.Province == "IQ-BG" && o.Arrested == 1);
    }

    [Fact]
    public void An_announcement_made_earlier_retells_the_same_arrest()
    {
        // "أعلنت في وقت سابق": the adverb dates the telling, not the deed; the arrest told twice is one.
        var ops = Read("ألقت مفرزة من الشرطة القبض على إرهابي في قضاء الحويجة بمحافظة كركوك."
            + "\nوكانت الشرطة أعلنت في وقت سابق القبض على إرهابي في قضاء الحويجة.");
        Assert.Equal(1, ops.Sum(o => o.Arrested ?? 0));
    }
}
