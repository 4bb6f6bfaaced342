using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Tests.Extraction.Rules;

/// <summary>
/// Folding the hamza and the alef maqsura makes some content words read like the commonest words of the language
/// ("كمأ", truffles, folds to "كما", also). A noun that reads as a function word matches in nearly every sentence and
/// decides whose casualty a figure is, so none of the nouns that say who or what was counted may read as one.
/// </summary>
public class LexiconFunctionWordTests
{
    private static readonly string[] FunctionWords =
    [
        "كما", "ما", "من", "في", "على", "إلى", "عن", "أن", "إن", "قد", "لم", "لن", "لا", "هو", "هي", "هم", "هذا", "هذه",
        "ذلك", "تلك", "التي", "الذي", "الذين", "بعد", "قبل", "مع", "عند", "حتى", "ثم", "أو", "بل", "كل", "بين", "منذ",
        "خلال", "حيث", "وقد", "كان", "كانت", "تم", "أيضا", "فيما", "بينما", "عدد", "أكثر", "نحو",
    ];

    public static TheoryData<string> NounLists() => ["persons", "categoryNouns", "hideouts", "isisOrgs", "securityOrgs"];

    [Theory]
    [MemberData(nameof(NounLists))]
    public void No_noun_that_says_who_or_what_was_counted_reads_as_a_function_word(string list)
    {
        var lexicon = ExtractionLexicon.Default;
        Func<TokenList, int, object?> match = list switch
        {
            "persons" => (t, i) => lexicon.Persons.MatchAt(t, i),
            "categoryNouns" => (t, i) => lexicon.CategoryNouns.MatchAt(t, i),
            "hideouts" => (t, i) => lexicon.Hideouts.MatchAt(t, i),
            "isisOrgs" => (t, i) => lexicon.IsisOrgs.MatchAt(t, i),
            _ => (t, i) => lexicon.SecurityOrgs.MatchAt(t, i),
        };
        var matched = FunctionWords.Where(w => match(Tokenizer.Tokenize(ArabicNormalizer.NormalizeTerm(w)), 0) is not null).ToList();
        Assert.Empty(matched);
    }
}
