using System.Text;
using System.Text.RegularExpressions;
using OpsTracker.Data.Queries;

namespace OpsTracker.Web.Tests.Queries;

/// <summary>
/// The search's LIKE pattern matches an operation's stored search column exactly when the text's fold contains the
/// query's fold (OperationSearchText.Fold, ArabicNormalizer.NormalizeTerm, on both sides). LIKE is evaluated here as
/// both databases evaluate it: % is any run of characters, the escape character makes the next one literal.
/// </summary>
public sealed class OperationSearchTests
{
    private static bool Matches(string text, string query) =>
        Like(OperationSearchText.Of(null, text, []), OperationSearch.LikePattern(OperationSearch.Fold(query)));

    /// <summary>SQL LIKE with <see cref="OperationSearch.LikeEscape"/>, case-sensitive (the column and the query are lower case).</summary>
    private static bool Like(string value, string pattern)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == OperationSearch.LikeEscape && i + 1 < pattern.Length)
            {
                regex.Append(Regex.Escape(pattern[++i].ToString()));
            }
            else if (c == '%')
            {
                regex.Append("[\\s\\S]*");
            }
            else if (c == '_')
            {
                regex.Append("[\\s\\S]");
            }
            else
            {
                regex.Append(Regex.Escape(c.ToString()));
            }
        }
        return Regex.IsMatch(value, regex.Append('$').ToString(), RegexOptions.None, TimeSpan.FromSeconds(5));
    }

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

    [Theory]
    [InlineData("Kirkuk", "كركوك")]
    [InlineData("Diyala", "ديالى")]
    [InlineData("ISIS", "داعش")]
    [InlineData("Daesh", "داعش")]
    [InlineData("ISIS", "Daesh")]
    [InlineData("Popular Mobilization Forces", "الحشد الشعبي")]
    [InlineData("Peshmerga", "البيشمركة")]
    public void English_and_arabic_names_of_one_province_actor_or_synonym_search_the_same(string english, string arabic)
    {
        var a = OperationSearch.Terms(english);
        var b = OperationSearch.Terms(arabic);
        Assert.Equal(a.Texts.Order(StringComparer.Ordinal), b.Texts.Order(StringComparer.Ordinal));
        Assert.Equal(a.ProvinceCodes.Order(StringComparer.Ordinal), b.ProvinceCodes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_query_never_matches_across_the_place_the_evidence_and_the_actors()
    {
        var stored = OperationSearchText.Of("حمرين", "قتل", ["Iraqi Army"]);
        Assert.True(Like(stored, OperationSearch.LikePattern("حمرين")));
        Assert.True(Like(stored, OperationSearch.LikePattern("iraqi army")));
        Assert.False(Like(stored, OperationSearch.LikePattern("حمرين قتل")));
        Assert.False(Like(stored, OperationSearch.LikePattern("قتل iraqi")));
    }

    [Theory]
    [InlineData("100%", "نسبة 100% من")]
    [InlineData("a_b", "قرب a_b")]
    public void Wildcards_in_a_query_are_literal(string query, string text)
    {
        Assert.True(Matches(text, query));
        Assert.False(Matches(text.Replace(query, query.Replace('%', 'x').Replace('_', 'y'), StringComparison.Ordinal), query));
    }
}
