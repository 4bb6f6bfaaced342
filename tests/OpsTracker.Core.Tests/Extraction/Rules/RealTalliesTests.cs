using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// Constructions found in real official tallies of 2016-2025 (Interior, CTS, the PMF, the coalition's statements) that
/// the lead gathered as a new tuning set outside the repository (docs/history/extraction-log.md, milestone 10): vague plurals
/// that are no count (مئات العناصر), cells that are no people, two casualty nouns sharing the people named once after
/// the last (مقتل 30 واعتقال 74 من عناصر داعش). Every sentence here is invented.
/// </summary>
public class RealTalliesTests
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2023, 6, 14);

    [Fact]
    public void Hundreds_without_a_numeral_count_nobody()
    {
        var result = Extractor.Extract(
            "أعلنت وزارة الدفاع قتل 57 إرهابيا خلال عام 2022، مبينة أن مئات العناصر ما زالوا يختبئون في الصحراء.", Published);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal(57, tally.Killed);
        Assert.Empty(result.Operations);
    }

    [Fact]
    public void Hundreds_of_fighters_in_a_tallys_lead_are_no_killed()
    {
        var result = Extractor.Extract(
            "كشفت احصائية لوزارة الداخلية أرقاما صادمة لأعداد القتلى، وتعني أن التنظيم ما زال يدير مئات العناصر.", Published);
        Assert.Empty(result.Tallies);
        Assert.Empty(result.Operations);
    }

    [Fact]
    public void Cells_dismantled_are_no_people_arrested()
    {
        var result = Extractor.Extract(
            "وأكد الناطق باسم محور نينوى أن 8 خلايا إرهابية جرى تفكيكها واعتقال أغلب عناصرها خلال عام 2022.", Published);
        Assert.DoesNotContain(result.Tallies, t => t.Arrested == 8);
        Assert.DoesNotContain(result.Operations, o => o.Arrested == 8);
    }

    [Fact]
    public void Two_counts_share_the_people_named_after_the_second_in_a_tally()
    {
        var tally = Assert.Single(Extractor.Extract(
            "أعلنت قيادة العمليات المشتركة أنها نفذت خلال الشهر الماضي 40 عملية في العراق، انتهت بمقتل 12 واعتقال 25 من عناصر داعش.",
            Published).Tallies);
        Assert.Equal((40, 12, 25), (tally.Operations, tally.Killed, tally.Arrested));
    }

    [Fact]
    public void Two_counts_share_the_people_named_after_the_second_in_an_operation()
    {
        var op = Assert.Single(Extractor.Extract(
            "أعلنت قوات الأمن، اليوم الأربعاء، مقتل 3 واعتقال 5 من عناصر داعش في قضاء الحويجة بمحافظة كركوك.", Published).Operations);
        Assert.Equal((3, 5, "IQ-KI"), (op.Killed, op.Arrested, op.Province));
    }

    [Fact]
    public void Two_counts_of_the_forces_named_once_are_both_the_forces()
    {
        var op = Assert.Single(Extractor.Extract(
            "أسفر هجوم لعناصر داعش على نقطة تفتيش في قضاء الطارمية عن استشهاد 2 وإصابة 4 من منتسبي الشرطة الاتحادية.", Published).Operations);
        Assert.Equal(
            [(CasualtySide.Security, CasualtyCategory.Killed, 2), (CasualtySide.Security, CasualtyCategory.Wounded, 4)],
            op.Casualties.Select(c => (c.Side, c.Category, c.Count)).OrderBy(c => c.Category).ToList());
    }

    [Theory]
    [InlineData("وقال جهاز مكافحة الإرهاب إن العامين الماضيين شهدا نشاطا كبيرا، إذ نفذ (512) عملية، كما وصل عدد المضافات المدمرة (318).")]
    [InlineData("وقال جهاز مكافحة الإرهاب إن العامين الماضيين شهدا نشاطا كبيرا، إذ نفذ 512 عملية، فيما بلغ عدد الأوكار التي دمرت 318 وكرا.")]
    public void Hideouts_destroyed_given_as_a_number_reaching_a_figure(string text)
    {
        var tally = Assert.Single(Extractor.Extract(text, Published).Tallies);
        Assert.Equal((512, 318), (tally.Operations, tally.HideoutsDestroyed));
    }

    [Fact]
    public void Hideouts_only_counted_reaching_a_figure_are_not_destroyed()
    {
        var tally = Assert.Single(Extractor.Extract(
            "وأفاد جهاز مكافحة الإرهاب بأنه نفذ 512 عملية خلال العامين الماضيين، فيما بلغ عدد المضافات التي عثر عليها 318.", Published).Tallies);
        Assert.Equal(512, tally.Operations);
        Assert.Null(tally.HideoutsDestroyed);
    }

    [Fact]
    public void A_kicker_naming_syria_and_iraq_scopes_the_headline_under_it()
    {
        var result = Extractor.Extract(
            "في سوريا والعراق\nالتحالف الدولي ينفذ 64 عملية ضد داعش خلال شهرين\nقالت القيادة المركزية الأمريكية إن التحالف نفذ 64 عملية في سوريا والعراق خلال آب وأيلول الماضيين.\nوفي العراق، نفذ التحالف 41 عملية مشتركة قتل خلالها ستة عناصر من التنظيم.",
            Published);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal((41, 6), (tally.Operations, tally.Killed));
    }

    [Fact]
    public void A_statement_told_over_two_sentences_keeps_the_foreign_scope_of_the_first()
    {
        var result = Extractor.Extract(
            "كشفت القيادة المركزية الأمريكية عن تنفيذ 50 عملية مع شركائها في سوريا منذ شهر حزيران الماضي.\nوذكرت القيادة أن المهام المنفذة في الأشهر الخمسة الماضية انتهت باعتقال 96 عنصرا من داعش ومقتل 11 آخرين.",
            Published);
        Assert.Empty(result.Tallies);
    }

    [Fact]
    public void An_iraqi_authority_after_a_foreign_sentence_is_iraqs_again()
    {
        var result = Extractor.Extract(
            "كشفت القيادة المركزية الأمريكية عن تنفيذ 50 عملية مع شركائها في سوريا منذ شهر حزيران الماضي.\nوأعلنت قيادة العمليات المشتركة قتل 23 إرهابيا خلال الأشهر الخمسة الماضية.",
            Published);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal(23, tally.Killed);
    }

    [Fact]
    public void A_regional_outlets_dateline_does_not_place_an_operation_abroad()
    {
        var result = Extractor.Extract(
            "أربيل (كوردستان24)- كشفت القيادة المركزية الأمريكية عن تنفيذ عمليات مع شركائها في سوريا منذ شهر حزيران الماضي.\n\nوأكدت القيادة مقتل القيادي البارز في التنظيم، سالم عبد الكريم، خلال عملية مداهمة نفذت في آب الماضي.",
            Published);
        Assert.Empty(result.Operations);
    }
}
