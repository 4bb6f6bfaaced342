using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Tests.Extraction.Text;

/// <summary>
/// A token keeps the bits of the word lists its readings start (lists 0-127 on the token itself, the rest asked of its
/// shared forms), and every word list turns away a token whose bit is clear without looking it up: a bit wrongly clear
/// would lose a phrase. These properties hold over every list and every phrase of the default lexicon.
/// </summary>
public class TokenPhraseStartsTests
{
    private static List<object> DefaultMatchers() =>
        [.. typeof(ExtractionLexicon).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(PhraseMatcher<>))
            .Select(p => p.GetValue(ExtractionLexicon.Default)!)];

    private static int NumberOf(object matcher) =>
        (int)matcher.GetType().GetProperty("Number", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(matcher)!;

    [Fact]
    public void The_default_lexicon_has_lists_past_the_first_sixty_four()
    {
        Assert.Contains(DefaultMatchers(), m => NumberOf(m) >= 64);
    }

    [Fact]
    public void A_token_answers_as_its_shared_forms_for_every_list()
    {
        var matchers = DefaultMatchers();
        var numbers = matchers.Select(NumberOf).ToList();
        // Invented: words of the casualty, ISIS, place and period lists, and words of none.
        var tokens = Tokenizer.Tokenize(ArabicNormalizer.NormalizeTerm(
            "وقتل الارهابيون ثلاثة من عناصر داعش في قرية البو حمدان منذ مطلع العام، واعتقلت القوات خمسة مطلوبين بتهمة الارهاب"));
        foreach (var token in tokens.Where(t => t.IsWord))
        {
            foreach (var n in numbers)
            {
                Assert.Equal(token.Forms.MayStartAPhraseOf(n), token.MayStartAPhraseOf(n));
            }
        }
    }

    [Fact]
    public void Every_phrase_of_every_list_is_found_at_its_first_word()
    {
        var missed = new List<string>();
        foreach (var matcher in DefaultMatchers())
        {
            var byFirstWord = (IDictionary)matcher.GetType().GetField("_byFirstWord", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(matcher)!;
            var matchAt = matcher.GetType().GetMethod("MatchAt")!;
            foreach (IEnumerable phrases in byFirstWord.Values)
            {
                foreach (ITuple phrase in phrases)
                {
                    var text = (string)phrase[2]!;
                    var tokens = Tokenizer.Tokenize(text);
                    if (tokens.Count == 0 || tokens[0].Kind == TokenKind.Punctuation)
                    {
                        continue;
                    }
                    if (matchAt.Invoke(matcher, [tokens, 0, true]) is null)
                    {
                        missed.Add($"{NumberOf(matcher)}: {text}");
                    }
                }
            }
        }
        Assert.Empty(missed);
    }
}
