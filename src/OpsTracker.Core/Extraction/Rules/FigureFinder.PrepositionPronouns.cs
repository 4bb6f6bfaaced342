using OpsTracker.Core.Domain;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// An arrest told by its verbal noun whose preposition carries the arrested ("وجرى القبض عليه"، "تم إلقاء القبض
/// عليهما"): the pronoun on "على" is the object of the arrest as the pronoun on a verb or verbal noun is ("اعتقلته"،
/// "واعتقالهما", <see cref="ReadObjectPronoun"/>), so it counts one for "ـه" and two for "ـهما" (lexicon
/// arrestedByPrepositionPronoun). None when the sentence counted arrests before it (the pronoun points back to them),
/// when a count or a people noun follows, or when a word before it makes the arrest one not done: a warrant, an aim,
/// a purpose ("مذكرة إلقاء القبض عليه"، "تمهيدا للقبض عليه").
/// </summary>
internal sealed partial class FigureFinder
{
    private Figure? ReadPrepositionPronoun(TokenList tokens, Sentence s, int i, List<Figure> earlier)
    {
        if (i + 1 > s.Last || !tokens[i].ReadsAsOneOf(lexicon.ArrestHeadsWithPreposition) || !tokens[i + 1].IsWord
            || HasCasualtyOf(earlier, CasualtyCategory.Arrested))
        {
            return null;
        }
        int count;
        if (lexicon.PrepositionWithHim.Contains(tokens[i + 1].Text))
        {
            count = 1;
        }
        else if (lexicon.PrepositionWithThemTwo.Contains(tokens[i + 1].Text))
        {
            count = 2;
        }
        else
        {
            return null;
        }
        // "إلقاء القبض عليه": the verbal noun that governs "القبض" is part of the arrest; the word before it decides.
        var head = i - 1 >= s.First && tokens[i - 1].IsWord && lexicon.CasualtyTriggers.MatchAt(tokens, i - 1) is { } t && t.Last >= i ? i - 1 : i;
        for (var j = head; j >= Math.Max(s.First, head - 2); j--)
        {
            if (tokens[j].ReadsAsOneOf(lexicon.ArrestNotDoneBefore))
            {
                return null;
            }
        }
        var next = _triggers.SkipFillers(tokens, i + 2, s);
        if (next <= s.Last && (tokens[next].IsNumber || numbers.ReadAt(tokens, next) is not null || lexicon.Persons.MatchAt(tokens, next) is not null))
        {
            return null;
        }
        return new Figure
        {
            Kind = FigureKind.Casualty, Category = CasualtyCategory.Arrested, Side = CasualtySide.Isis, Count = count, Implicit = true,
            First = i, Last = i + 1, Sentence = s.Index, Rule = "arrest-preposition-pronoun",
        };
    }
}
