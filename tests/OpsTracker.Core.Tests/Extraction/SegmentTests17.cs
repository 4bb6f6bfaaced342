using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using static OpsTracker.Core.Tests.Extraction.OperationCounts;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// Tallies, totals and event boundaries (helper segment17, session 17; every sentence here is INVENTED). The people a
/// count of our operations resulted in ("أسفرت 137 عملية عن مقتل 30 عنصرا") are ISIS's, whoever the sentence named
/// before; operations whose owner is ISIS ("عمليات لتنظيم داعش") are its attacks. A few attacks or operations told
/// with the days they happened on ("شنوا أربع هجمات يومي الجمعة والسبت") are those days' events, no tally. The time
/// a superlative compares with ("الضربة الأكبر منذ مطلع العام") is no period the figures count over. A clause that
/// brings in an operation as new ("كما نفذت القطعات عملية دهم ...") counts its own, not the count before again. A
/// count told after the operations it sums ("قتل 3 منهم خلال مواجهات") is their total, no operation more.
/// </summary>
public class SegmentTests17
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2022, 6, 8);

    [Theory]
    [InlineData("ذكرت قيادة العمليات المشتركة أن 64 عملية نفذتها القطعات في نينوى خلال عام 2020 أدت إلى مقتل 17 عنصرا واعتقال 33 آخرين، ردا على هجوم للتنظيم على قرية.", 64, 17, 33)]
    [InlineData("أعلن التحالف الدولي تنفيذ 70 عملية ضد داعش خلال عام 2021.\nوأسفرت 50 عملية في العراق عن قتل 12 عنصرا واعتقال 25 آخرين، بعد هجمات شنها التنظيم على القرى.", 50, 12, 25)]
    public void The_people_counted_operations_resulted_in_are_the_tallys(string text, int operations, int killed, int arrested)
    {
        var tally = Assert.Single(Extractor.Extract(text, Published).Tallies, t => t.Operations == operations);
        Assert.Equal((killed, arrested), (tally.Killed, tally.Arrested));
    }

    [Theory]
    [InlineData("وكشف المتحدث باسم وزارة الداخلية عن سقوط 900 شخص بين قتيل وجريح كضحايا 412 عملية لتنظيم \"داعش\" في المحافظات الشمالية منذ مطلع 2019.", 412)]
    [InlineData("أعلنت وزارة البيشمركة تسجيل 230 عملية لداعش في المناطق المتنازع عليها خلال عام 2020.", 230)]
    public void Operations_of_the_organisation_are_its_attacks(string text, int attacks)
    {
        var tally = Assert.Single(Extractor.Extract(text, Published).Tallies);
        Assert.Equal(attacks, tally.IsisAttacks);
        Assert.Null(tally.Operations);
    }

    [Theory]
    [InlineData("أعلنت وزارة الدفاع حصيلة جديدة لهجمات التنظيم في المحافظة.\nوكان مسلحو داعش قد شنوا أربع هجمات يومي الجمعة والسبت على مواقع للجيش في قضاء طوزخورماتو، قتل فيها خمسة جنود وأصيب ثلاثة آخرون.", 5)]
    [InlineData("هجمات متصاعدة غرب الأنبار\n\nقالت مصادر محلية إن التنظيم صعد هجماته في غرب المحافظة خلال الأيام الماضية.\n\nوأضافت المصادر أن القرى القريبة من الحدود شهدت نزوح عشرات العائلات.\n\nوفي إحدى العمليات قتل 12 عنصرا من الحشد الشعبي يوم الأحد بعد مهاجمة مسلحي التنظيم مواقع للحشد في قضاء حديثة.", 12)]
    public void A_few_attacks_told_by_their_days_are_events_not_a_tally(string text, int soldiersKilled)
    {
        var result = Extractor.Extract(text, Published);
        Assert.Empty(result.Tallies);
        Assert.Equal(soldiersKilled, Count(result, CasualtySide.Security, CasualtyCategory.Killed));
    }

    [Theory]
    [InlineData("أعلنت خلية الإعلام الأمني مقتل 25 إرهابيا في قصف جوي على معسكر في وادي حوران، في الضربة الأكبر منذ مطلع العام الجاري.", 25)]
    [InlineData("قالت قيادة العمليات المشتركة إن 25 مسلحا من داعش قتلوا في قصف جوي على معسكر في وادي حوران، وهي الضربة الأكبر للتحالف منذ مطلع العام الجاري.", 25)]
    [InlineData("ذكر ضابط في قيادة عمليات الأنبار مقتل نحو ستين مسلحا في غارة على مخيم للتنظيم في وادي حوران. وأضاف أن الغارة أسفرت عن مقتل نحو 60 من الإرهابيين وتعد الأقوى في المحافظة منذ استعادة مدنها أواخر 2016.", 60)]
    public void The_time_a_superlative_compares_with_makes_no_tally(string text, int killed)
    {
        var result = Extractor.Extract(text, Published);
        Assert.Empty(result.Tallies);
        Assert.Equal(killed, Assert.Single(result.Operations).Killed);
    }

    [Theory]
    [InlineData("اعتقلت الشرطة الاتحادية مطلوبين اثنين بتهم إرهابية.\nوبحسب بيان الشرطة فقد اعتقلت دورياتها أحد المطلوبين قرب ناحية الرشاد، كما نفذت القطعات عملية دهم انتهت باعتقال أحد المطلوبين قرب ناحية الرشاد.")]
    [InlineData("أعلنت قيادة الشرطة اعتقال أحد المطلوبين في قضاء الحويجة، كذلك شنت القوات عملية استباقية انتهت باعتقال أحد المطلوبين في قضاء الحويجة.")]
    public void An_operation_brought_in_as_new_counts_its_own_man(string text)
    {
        var ops = Extractor.Extract(text, Published).Operations;
        Assert.Equal(2, ops.Count);
        Assert.All(ops, o => Assert.Equal(1, Count(o, CasualtySide.Isis, CasualtyCategory.Arrested)));
    }

    [Theory]
    [InlineData("أفاد مصدر أمني بمقتل إرهابي في اشتباك بناحية العظيم. وفي حادث آخر قتل إرهابيان اثنان في مواجهة قرب قرية الدواليب في ديالى. وأضاف المصدر أن خلية التنظيم كانت تضم 15 عنصرا سقط 3 منهم قتلى في مواجهات متفرقة.")]
    [InlineData("قتلت القوات الأمنية مسلحا من داعش في مواجهة بقضاء طوزخورماتو. وفي حادث آخر قتل مسلحان اثنان من داعش في اشتباك قرب ناحية آمرلي. وذكرت القيادة أن الشبكة تضم 12 عنصرا قتل 3 منهم في مواجهات مع القوات.")]
    public void A_later_count_that_sums_the_operations_told_before_is_their_total(string text)
    {
        var result = Extractor.Extract(text, Published);
        Assert.Equal(2, result.Operations.Count);
        Assert.Equal(3, Count(result, CasualtySide.Isis, CasualtyCategory.Killed));
    }
}
