using static OpsTracker.Core.Tests.Extraction.Dates.DateTestKit;

namespace OpsTracker.Core.Tests.Extraction.Dates;

/// <summary>Publication datelines and publication years inferred from the text.</summary>
public class DatelineTests
{
    [Theory]
    [InlineData("عملية واسعة في الصحراء\nالإثنين 12/أبريل/2021 - 10:18 ص\nالمحرر\nبدأت القوات عملية جديدة.", "2021-04-12")]
    [InlineData("مقتل مسلحين في كركوك\n4-7-2018 | 21:20\nأعلنت الشرطة مقتل مسلحين.", "2018-07-04")]
    [InlineData("السبت 13 أبريل 2019\nأعلنت القيادة انطلاق عملية.", "2019-04-13")]
    [InlineData("١٤ أغسطس ٢٠١٨قال تقرير جديد إن التنظيم ما زال نشطا.", "2018-08-14")]
    [InlineData("ضبط أسلحة في ديالى\n3/2/2022\nضبطت القوات مخزنا للأسلحة.", "2022-02-03")]
    [InlineData("تاريخ النشر: 2nd, June 2023 GMT\nاعتقلت القوات مطلوبا.", "2023-06-02")]
    [InlineData("غرفة الأخبار | 2020/10/05 | 08:45 - بغداد\nقتل مسلح في الطارمية.", "2020-10-05")]
    [InlineData("(وكالة الأنباء - 9 مايو 2019) قتل ثلاثة مسلحين في هجوم.", "2019-05-09")]
    public void Finds_a_dateline_at_the_start(string text, string date)
    {
        Assert.Equal(Day(date), Dateline(text));
    }

    [Theory]
    [InlineData("أعلنت القيادة أنها نفذت في 12 أبريل 2021 عملية واسعة.")]
    [InlineData("اتخذ العراق والتحالف، الثلاثاء 6 أبريل 2021، خطوة جديدة ضد التنظيم.")]
    [InlineData("أعلنت القيادة أمس مقتل مسلحين في الصحراء.")]
    [InlineData("تصاعدت الهجمات في أبريل 2021 على الطرق الخارجية.")]
    public void A_date_inside_a_sentence_is_not_a_dateline(string text)
    {
        Assert.Null(Dateline(text));
    }

    [Fact]
    public void A_dateline_must_start_within_the_opening_characters()
    {
        var text = new string('ب', 450) + "\n12/4/2021\nنص الخبر";
        Assert.Null(Dateline(text));
    }

    [Fact]
    public void The_first_dateline_wins_over_later_dates()
    {
        const string text = "الأحد 5 يناير 2020 | 09:10\nأعلنت القيادة، الخميس 2 يناير 2020، بدء العملية.";
        Assert.Equal(new DateOnly(2020, 1, 5), Dateline(text));
    }

    [Theory]
    [InlineData("بلغت حصيلة العمليات خلال عام 2024 نحو 300 عملية، ونفذت القوات في العام الماضي ضربات جوية كثيفة.", 2025)]
    [InlineData("ارتفعت الهجمات في عام 2024 الجاري مقارنة بما سبق.", 2024)]
    [InlineData("سجلت المحافظة في 2024 الحالي تراجعا في الهجمات.", 2024)]
    [InlineData("شهد العام الماضي 2022 تحقيق إنجازات كبيرة.", 2023)]
    [InlineData("الأحد 01 يناير 2023 | 12:55\nشهد العام الماضي تراجعا.", 2023)]
    public void Infers_the_publication_year(string text, int year)
    {
        Assert.Equal(year, Year(text));
    }

    [Theory]
    [InlineData("أعلن العراق النصر في عام 2017، ونفذت القوات في العام الماضي عمليات كثيرة.")]
    [InlineData("نفذت القوات خلال عام 2024 نحو 300 عملية.")]
    [InlineData("أعلنت القيادة اليوم مقتل مسلحين.")]
    [InlineData("ارتفعت الهجمات في عام 2024 الجاري، وفي عام 2023 الجاري أيضا.")]
    public void Returns_no_year_when_the_text_leaves_it_open(string text)
    {
        Assert.Null(Year(text));
    }
}
