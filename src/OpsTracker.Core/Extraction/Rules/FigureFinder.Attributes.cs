using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// Words that look like counted people but describe something else: a definite adjective of people just named
/// ("الإرهابيين الانتحاريين"), and a nisba after a dual noun ("ضابطان عراقيان"). (A bomber's own blast, which looks
/// like a destroyed hideout, is <see cref="FigureTriggers"/>'.)
/// </summary>
internal sealed partial class FigureFinder
{
    /// <summary>
    /// Whether the definite dual-looking noun at <paramref name="i"/> stands right after a definite noun of people
    /// (<paramref name="before"/>): "قتل أحد الإرهابيين الانتحاريين"، "الدواعش الانتحاريين" agree as noun and
    /// adjective, so the second word is no dual of its own.
    /// </summary>
    private bool IsAdjectiveOfPeople(TokenList tokens, Sentence s, int i, int before) =>
        before >= s.First && before == i - 1 && Article.Begins(tokens[i].Text)
        && Article.Begins(tokens[before].Text)
        && lexicon.Persons.MatchAt(tokens, before) is { } noun && noun.Last == before;

    /// <summary>
    /// "قتل ضابطان عراقيان"، "مقتل جنديين عراقيين": an indefinite dual right after an indefinite dual noun of people,
    /// with no و between them, is the noun's adjective (a nisba agrees with its noun in number and definiteness), not a
    /// second pair. Two more people would be joined by و ("جنديان ومدنيان").
    /// </summary>
    private bool IsNisbaOfDual(TokenList tokens, Sentence s, int i, int before) =>
        before >= s.First && before == i - 1 && !Article.Begins(tokens[i].Text)
        && !Article.Begins(tokens[before].Text)
        && (tokens[i].Text.EndsWith("يان", StringComparison.Ordinal) || tokens[i].Text.EndsWith("يين", StringComparison.Ordinal))
        && _persons.At(tokens, before) is { Value.Number: GrammaticalNumber.Dual } noun && noun.Last == before;
}
