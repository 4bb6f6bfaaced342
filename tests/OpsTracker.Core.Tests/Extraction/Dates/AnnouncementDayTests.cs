using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;

namespace OpsTracker.Core.Tests.Extraction.Dates;

/// <summary>
/// A report that announces a just-finished operation and names no day for it dates it at the announcement, the
/// publication day, and says so (<see cref="DateBasis.Announcement"/>); an operation told as done earlier, told as
/// background in the pluperfect, or read from a report of no known day stays undated; a day the text gives is stated.
/// Every sentence here is invented.
/// </summary>
public class AnnouncementDayTests
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2023, 3, 10);

    [Theory]
    [InlineData("أعلنت خلية الإعلام الأمني تدمير وكرين لعصابات داعش بضربة جوية في وادي زغيتون جنوب غربي كركوك.")]
    [InlineData("قال بيان لقيادة العمليات المشتركة إن طائرات إف 16 قصفت مخبأ في جبال حمرين وقتلت ثلاثة إرهابيين من داعش.")]
    [InlineData("ألقت مفارز وكالة الاستخبارات القبض على أربعة إرهابيين من داعش في قضاء الشرقاط بمحافظة صلاح الدين.")]
    public void An_operation_announced_without_a_day_is_dated_at_the_announcement_and_marked(string text)
    {
        var result = Extractor.Extract(text, Published);

        var op = Assert.Single(result.Operations);
        Assert.Equal(Published, op.Date);
        Assert.Equal(DatePrecision.Day, op.DatePrecision);
        Assert.Equal(DateBasis.Announcement, op.DateBasis);
        Assert.Equal("announcement", DateBasisWritten(result));
    }

    [Fact]
    public void A_day_the_text_gives_is_stated()
    {
        var op = Assert.Single(Extractor.Extract(
            "أعلنت خلية الإعلام الأمني، أمس الخميس، تدمير وكرين لعصابات داعش بضربة جوية في وادي زغيتون جنوب غربي كركوك.", Published).Operations);

        Assert.Equal(new DateOnly(2023, 3, 9), op.Date);
        Assert.Equal(DateBasis.Stated, op.DateBasis);
    }

    [Theory]
    // Done earlier, on a day the text does not give.
    [InlineData("وقتلت قوة من الحشد الشعبي في وقت سابق ثلاثة إرهابيين من داعش قرب ناحية العلم.")]
    [InlineData("واعتقلت القوات الأمنية خمسة عناصر من داعش في قضاء طوزخورماتو قبل أيام.")]
    [InlineData("ونجحت قوات الجيش مؤخرا في قتل أربعة إرهابيين من داعش في صحراء الحضر.")]
    public void An_operation_told_as_done_earlier_stays_undated(string sentence)
    {
        var result = Extractor.Extract("أعلنت قيادة العمليات المشتركة استمرار عمليات التفتيش في المناطق المحررة.\n" + sentence, Published);

        var op = Assert.Single(result.Operations);
        Assert.Null(op.Date);
        Assert.Null(DateBasisWritten(result));
    }

    [Fact]
    public void An_operation_told_as_background_in_the_pluperfect_stays_undated()
    {
        var op = Assert.Single(Extractor.Extract(
            "وكانت طائرات التحالف الدولي قد قتلت ستة إرهابيين من داعش في وادي حوران غربي الأنبار.", Published).Operations);

        Assert.Null(op.Date);
    }

    [Fact]
    public void Without_a_publication_day_there_is_no_announcement_day()
    {
        var op = Assert.Single(Extractor.Extract(
            "أعلنت خلية الإعلام الأمني تدمير وكرين لعصابات داعش بضربة جوية في وادي زغيتون جنوب غربي كركوك.", published: null).Operations);

        Assert.Null(op.Date);
        Assert.Equal(DateBasis.Stated, op.DateBasis);
    }

    [Fact]
    public void The_day_an_operation_still_going_on_began_is_its_date()
    {
        // Published on a Friday: "since Monday" is the 6th, the day the search began.
        var op = Assert.Single(Extractor.Extract(
            "وقال قائد العمليات إن القوات تنفذ منذ يوم الاثنين عملية تفتيش واسعة في صحراء الأنبار أسفرت عن تدمير 5 مضافات.", Published).Operations);

        Assert.Equal((new DateOnly(2023, 3, 6), DateBasis.Stated), (op.Date, op.DateBasis));
    }

    [Fact]
    public void Since_a_year_is_no_date_of_the_operation()
    {
        var op = Assert.Single(Extractor.Extract(
            "ألقت مفارز الاستخبارات القبض على إرهابي مطلوب منذ عام 2016 في قضاء الشرقاط بمحافظة صلاح الدين.", Published).Operations);

        Assert.Equal((Published, DateBasis.Announcement), (op.Date, op.DateBasis));
    }

    [Theory]
    // The day the sentence names before "بعد": Thursday the 9th, less three days.
    [InlineData("أصيب جنديان بانفجار عبوة ناسفة قرب قضاء الدبس أمس الخميس، بعد ثلاثة أيام من هجوم مشابه قتل فيه 7 من منتسبي الشرطة.", 6)]
    public void An_event_named_after_n_days_before_another_is_dated_n_days_before_it(string text, int day)
    {
        var earlier = Assert.Single(Extractor.Extract(text, Published).Operations,
            o => o.Casualties.Any(c => c.Category == CasualtyCategory.Killed));

        Assert.Equal((new DateOnly(2023, 3, day), DateBasis.Stated), (earlier.Date, earlier.DateBasis));
    }

    [Fact]
    public void An_event_named_after_days_with_no_number_is_undated()
    {
        // "بعد أيام من" names no number: the event after it happened some days before Thursday the 9th, on a day the
        // text does not give (victims26: lexicon recalledEvents; the page sets' gold leaves such an event undated).
        var earlier = Assert.Single(Extractor.Extract(
                "أصيب جنديان بانفجار عبوة ناسفة قرب قضاء الدبس أمس الخميس، بعد أيام من هجوم مشابه قتل فيه 7 من منتسبي الشرطة.", Published).Operations,
            o => o.Casualties.Any(c => c.Category == CasualtyCategory.Killed));

        Assert.Null(earlier.Date);
    }

    /// <summary>The contract's "dateBasis" of the one operation, as the JSON writes it.</summary>
    private static string? DateBasisWritten(ExtractionResult result)
    {
        using var json = System.Text.Json.JsonDocument.Parse(ExtractionJson.Write(result));
        return json.RootElement.GetProperty("operations")[0].GetProperty("dateBasis").GetString();
    }
}
