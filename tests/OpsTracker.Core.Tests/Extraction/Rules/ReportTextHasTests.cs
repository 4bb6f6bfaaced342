using System.Reflection;
using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Rules;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// <see cref="ReportText.Has{T}"/> turns a list away at once when no word of the sentence may start one of its phrases
/// (bits kept per sentence): for every list of the default lexicon and every span inside a sentence, it must answer as
/// a plain walk over the span's tokens does.
/// </summary>
public class ReportTextHasTests
{
    // Invented: a headline, a sentence with several lists' words, a sentence with none, a list item.
    private const string Text = "مقتل ثلاثة ارهابيين بعملية امنية في كركوك\n"
        + "وقال مصدر امني ان القوات الامنية قتلت ثلاثة من عناصر داعش واعتقلت خمسة مطلوبين بتهمة الارهاب في قرية البو حمدان منذ مطلع العام.\n"
        + "والطقس معتدل اليوم.\n"
        + "- نينوى: ستة متهمين";

    [Fact]
    public void Has_answers_as_a_walk_over_the_span_for_every_list_and_span()
    {
        var normalized = ArabicNormalizer.Normalize(Text);
        var tokens = Tokenizer.Tokenize(normalized.Text);
        var report = new ReportText(normalized, tokens, ExtractionLexicon.Default);
        var has = typeof(ReportText).GetMethod(nameof(ReportText.Has))!;
        var checkedSpans = 0;
        foreach (var property in typeof(ExtractionLexicon).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(PhraseMatcher<>)))
        {
            var matcher = property.GetValue(ExtractionLexicon.Default)!;
            var matchAt = matcher.GetType().GetMethod("MatchAt")!;
            var hasOfList = has.MakeGenericMethod(matcher.GetType().GetGenericArguments()[0]);
            foreach (var sentence in report.Sentences)
            {
                for (var first = sentence.First; first <= sentence.Last; first += 3)
                {
                    for (var last = first; last <= sentence.Last; last += 4)
                    {
                        var span = sentence with { First = first, Last = last };
                        var walked = Enumerable.Range(first, last - first + 1).Any(i => matchAt.Invoke(matcher, [tokens, i, true]) is not null);
                        Assert.True(walked == (bool)hasOfList.Invoke(report, [matcher, span])!, $"{property.Name} in tokens {first}-{last}");
                        checkedSpans++;
                    }
                }
            }
        }
        Assert.True(checkedSpans > 1000);
    }
}
