using OpsTracker.Core.Extraction;
using OpsTracker.Core.Extraction.Rules;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// What a scraped page carries around its report: its title printed twice and the site's breadcrumb (PageChrome), and
/// its time stamp above the headline (TimeStampLines).
/// Invented text throughout.
/// </summary>
public sealed class PageChromeTests
{
    private static readonly ArabicReportExtractor Extractor = new();

    private const string Report =
        "القبض على 3 إرهابيين في كركوك وصلاح الدين\n" +
        "أعلنت خلية الإعلام الأمني، اليوم الاثنين، القبض على إرهابيين اثنين في قضاء الحويجة بمحافظة كركوك.\n" +
        "وأضافت أن قوة أخرى ألقت القبض على إرهابي في قضاء الشرقاط بمحافظة صلاح الدين.\n";

    [Fact]
    public void A_headline_printed_twice_is_read_once_and_its_sum_stays_a_headline()
    {
        var published = new DateOnly(2024, 4, 22);
        var once = Figures(Extractor.Extract(Report, published));
        var twice = Figures(Extractor.Extract("القبض على 3 إرهابيين في كركوك وصلاح الدين\n" + Report, published));

        Assert.Equal("IQ-KI arrested 2; IQ-SD arrested 1", once);
        Assert.Equal(once, twice);
    }

    [Fact]
    public void A_breadcrumb_is_blank_and_the_headline_below_it_is_still_the_headline()
    {
        var published = new DateOnly(2024, 4, 22);

        var read = Figures(Extractor.Extract("الرئيسية » أخبار العراق » أمن\n" + Report, published));

        Assert.Equal("IQ-KI arrested 2; IQ-SD arrested 1", read);
    }

    [Theory]
    [InlineData("12/9/2024 - 23:47\n")]
    [InlineData("الاثنين 22 نيسان 2024 | 10:18 ص\n")]
    [InlineData("22-04-2024  الساعة 14:35    |    آخر تحديث: 22-04-2024  الساعة 17:10\n\n")]
    public void A_time_stamp_above_the_headline_gives_the_date_and_leaves_the_headline_its_place(string stamp)
    {
        // The headline's 3 sums the two items below: read as a headline it is no operation of its own.
        var read = Extractor.Extract(stamp + Report, published: null);

        Assert.Equal("IQ-KI arrested 2; IQ-SD arrested 1", Figures(read));
        Assert.NotNull(read.Published);
    }

    [Fact]
    public void A_headline_that_opens_with_a_date_is_still_the_headline()
    {
        var read = Extractor.Extract("22 نيسان 2024: القبض على 3 إرهابيين في كركوك وصلاح الدين\n" + Report.Split('\n', 2)[1], new DateOnly(2024, 4, 22));

        Assert.Equal("IQ-KI arrested 2; IQ-SD arrested 1", Figures(read));
    }

    [Fact]
    public void Lines_are_blanked_in_place_so_offsets_and_line_breaks_stay()
    {
        var page = "الرئيسية » أخبار » أمن\nعنوان الخبر\nعنوان الخبر\nنص الخبر.";
        var text = ArabicNormalizer.Normalize(page);

        var read = PageChrome.Blank(text).Text;

        Assert.Equal(text.Text.Length, read.Length);
        Assert.Equal(3, read.Count(c => c == '\n'));
        var lines = read.Split('\n');
        Assert.True(string.IsNullOrWhiteSpace(lines[0]));
        Assert.False(string.IsNullOrWhiteSpace(lines[1]));
        Assert.True(string.IsNullOrWhiteSpace(lines[2]));
        Assert.False(string.IsNullOrWhiteSpace(lines[3]));
    }

    [Fact]
    public void Quotations_in_guillemets_are_no_breadcrumb_and_a_page_without_chrome_comes_back_as_it_is()
    {
        var text = ArabicNormalizer.Normalize("قتل 8 إرهابيين في قريتي «تل الورد» و«أم الريش» غرب الحضر\nنص الخبر.");

        Assert.Null(PageChrome.ChromeLines(text.Original));
        Assert.Same(text, PageChrome.Blank(text));
    }

    private static string Figures(ExtractionResult result) =>
        string.Join("; ", result.Operations.Select(o => $"{o.Province} " + string.Join(',', o.Casualties.Select(c => $"{c.Category.ToString().ToLowerInvariant()} {c.Count}"))));
}
