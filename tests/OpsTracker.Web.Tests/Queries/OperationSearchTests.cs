using System.Text;
using System.Text.RegularExpressions;
using OpsTracker.Data.Queries;

namespace OpsTracker.Web.Tests.Queries;

/// <summary>
/// The search pattern matches stored text exactly when the text's fold contains the query's fold
/// (ArabicNormalizer.NormalizeTerm on both sides).
/// </summary>
public sealed class OperationSearchTests
{
    private static bool Matches(string text, string query) =>
        Regex.IsMatch(text, OperationSearch.Pattern([OperationSearch.Fold(query)]));

    private static bool FoldContains(string text, string query) =>
        OperationSearch.Fold(text).Contains(OperationSearch.Fold(query), StringComparison.Ordinal);

    [Theory]
    [InlineData("أعلنت هيئة الحشد الشعبي", "هيئه")]
    [InlineData("مقتل الإرهابي", "الارهابي")]
    [InlineData("مقتل الارهابي", "الإرهابي")]
    [InlineData("في مستشفى الموصل", "مستشفي")]
    [InlineData("في سلسلة جبال حمرين", "سلسله جبال حمرين")]
    [InlineData("مُسْتَشْفَى", "مستشفى")]
    [InlineData("ـــداعـــش", "داعش")]
    [InlineData("قتل ١٢٣ إرهابياً", "123 ارهابيا")]
    [InlineData("قضاء  الحويجة", "قضاء الحويجة")]
    [InlineData("هجمات في #صلاح_الدين", "صلاح الدين")]
    [InlineData("Kirkuk Operations Command", "kirkuk operations")]
    [InlineData("مؤسسة", "موسسة")]
    [InlineData("#الحويجة_كركوك (1+1) [a] 50%", "(1+1) [a]")]
    [InlineData("file_name \\ c:\\ ^$.|?*{}", "_name \\ c:\\ ^$.|?*{}")]
    public void Finds_the_text_whatever_the_hamza_ya_ta_marbuta_or_diacritics(string text, string query) =>
        Assert.True(Matches(text, query), $"'{query}' in '{text}'");

    [Theory]
    [InlineData("في الموصل", "الحويجة")]
    [InlineData("هيئة", "هيئتها")]
    [InlineData("a.b", "a(b")]
    public void Does_not_find_what_is_not_there(string text, string query) =>
        Assert.False(Matches(text, query));

    [Fact]
    public void Agrees_with_folding_both_sides_on_random_arabic()
    {
        const string letters = "اأإآٱبتثةهيىئیوؤكکلمنرس ًٌٍَُِّْـ";
        var random = new Random(4);
        string Make(int length)
        {
            var sb = new StringBuilder();
            for (var i = 0; i < length; i++)
            {
                var c = letters[random.Next(letters.Length)];
                if (c == ' ' && (sb.Length == 0 || sb[^1] == ' '))
                {
                    continue; // single spaces inside: the pattern reads a space as any run of white space
                }
                sb.Append(c);
            }
            return sb.ToString().Trim();
        }
        for (var n = 0; n < 3000; n++)
        {
            var text = Make(random.Next(5, 30));
            var query = Make(random.Next(1, 5));
            if (OperationSearch.Fold(query).Length == 0)
            {
                continue;
            }
            Assert.True(FoldContains(text, query) == Matches(text, query), $"'{query}' in '{text}'");
        }
    }

    [Fact]
    public void English_province_and_place_names_stand_for_their_arabic_names()
    {
        Assert.Contains("IQ-KI", OperationSearch.Terms("Kirkuk").ProvinceCodes);
        Assert.Contains("IQ-KI", OperationSearch.Terms("كركوك").ProvinceCodes);
        Assert.Contains("IQ-SD", OperationSearch.Terms("Salahuddin").ProvinceCodes);
        Assert.Contains(OperationSearch.Fold("حمرين"), OperationSearch.Terms("Hamrin").Texts);
        Assert.Empty(OperationSearch.Terms("   ").Texts);
    }
}
