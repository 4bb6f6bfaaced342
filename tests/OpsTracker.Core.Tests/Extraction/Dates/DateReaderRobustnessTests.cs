using System.Text;
using OpsTracker.Core.Extraction.Dates;
using OpsTracker.Core.Extraction.Text;
using static OpsTracker.Core.Tests.Extraction.Dates.DateTestKit;

namespace OpsTracker.Core.Tests.Extraction.Dates;

/// <summary>What is not a date, clitics, and inputs built to break the reader.</summary>
public class DateReaderRobustnessTests
{
    [Theory]
    [InlineData("وصلت القوة عند الساعة 10:18 ص إلى القرية")]
    [InlineData("بدأ الهجوم بالساعة 500 فجرا")]
    [InlineData("انطلقت القوة في الساعة الخامسة صباحا")]
    [InlineData("حكم عليه بالسجن 10 سنوات")]
    [InlineData("استمر الحصار نحو 3 سنوات")]
    [InlineData("استمرت العملية 26 ساعة متواصلة")]
    [InlineData("نفذت القوات 344 عملية نوعية")]
    [InlineData("شارك اللواء 47 والفرقة 16 في التمشيط")]
    [InlineData("يتراوح عدد المسلحين بين 2000 و3000 مقاتل")]
    [InlineData("ارتفع العدد إلى 2000 مقاتل")]
    [InlineData("بلغت النسبة 20.15 بالمئة")]
    public void Does_not_read_clocks_durations_or_counts(string text)
    {
        Assert.Empty(Find(text, Published));
    }

    [Theory]
    [InlineData("ما زال التنظيم ينشط منذ 2014 في المنطقة", "2014")]
    [InlineData("سيطر التنظيم على المدينة في 2014، ثم طرد منها", "2014")]
    [InlineData("سيطر التنظيم على المدينة صيف 2014", "صيف 2014")]
    public void A_bare_year_in_a_sentence_is_a_year(string text, string expression)
    {
        var m = Single(text, Published);
        Assert.Equal(DateMentionKind.Year, m.Kind);
        Assert.Equal(expression, m.Expression);
        Assert.Equal(new DateOnly(2014, 1, 1), m.Date);
    }

    [Fact]
    public void Years_in_a_range_are_both_read()
    {
        var years = Find("سيطر التنظيم على الأرض بين 2014 حتى 2017، ثم انهار", Published);
        Assert.Equal(["2014", "2017"], years.Select(m => m.Expression));
    }

    [Theory]
    [InlineData("وفي أكتوبر 2024 بدأت الحملة", "اكتوبر 2024")]
    [InlineData("بتاريخ 12 أبريل 2021 صدر البيان", "12 ابريل 2021")]
    [InlineData("حتى نهاية العمليات لشهر كانون الثاني 2023", "شهر كانون الثاني 2023")]
    [InlineData("والاثنين الماضي قصفت الطائرات", "الاثنين الماضي")]
    [InlineData("فالخميس كان يوما داميا", "الخميس")]
    [InlineData("خطة الوزارة للعام المقبل", "للعام المقبل")]
    [InlineData("وبعامِ 2019 تغير الوضع", "عام 2019")]
    public void Clitics_do_not_hide_date_words(string text, string expression)
    {
        Assert.Equal(expression, Single(text, Published).Expression);
    }

    [Fact]
    public void Mentions_are_sorted_and_do_not_overlap()
    {
        const string text = "في العاشر من كانون الثاني / يناير من هذا العام، وبعد يوم الثلاثاء 6 أبريل 2021، " +
            "وخلال الأشهر الستة الماضية ومنذ مطلع العام الجاري، قصفت الطائرات ليل أمس الأحد مواقع عام 2024.";
        var mentions = Find(text, Published);
        Assert.Equal(6, mentions.Count);
        for (var k = 1; k < mentions.Count; k++)
        {
            Assert.True(mentions[k - 1].End <= mentions[k].Start);
        }
    }

    [Fact]
    public void Random_and_mutated_arabic_text_never_throws()
    {
        var random = new Random(20250312);
        string[] pieces =
        [
            "الاثنين", "الماضي", "أمس", "اليوم", "كانون", "الثاني", "/", "يناير", "من", "عام", "العام", "2024", "12", "4",
            "-", ":", "منذ", "مطلع", "خلال", "الأشهر", "الستة", "قبل", "يومين", "العاشر", "آب", "مارس", "(", ")", "،",
            "ل", "و", "ب", "ال", "\n", "٢٠١٨", "١٤", "th", "المقبل", "منتصف", "الساعة", "10:18", "9999999999", "0", "31",
        ];
        for (var round = 0; round < 300; round++)
        {
            var sb = new StringBuilder();
            var words = random.Next(1, 60);
            for (var w = 0; w < words; w++)
            {
                var piece = pieces[random.Next(pieces.Length)];
                // Mutate: glue pieces together, drop a letter, or insert a random character.
                piece = random.Next(6) switch
                {
                    0 => piece.Length > 1 ? piece.Remove(random.Next(piece.Length), 1) : piece,
                    1 => piece + (char)random.Next(0x20, 0x700),
                    _ => piece,
                };
                sb.Append(piece).Append(random.Next(4) == 0 ? "" : " ");
            }
            AssertWellFormed(ArabicNormalizer.Normalize(sb.ToString()).Text);
        }
    }

    /// <summary>8x the text may cost at most 20x the time: generous for a shared machine, far below quadratic (64x).</summary>
    private const int Factor = 8;
    private const double MaxRatio = 20.0;

    [Fact]
    public void A_megabyte_of_dense_date_words_reads_in_linear_time()
    {
        // Written in normalised form: this measures the reader alone, not the normaliser.
        var unit = "الاثنين 12/4/2021 - 10:18 كانون الثاني / يناير من العام الماضي منذ مطلع 2024 قبل ثلاثه ايام 1/1/1/1/ ";
        string Text(int length)
        {
            var text = new StringBuilder();
            while (text.Length < length)
            {
                text.Append(unit);
            }
            return text.ToString();
        }
        var (small, large) = (Text(1_000_000 / Factor), Text(1_000_000));
        Assert.NotEmpty(AssertWellFormed(large));
        var (ts, tl) = Growth.SecondsPerRun(() => AssertWellFormed(small), () => AssertWellFormed(large));
        Assert.True(tl / ts < MaxRatio, $"{Factor}x the text took {tl / ts:0.0}x the time ({ts * 1000:0} ms, {tl * 1000:0} ms)");
    }

    [Theory]
    [InlineData("1/", 200_000)]
    [InlineData("الاول من ", 50_000)]
    [InlineData("كانون ", 100_000)]
    [InlineData("9", 500_000)]
    [InlineData("وللل", 100_000)]
    public void Pathological_repetitions_grow_linearly(string piece, int count)
    {
        // A lookahead that is not bounded (say, counting every following word) turns these quadratic.
        var small = string.Concat(Enumerable.Repeat(piece, count / Factor));
        var large = string.Concat(Enumerable.Repeat(piece, count));
        var (ts, tl) = Growth.SecondsPerRun(() => AssertWellFormed(small), () => AssertWellFormed(large));
        Assert.True(tl / ts < MaxRatio, $"{Factor}x the text took {tl / ts:0.0}x the time ({ts * 1000:0} ms, {tl * 1000:0} ms)");
    }

    [Fact]
    public void Edge_publication_dates_do_not_throw()
    {
        var m = Single("أعلنت الخلية أمس مقتل مسلح", DateOnly.MinValue);
        Assert.Null(m.Date);
        Assert.NotNull(Single("خلال الأشهر الستة المنصرمة", DateOnly.MaxValue));
    }

    /// <summary>Reads normalised text through every entry point and checks each mention's span.</summary>
    private static IReadOnlyList<DateMention> AssertWellFormed(string text)
    {
        var mentions = DateReader.Default.FindAll(text, Published);
        var previousEnd = 0;
        foreach (var m in mentions)
        {
            Assert.InRange(m.Start, previousEnd, text.Length - 1);
            Assert.InRange(m.End, m.Start + 1, text.Length);
            Assert.Equal(text[m.Start..m.End], m.Expression);
            previousEnd = m.End;
        }
        DateReader.Default.FindDateline(text);
        DateReader.Default.InferPublicationYear(text);
        return mentions;
    }
}
