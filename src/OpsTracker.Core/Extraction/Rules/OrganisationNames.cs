using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Text;
using static OpsTracker.Core.Extraction.Rules.AssemblerLimits;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// The organisation people belong to, named after their noun the way wire copy names ISIS: 'عناصر تنظيم "الدولة
/// الإسلامية" (داعش)'. The name, its quotation marks and its alias run past the few words within which the verb that
/// tells what happened to the people ("قتلوا") is looked for, and past the words that say whose they are.
/// Holds only the lexicon: safe to share.
/// </summary>
internal sealed class OrganisationNames(ExtractionLexicon lexicon)
{
    /// <summary>
    /// "40 من مسلحي جماعة \"الدولة الإسلامية\" (داعش) قتلوا": when an ISIS name (lexicon <c>isisOrgs</c>), headed or not
    /// by <c>organisationHeads</c>, told in quotation marks or not, and after a partitive "من" or not, stands right after the noun that ends at
    /// <paramref name="headLast"/>, the last token of that name, with an alias in brackets right after it; else
    /// <paramref name="headLast"/> itself. The name must be ISIS's: a force's name after the noun says nothing here.
    /// </summary>
    internal int AfterIsisName(TokenList tokens, Sentence s, int headLast)
    {
        var j = QuoteMarks.SkipQuotes(tokens, headLast + 1, s);
        // "6 مسلحين من تنظيم \"داعش\" قتلوا": the name may follow the partitive "من".
        if (j < s.Last && tokens[j].Text == Particles.Min)
        {
            j = QuoteMarks.SkipQuotes(tokens, j + 1, s);
        }
        j = SkipSoCalled(tokens, j, s);
        if (j > s.Last)
        {
            return headLast;
        }
        var end = lexicon.IsisOrgs.MatchAt(tokens, j) is { } bare ? bare.Last : -1;
        // 'تنظيم "الدولة الإسلامية"': the name after its head word, which may run further than a name the head word begins.
        if (lexicon.OrganisationHeads.MatchAt(tokens, j) is { } head && QuoteMarks.SkipQuotes(tokens, head.Last + 1, s) is var n && n <= s.Last
            && lexicon.IsisOrgs.MatchAt(tokens, n) is { } named && named.Last > end)
        {
            end = named.Last;
        }
        if (end < 0)
        {
            return headLast;
        }
        var k = QuoteMarks.SkipQuotes(tokens, end + 1, s);
        if (k > end + 1)
        {
            end = k - 1;
        }
        // "(داعش)": an alias in brackets right after the name.
        if (k <= s.Last && tokens[k].Text == "(")
        {
            for (var c = k + 1; c <= Math.Min(s.Last, k + OrganisationAliasReach); c++)
            {
                if (tokens[c].Text == ")")
                {
                    return lexicon.IsisOrgs.MatchAt(tokens, QuoteMarks.SkipQuotes(tokens, k + 1, s)) is not null ? c : end;
                }
            }
        }
        return end;
    }

    /// <summary>
    /// "6 مسلحين من ما يسمى بتنظيم الدولة قتلوا"، "مما يعرف بـ\"داعش\"": a writer's distancing "so-called" (lexicon
    /// <c>soCalled</c>) before a name is no word of it; the index of the name after it (past a detached "بـ" and
    /// quotation marks), or <paramref name="k"/> when none stands there. Without it the name, and so the verb after it,
    /// was out of reach the moment an outlet wrote its distance from ISIS's own name.
    /// </summary>
    private int SkipSoCalled(TokenList tokens, int k, Sentence s)
    {
        if (k > s.Last || lexicon.SoCalled.MatchAt(tokens, k) is not { } soCalled || soCalled.Last >= s.Last)
        {
            return k;
        }
        var n = soCalled.Last + 1;
        if (tokens[n].Text == Particles.Bi && n < s.Last)
        {
            n++;
        }
        return QuoteMarks.SkipQuotes(tokens, n, s);
    }
}
