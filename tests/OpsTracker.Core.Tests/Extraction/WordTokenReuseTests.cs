using System.Text;
using OpsTracker.Core.Extraction.Dates;
using OpsTracker.Core.Extraction.Places;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Tests.Extraction;

/// <summary>
/// The date scan and the place matcher walk past the letters of the tokenizer's word tokens instead of asking each
/// character again, and read the tokens' answers: given the word tokens (with and without answers) they must find
/// exactly what they find from the text alone, also where their own words are longer than a word token (a letter
/// with a combining mark after it, digits glued to letters) or the article stands alone before a number.
/// </summary>
public class WordTokenReuseTests
{
    private static readonly DateOnly Published = new(2025, 3, 12);

    public static TheoryData<string> Texts => new()
    {
        "قتل 3 ارهابيين خلال الـ6 اشهر الماضيه في قضاء الموصل",
        "وصل يومَ الاثنين الماضي الى بغدادَ وناحيه العلم",
        "عاد اليومَ الى الموصلَ بعد يومينِ",
        "في ال 24 ساعه الماضيه اعتقل 5 في الرمادي2 والفلوجه",
        "منذ مطلع العام الحالي 2024م وحتي 12/4/2021 في حي الجهاد ببغداد",
        "الاثنين\nالموصل، تكريت - بيجي (الحويجه) قبل يومين",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Dates_and_places_read_with_word_tokens_are_those_read_from_the_text(string text) => AssertSameReadings(text);

    [Fact]
    public void Random_glued_and_marked_text_reads_the_same_with_word_tokens()
    {
        var random = new Random(20261207);
        string[] pieces =
        [
            "الاثنين", "الماضي", "امس", "اليوم", "كانون", "الثاني", "/", "من", "عام", "العام", "2024", "12", "ال", "الـ",
            "خلال", "الاشهر", "الستة", "قبل", "يومين", "في", "علي", "قضاء", "ناحيه", "الموصل", "بغداد", "وبالرمادي",
            "للفلوجه", "\n", "،", "(", ")", "-", "\u064E", "\u0651", "٢٠١٨", "3.5", "10:18",
        ];
        for (var round = 0; round < 200; round++)
        {
            var sb = new StringBuilder();
            var words = random.Next(1, 50);
            for (var w = 0; w < words; w++)
            {
                var piece = pieces[random.Next(pieces.Length)];
                sb.Append(random.Next(5) == 0 ? piece + (char)random.Next(0x600, 0x700) : piece).Append(random.Next(4) == 0 ? "" : " ");
            }
            AssertSameReadings(sb.ToString());
        }
    }

    private static void AssertSameReadings(string text)
    {
        var words = Tokenizer.Tokenize(text);
        var answers = WordAnswers.Of(DateReader.Default.Tables, Gazetteer.Default.Matcher);
        var answered = Tokenizer.Tokenize(text, answers);

        var dates = Dates(DateReader.Default.Scan(text));
        Assert.Equal(dates, Dates(DateReader.Default.Scan(text, words)));
        Assert.Equal(dates, Dates(DateReader.Default.Scan(text, answered, answers)));

        var places = Gazetteer.Default.FindAll(text);
        Assert.Equal(places, Gazetteer.Default.FindAll(text, words));
        Assert.Equal(places, Gazetteer.Default.FindAll(text, answered, answers));
    }

    private static IReadOnlyList<DateMention> Dates(DateScan scan)
    {
        var mentions = DateReader.Default.FindAll(scan, Published);
        scan.Scanner.Release();
        return mentions;
    }
}
