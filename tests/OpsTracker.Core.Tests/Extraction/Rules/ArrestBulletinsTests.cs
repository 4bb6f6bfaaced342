using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// Arrest bulletins of 2019-2025 (the Interior Ministry, the National Security Service, the Falcons cell, military
/// intelligence, provincial police, the Asayish and CTD, as INA, Shafaq, Alsumaria, Rudaw, Kurdistan24 and 964 tell
/// them): ISIS suspects counted beside drug dealers, kidnappers and forgers, mixed counts broken down by charge,
/// financiers and the men who sheltered them, arrests abroad. Found by invented probe reports; every sentence here is
/// invented.
/// </summary>
public class ArrestBulletinsTests
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2024, 6, 11);

    private static ExtractedOperation SingleOperation(string text) =>
        Assert.Single(Extractor.Extract(text, Published).Operations);

    // ---- a mixed count of the wanted: the terror share is the count ----------------------------------------------

    [Theory]
    [InlineData("أعلنت قيادة شرطة نينوى، اليوم الثلاثاء، القبض على 9 مطلوبين للقضاء بينهم 4 متهمين بالإرهاب في قضاء تلعفر.", "IQ-NI", 4)]
    [InlineData("أعلن جهاز الأمن الوطني اعتقال 15 متهما بقضايا مختلفة في محافظة البصرة، بينهم 3 متهمين بالانتماء إلى عصابات داعش.", "IQ-BA", 3)]
    [InlineData("ألقت مفارز الشرطة القبض على ستة أشخاص بينهم اثنان مطلوبان وفق أحكام المادة 4 إرهاب في قضاء الفلوجة.", "IQ-AN", 2)]
    public void A_mixed_count_of_the_wanted_counts_its_terror_share(string text, string province, int arrested)
    {
        var op = SingleOperation(text);
        Assert.Equal((province, (int?)arrested), (op.Province, op.Arrested));
        Assert.All(op.Casualties, c => Assert.Equal(CasualtySide.Isis, c.Side));
    }

    [Fact]
    public void A_count_of_ISIS_members_keeps_its_own_count_beside_its_leaders()
    {
        var op = SingleOperation("أعلنت مديرية الاستخبارات العسكرية اعتقال ثمانية إرهابيين بينهم ثلاثة قياديين في قضاء الحويجة.");
        Assert.Equal(("IQ-KI", (int?)8), (op.Province, op.Arrested));
    }

    // ---- a clause that also tells of crime ----------------------------------------------------------------------

    [Fact]
    public void A_monthly_count_charged_with_terror_stays_a_tally_beside_the_drug_arrests()
    {
        var result = Extractor.Extract(
            "أعلن جهاز الأمن الوطني حصيلة عملياته لشهر أيار الماضي.\nوقال الجهاز إنه ألقى خلال الشهر الماضي القبض على 64 متهما بالإرهاب في عموم البلاد، فضلا عن 210 متهمين بتجارة المخدرات.",
            Published);
        Assert.Empty(result.Operations);
        var tally = Assert.Single(result.Tallies);
        Assert.Equal(((int?)64, (string?)"Iraqi National Security Service"), (tally.Arrested, tally.ReportedBy));
    }

    [Fact]
    public void An_arrest_charged_with_terror_beside_a_drug_seizure_in_one_clause_is_ours_and_the_drugs_are_not()
    {
        var op = SingleOperation("ألقت قوة من الشرطة الاتحادية القبض على متهمين اثنين بالانتماء لداعش و5 متهمين بتجارة المخدرات في قضاء سامراء.");
        Assert.Equal(("IQ-SD", (int?)2), (op.Province, op.Arrested));
    }

    // ---- charged with a crime ---------------------------------------------------------------------------------

    [Theory]
    [InlineData("واعتقلت الأسايش في قضاء كويسنجق أربعة أشخاص بتهمة سرقة محال تجارية.")]
    [InlineData("وأعلنت قيادة شرطة البصرة اعتقال متهم بجريمة قتل وشخصين بتهمة الابتزاز في قضاء الزبير.")]
    [InlineData("واعتقلت قوة من الشرطة متهما بخطف طفل في قضاء الشطرة.")]
    [InlineData("وأعلنت الشرطة الاتحادية القبض على ثلاثة متهمين بتزوير وثائق رسمية في منطقة الكرادة.")]
    public void Arrests_charged_with_a_crime_and_not_with_terror_are_not_ours(string text)
    {
        var result = Extractor.Extract(text, Published);
        Assert.Empty(result.Operations);
        Assert.Empty(result.Tallies);
    }

    [Fact]
    public void A_man_wanted_for_murders_as_a_terrorist_stays_ours_and_the_kidnapper_beside_him_does_not()
    {
        var op = SingleOperation("واعتقلت قوة من الجيش إرهابيا مطلوبا بقضايا قتل وتفجير في قضاء الطارمية، كما اعتقلت قوة من الشرطة متهما بخطف طفل في قضاء الشطرة.");
        Assert.Equal(("IQ-BG", (int?)1), (op.Province, op.Arrested));
    }

    // ---- abroad -------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("أعلنت السلطات التركية اعتقال سبعة أشخاص بينهم ثلاثة عراقيين يشتبه بانتمائهم لتنظيم داعش في مدينة إزمير.")]
    [InlineData("اعتقلت الشرطة الألمانية عراقيا يبلغ من العمر 31 عاما للاشتباه بانتمائه إلى تنظيم داعش في مدينة هامبورغ.")]
    public void An_arrest_by_another_state_abroad_is_not_ours(string text)
    {
        var result = Extractor.Extract(text, Published);
        Assert.Empty(result.Operations);
    }

    // ---- financiers and the men who sheltered them ------------------------------------------------------------

    [Fact]
    public void Financiers_of_ISIS_are_its_members()
    {
        var op = SingleOperation("وأعلنت خلية الصقور الاستخبارية اعتقال أربعة ممولين لتنظيم داعش في قضاء الرمادي.");
        Assert.Equal(("IQ-AN", (int?)4), (op.Province, op.Arrested));
    }

    [Theory]
    [InlineData("أعلنت قيادة عمليات ديالى اعتقال إرهابي والشخص الذي آواه في ناحية العظيم.")]
    [InlineData("أعلنت قيادة عمليات ديالى اعتقال أحد ممولي داعش والمتهم بإيوائه في ناحية العظيم.")]
    public void The_man_who_sheltered_an_ISIS_member_is_one_more_arrested(string text)
    {
        var op = SingleOperation(text);
        Assert.Equal(("IQ-DI", (int?)2), (op.Province, op.Arrested));
    }

    // ---- people at large tied to ISIS -----------------------------------------------------------------------------

    [Theory]
    [InlineData("اعتقلت قوات الأسايش في محافظة أربيل، يوم الأحد، شخصا يرتبط بتنظيم داعش.", "IQ-AR")]
    [InlineData("وأعلنت قيادة شرطة كركوك اعتقال شخص ينتمي لعصابات داعش في قضاء الدبس.", "IQ-KI")]
    public void One_person_at_large_who_belongs_to_ISIS_is_one_arrested_member(string text, string province)
    {
        var op = SingleOperation(text);
        Assert.Equal((province, (int?)1), (op.Province, op.Arrested));
    }

    [Fact]
    public void Women_of_ISIS_families_charged_with_supporting_it_are_ISIS_arrests_not_civilian_victims()
    {
        var op = SingleOperation("أعلنت خلية الإعلام الأمني اعتقال ثلاث نساء من عوائل داعش متهمات بنقل الأموال لعناصر التنظيم في قضاء سنجار.");
        Assert.Equal(("IQ-NI", (int?)3), (op.Province, op.Arrested));
        var arrested = Assert.Single(op.Casualties);
        Assert.Equal(CasualtySide.Isis, arrested.Side);
    }

    [Fact]
    public void Civilians_ISIS_seized_stay_no_arrest_of_ours()
    {
        var result = Extractor.Extract("وقالت مصادر محلية إن مسلحي داعش خطفوا ثلاثة رعاة في صحراء الحضر.", Published);
        Assert.DoesNotContain(result.Operations, o => o.Casualties.Any(c => c.Side == CasualtySide.Isis));
    }

    // ---- a leader and his own companions, set off by a comma ---------------------------------------------------

    [Theory]
    [InlineData("أعلنت قيادة عمليات كركوك اعتقال المسؤول المالي لداعش في قضاء الحويجة، برفقة اثنين من مرافقيه.", 3)]
    [InlineData("أعلنت قيادة عمليات كركوك اعتقال قيادي في داعش بقضاء الحويجة، ومعاونه.", 2)]
    public void A_comma_does_not_part_a_leader_from_his_companions(string text, int arrested)
    {
        var op = SingleOperation(text);
        Assert.Equal(("IQ-KI", (int?)arrested), (op.Province, op.Arrested));
    }

    [Theory]
    [InlineData("اعتقل تنظيم داعش نحو 100 شخص من أهالي قرية في قضاء الحويجة.")]
    [InlineData("اعتقل مسلحو داعش خمسة من عناصر الشرطة في ناحية الزاب.")]
    public void People_isis_detains_are_abducted_and_counted_by_nobody(string text)
    {
        var result = Extractor.Extract(text, Published);
        Assert.DoesNotContain(result.Operations, o => o.Arrested is not null || o.Casualties.Any(c => c.Category == CasualtyCategory.Arrested));
    }
}
