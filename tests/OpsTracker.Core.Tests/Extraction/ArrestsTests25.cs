using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// Arrests and who is arrested (helper arrests25, session 25; every sentence here is INVENTED). The parts of one
/// total are siblings: a count that a head total adds up with some of the counts told after it is one of its parts,
/// never also the sum of those same counts (<c>Rules/SiblingParts</c>), whether the head total's parts are exact
/// (<c>HeadlineTotalRemoval</c>) or spread over several places (<c>SeveralEventsTotalRemoval</c>). A subtotal whose own
/// parts are none of its siblings stays a subtotal.
/// </summary>
public class ArrestsTests25
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2023, 3, 14);

    [Fact]
    public void A_share_of_the_lead_s_sum_is_one_of_its_parts_not_the_sum_of_the_arrests_after_it()
    {
        // 7 = 3 + 1 + 1 + 2; "ثلاثة منهم" = 1 + 2 only by taking counts the 7 needs beside it.
        const string text = "أعلن جهاز الأمن الوطني اليوم اعتقال سبعة عناصر من داعش بثلاث محافظات شمالية.\n"
            + "وقال الجهاز في بيان إن مفارزه ألقت القبض على (4) مطلوبين ثلاثة منهم في محافظة نينوى والآخر في محافظة دهوك.\n"
            + "وأضاف أن قوة أخرى ألقت القبض على قيادي في التنظيم داخل محافظة كركوك، ثم ألقت القبض على عنصرين إرهابيين في قضاء الدبس.\n";
        var ops = Extractor.Extract(text, Published).Operations;
        Assert.Contains(ops, o => o.Arrested == 3 && o.Province == "IQ-NI");
        Assert.DoesNotContain(ops, o => o.Arrested == 7);
    }

    [Fact]
    public void A_count_in_scattered_areas_that_the_lead_adds_to_a_later_arrest_is_no_sum_of_it()
    {
        // 10 = 7 + 3: the 7 in scattered areas of Diyala is the lead's part beside the 3; it does not sum the 3 and a
        // background 4 of the day before.
        const string text = "اعتقلت القوات الأمنية اليوم عشرة إرهابيين في محافظة ديالى.\n"
            + "وقالت مديرية الاستخبارات في بيان إن مفارزها اعتقلت سبعة إرهابيين بمناطق متفرقة شمالي ديالى.\n"
            + "كما اعتقلت قوة من الشرطة الاتحادية ثلاثة إرهابيين في المحافظة.\n"
            + "وكانت القوات الأمنية قد اعتقلت أمس أربعة إرهابيين في مناطق متفرقة من البلاد.\n";
        var ops = Extractor.Extract(text, Published).Operations;
        Assert.Contains(ops, o => o.Arrested == 7);
        Assert.Contains(ops, o => o.Arrested == 3);
        Assert.DoesNotContain(ops, o => o.Arrested == 10);
    }

    [Fact]
    public void A_subtotal_whose_own_parts_are_none_of_its_siblings_stays_a_subtotal()
    {
        // 40 = 12 + 28 and 28 = 16 + 12': the 28 sums counts the 40 does not need beside it.
        const string text = "مقتل 40 إرهابيا في ضربات جوية على مواقع داعش خلال اليومين الماضيين.\n"
            + "ففي الأنبار قتلت طائرات التحالف 12 إرهابيا في وادي حوران.\n"
            + "وفي ديالى قتل 28 إرهابيا في سلسلة جبال حمرين.\n"
            + "وقالت المصادر إن طائرات الجيش قتلت 16 إرهابيا في ناحية العظيم.\n"
            + "وأضافت أن مروحيات الجيش قتلت 12 إرهابيا آخرين في قرى شمال قضاء الخالص.\n";
        var ops = Extractor.Extract(text, Published).Operations;
        Assert.DoesNotContain(ops, o => o.Killed == 28);
        Assert.DoesNotContain(ops, o => o.Killed == 40);
        Assert.Contains(ops, o => o.Killed == 16);
    }
}
