using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// Spellings other outlets write (helper orthography19, session 19; every sentence here is INVENTED, every variant
/// generated from the writing system): a word spelled another outlet's way folds to the same text as the standard
/// spelling, and a whole report read with the variant gives the same figures.
/// </summary>
public class OrthographyTests19
{
    private static readonly ArabicReportExtractor Extractor = new();
    private static readonly DateOnly Published = new(2022, 3, 14);

    private static string N(string s) => ArabicNormalizer.Normalize(s).Text;

    // The hamza before a long u: Iraqi outlets seat it on waw, Egyptian ones on ya, older texts write it bare on the line.
    [Theory]
    [InlineData("مسؤول", "مسئول")]
    [InlineData("مسؤول", "مسءول")]
    [InlineData("مسؤولين", "مسئولين")]
    [InlineData("المسؤولية", "المسئولية")]
    [InlineData("شؤون", "شئون")]
    [InlineData("رؤوس", "رءوس")]
    [InlineData("يقرؤون", "يقرءون")]
    [InlineData("جاؤوا", "جاءوا")]
    [InlineData("مسؤول", "مسئُول")]
    public void A_hamza_before_a_long_u_folds_alike_on_every_seat(string standard, string variant)
    {
        Assert.Equal(N(standard), N(variant));
    }

    [Theory]
    [InlineData("رئيس", "رييس")]
    [InlineData("جزء واحد", "جزء واحد")]
    [InlineData("ئاسایش", "اسايش")]
    [InlineData("أشلاء", "اشلاء")]
    public void Other_hamzas_keep_their_reading(string input, string expected)
    {
        Assert.Equal(N(expected), N(input));
    }

    [Fact]
    public void A_word_ending_in_hamza_before_the_conjunction_is_left_alone()
    {
        Assert.Equal("جزء وجزء", N("جزء وجزء"));
    }

    private static string Shape(ExtractionResult r) => string.Join(" | ", r.Operations.Select(o =>
        $"{o.Province}:{OperationCounts.Count(o, CasualtySide.Isis, CasualtyCategory.Killed)}/{OperationCounts.Count(o, CasualtySide.Isis, CasualtyCategory.Arrested)}"));

    [Theory]
    [InlineData("صرح مسؤول في قيادة عمليات نينوى بأن قوة خاصة اعتقلت ثلاثة إرهابيين من داعش قرب تلعفر أمس.", "مسؤول", "مسئول")]
    [InlineData("قال مسؤولون محليون إن قوة من الجيش قتلت أربعة عناصر من داعش في وادي حوران بمحافظة الأنبار.", "مسؤولون", "مسئولون")]
    [InlineData("ألقت القوات الأمنية في كركوك القبض على المسؤول عن شؤون التمويل في داعش وثلاثة من مساعديه.", "شؤون", "شئون")]
    public void A_report_with_the_Egyptian_seat_gives_the_same_figures(string text, string standard, string variant)
    {
        var a = Extractor.Extract(text, Published);
        var b = Extractor.Extract(text.Replace(standard, variant), Published);
        Assert.NotEmpty(a.Operations);
        Assert.Equal(Shape(a), Shape(b));
    }

    [Theory]
    [InlineData("ھجوم", "هجوم")]
    [InlineData("مفرزہ", "مفرزة")]
    [InlineData("الجھات", "الجهات")]
    [InlineData("ڪركوك", "كركوك")]
    [InlineData("قتل ‹3› مسلحين۔", "قتل \"3\" مسلحين.")]
    public void Persian_and_Urdu_letters_fold_to_their_Arabic_letter(string variant, string standard)
    {
        Assert.Equal(N(standard), N(variant));
    }

    private static readonly string[] Reports =
    [
        "أفادت قيادة العمليات المشتركة بأن قوة من الحشد الشعبي قتلت خمسة إرهابيين من داعش واعتقلت اثنين آخرين في جزيرة الحضر بمحافظة نينوى.",
        "ذكر بيان لجهاز مكافحة الإرهاب أن مفرزة خاصة تمكنت من قتل أحد عشر عنصرا من عصابات داعش في وادي الشاي جنوب كركوك.",
        "وبحسب مصدر في شرطة ديالى، فإن قوة مشتركة ألقت القبض على أربعة متهمين بالإرهاب في ناحية العظيم بعد عملية دهم.",
    ];

    /// <summary>The spellings of the writing system an outlet may use throughout a report, each generated from the standard text.</summary>
    public static TheoryData<string> Spellings => ["heh-doachashmee", "heh-goal", "persian-kaf-ya", "ta-marbuta-as-ha", "tatweel", "diacritics", "zwnj", "nbsp", "indic-digits", "bare-alef", "egyptian-ya"];

    private static string Respell(string text, string how) => how switch
    {
        "heh-doachashmee" => text.Replace('ه', 'ھ'),
        "heh-goal" => text.Replace('ه', 'ہ'),
        "persian-kaf-ya" => text.Replace('ك', 'ک').Replace('ي', 'ی'),
        "ta-marbuta-as-ha" => text.Replace("ة ", "ه ").Replace("ة.", "ه."),
        "tatweel" => text.Replace("قتل", "قتـــل").Replace("داعش", "داعـش"),
        "diacritics" => text.Replace("قتلت", "قَتَلَتْ").Replace("قتل", "قَتْل"),
        "zwnj" => text.Replace("داعش", "دا\u200cعش").Replace(" من ", " من\u200c "),
        "nbsp" => text.Replace(' ', '\u00A0'),
        "indic-digits" => text.Replace("خمسة", "٥").Replace("أربعة", "٤").Replace("أحد عشر", "١١"),
        "bare-alef" => text.Replace('أ', 'ا').Replace('إ', 'ا'),
        "egyptian-ya" => text.Replace("ي ", "ى "),
        _ => text,
    };

    [Theory]
    [MemberData(nameof(Spellings))]
    public void A_whole_report_respelled_gives_the_same_figures(string how)
    {
        foreach (var text in Reports)
        {
            var a = Extractor.Extract(text, Published);
            Assert.NotEmpty(a.Operations);
            var respelled = Respell(text, how);
            Assert.Equal(Shape(a), Shape(Extractor.Extract(respelled, Published)));
        }
    }
}
