using OpsTracker.Core.Extraction.Numbers;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// "أحد القتيلين منتسب لفوج المغاوير", "إحدى الجريحات": the word one before a definite outcome noun (the dead, the
/// wounded) picks one of people already counted, to say who he was; it is no count of its own.
/// </summary>
internal sealed partial class FigureFinder
{
    /// <summary>
    /// True when the count is the word one (أحد، إحدى) and the outcome noun right after it carries the article: "one of
    /// the dead", a part of a figure told before, not one more dead. "أحد الإرهابيين" (a person noun) still counts one.
    /// </summary>
    private static bool IsOneOfTheCounted(TokenList tokens, CountExpression count, int nounFirst) =>
        count.InWords && count.Value == 1 && count.LastToken == count.FirstToken && nounFirst == count.LastToken + 1
        && Article.Begins(tokens[nounFirst].Text);
}
