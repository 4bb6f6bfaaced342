using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// Totals, restatements and results (helper totals25, session 25; every sentence here is INVENTED).
/// A lead that announces a count and names places of two provinces (where the announcer sits and where it happened, or
/// both sides of a border), then a sentence opened by quoting, explaining or citing the statement ("وأضافت أن"،
/// "ووفق البيان") that counts the same: the statement's own words tell the lead's event again, one figure, kept where
/// the statement places it (or where the lead does, when the statement's sentence names the lead's province too).
/// People counted after "بينهم"/"من ضمنهم" are some of the number before the cue even when no figure took that number
/// (its verb follows the part, or it is a statistic): a subset is not more.
/// </summary>
public class TotalsTests25
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2024, 9, 18);

    [Fact]
    public void The_statements_own_words_retell_a_lead_announced_from_the_capital()
    {
        const string text = "ذكرت قيادة الشرطة من بغداد، اليوم، مقتل تسعة عناصر من داعش خلال عملية تفتيش في محافظة ديالى.\n"
            + "وأضافت القيادة في بيان أن الحملة التي جرت في بساتين قضاء المقدادية انتهت بقتل 9 إرهابيين وتدمير نفقين.\n";
        var result = Extractor.Extract(text, Published);
        Assert.Equal(9, Isis(result, CasualtyCategory.Killed));
        var op = Assert.Single(result.Operations, o => o.Killed is not null);
        Assert.Equal("IQ-DI", op.Province);
    }

    [Fact]
    public void A_count_cited_from_the_statement_is_the_leads_count_told_between_two_provinces()
    {
        const string text = "أعلنت وزارة الدفاع، الخميس، مقتل 7 عناصر من داعش في اشتباكات مع قوة أمنية جنوبي محافظة الأنبار وغربي محافظة كربلاء.\n"
            + "جاء ذلك في بيان للوزارة نشرته على موقعها.\n"
            + "ووفق البيان، فإن قوة من الجيش تمكنت من تدمير وكر في قضاء عين التمر وقتل جميع عناصر داعش المتحصنين فيه والبالغ عددهم 7 عناصر.\n";
        var result = Extractor.Extract(text, Published);
        Assert.Equal(7, Isis(result, CasualtyCategory.Killed));
    }

    [Fact]
    public void The_lead_keeps_its_province_when_the_statement_names_it_too()
    {
        const string text = "أعلن جهاز الأمن الوطني، اعتقال أحد عناصر داعش في محافظة نينوى خلال عملية مشتركة مع أمن السليمانية.\n"
            + "وقال الجهاز في بيان، إن عملية مشتركة مع أمن السليمانية أسفرت عن اعتقال أحد عناصر داعش الفارين من محافظة نينوى.\n";
        var result = Extractor.Extract(text, Published);
        Assert.Equal(1, Isis(result, CasualtyCategory.Arrested));
        Assert.Equal("IQ-NI", Assert.Single(result.Operations, o => o.Arrested is not null).Province);
    }

    [Fact]
    public void A_lead_of_one_province_and_a_quoted_count_in_another_are_two_operations()
    {
        const string text = "أعلنت قيادة العمليات المشتركة مقتل ثلاثة إرهابيين بضربة جوية في وادي الشاي بمحافظة كركوك.\n"
            + "وقال البيان إن قوة أخرى من الجيش قتلت ثلاثة إرهابيين في قضاء خانقين بمحافظة ديالى.\n";
        var result = Extractor.Extract(text, Published);
        Assert.Equal(6, Isis(result, CasualtyCategory.Killed));
    }

    [Fact]
    public void A_count_the_body_tells_without_quoting_the_statement_is_no_retelling()
    {
        const string text = "أعلنت الشرطة في بغداد، اعتقال أربعة من عناصر داعش في محافظة صلاح الدين.\n"
            + "وفي كركوك، اعتقلت قوة من الشرطة أربعة من عناصر داعش في حي الواسطي.\n";
        var result = Extractor.Extract(text, Published);
        Assert.Equal(8, Isis(result, CasualtyCategory.Arrested));
    }
    [Fact]
    public void People_among_a_number_whose_verb_follows_them_are_some_of_it_not_more()
    {
        const string text = "قتل 12 من داعش و5 من الجيش بهجوم انتحاري على مواقع للجيش قرب قضاء بيجي.\n"
            + "وقال ضابط في الفرقة إن 12 من داعش، بينهم 3 انتحاريين يقودون عجلات ملغمة قتلوا أثناء هجومهم على السواتر.\n";
        var result = Extractor.Extract(text, Published);
        Assert.Equal(12, Isis(result, CasualtyCategory.Killed));
    }

    [Fact]
    public void Wounded_police_included_in_a_months_statistic_are_no_victims_of_their_own()
    {
        const string text = "وذكر التقرير الشهري للبعثة أن المصابين خلال أيار وصل عددهم إلى 650 من ضمنهم 25 جريحا من أفراد الشرطة المحلية في الأنبار.\n";
        var result = Extractor.Extract(text, Published);
        Assert.Equal(0, Victims(result, CasualtyCategory.Wounded));
    }

    [Fact]
    public void A_share_the_verb_before_it_takes_from_a_number_is_still_counted()
    {
        const string text = "في قضاء الشرقاط، هاجم 30 مسلحا القرية فقتل الأهالي منهم 4 مسلحين من داعش.\n";
        var result = Extractor.Extract(text, Published);
        Assert.Equal(4, Isis(result, CasualtyCategory.Killed));
    }
}
