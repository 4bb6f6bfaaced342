using OpsTracker.Core.Extraction.Lexicon;
using OpsTracker.Core.Extraction.Numbers;
using OpsTracker.Core.Extraction.Text;

namespace OpsTracker.Core.Extraction.Rules;

/// <summary>
/// Dual nouns read on their own, far from their verb ("اعتقلت قوات الأسايش ... عنصرين"), the noun and the numeral two
/// after it, and a singular or dual hideout after its verb's subject: the dual people are counted as any count of
/// people is (<see cref="PersonFigure"/>), so this reader stays with the finder.
/// </summary>
internal sealed partial class FigureFinder
{
    /// <summary>A dual noun counts two even when its verb stands far before it ("اعتقلت قوات الأسايش ... عنصرين").</summary>
    private Figure? ReadDual(TokenList tokens, Sentence s, int i, List<Figure> earlier)
    {
        var person = _persons.At(tokens, i);
        // "إرهابيين اثنين": the numeral two follows its noun, which unvowelled reads as the plural too.
        if (person is { Value.Number: not GrammaticalNumber.Singular } counted && counted.Last + 1 <= s.Last
            && tokens[counted.Last + 1] is { IsWord: true } numeral && !numeral.Text.StartsWith('و') && numbers.WordValue(numeral.Text) == 2
            && (earlier.Count == 0 || earlier[^1].Last < i))
        {
            return PersonFigure(tokens, s, new CountExpression(i, counted.Last + 1, 2, false, true), counted.Value, counted.Last + 1, null, earlier, "noun-and-numeral-two");
        }
        if (person is { Value.Number: GrammaticalNumber.Dual } p)
        {
            // "الإطاحة بأخطر القياديين": a superlative before a definite plural (which unvowelled looks dual) is one of them.
            var before = i - 1;
            while (before > s.First && tokens[before].Text is "\"")
            {
                before--;
            }
            if (before >= s.First && Article.Begins(tokens[i].Text) && lexicon.Elatives.MatchAt(tokens, before) is { } elative && elative.Last == before)
            {
                var figure = PersonFigure(tokens, s, new CountExpression(before, before, 1, false, true), p.Value, p.Last, null, earlier, "superlative-one");
                if (figure is not null)
                {
                    figure.Implicit = true;
                }
                return figure;
            }
            // "أغلب الانتحاريين قتلوا": a quantifier before a definite plural (which unvowelled looks dual) counts nobody.
            if (before >= s.First && Article.Begins(tokens[i].Text) && lexicon.Quantifiers.MatchAt(tokens, before) is { } quantifier && quantifier.Last == before)
            {
                return null;
            }
            // "قيادي من الانتحاريين", "اثنان منهم من القياديين": after the partitive "من" a definite noun is the group
            // someone belongs to, a plural; a dual would be counted before it ("اثنين من").
            if (before >= s.First && Article.Begins(tokens[i].Text) && tokens[before].Text == Particles.Min)
            {
                return null;
            }
            // "أحد الإرهابيين الانتحاريين": a definite noun right after a definite noun of people agrees with it, an
            // adjective of that plural, and counts nobody.
            if (IsAdjectiveOfPeople(tokens, s, i, before) || IsNisbaOfDual(tokens, s, i, before) || _singulars.IsDefinitePluralLookalike(tokens, i) || IsIndefinitePluralLookalike(tokens, i))
            {
                return null;
            }
            return PersonFigure(tokens, s, new CountExpression(i, i, 2, false, true), p.Value, p.Last, null, earlier, "dual-person");
        }
        if (lexicon.Hideouts.MatchAt(tokens, i) is { Value.Number: GrammaticalNumber.Dual } h)
        {
            var outcome = _triggers.HideoutOutcomeBefore(tokens, s, i, 16);
            return outcome is null ? null : new Figure
            {
                Kind = FigureKind.Hideout, HideoutKind = h.Value.Kind, Outcome = outcome.Value, Count = 2, First = i, Last = h.Last, Sentence = s.Index, Rule = "dual-hideout",
            };
        }
        // "ضبطت قوات الأمن وكرا": an indefinite singular hideout after its verb and the verb's subject is one; so is
        // one after a day ("دمرت يوم 3/11 وكرا"), whose number is no count of it.
        if (lexicon.Hideouts.MatchAt(tokens, i) is { Value.Number: GrammaticalNumber.Singular } one && !Article.IsCarriedBy(tokens[i].Text)
            && (i == s.First || !tokens[i - 1].IsNumber || _blocked[i - 1]) && _triggers.HideoutOutcomeBefore(tokens, s, i, 10) is { } singleOutcome)
        {
            return new Figure
            {
                Kind = FigureKind.Hideout, HideoutKind = one.Value.Kind, Outcome = singleOutcome, Count = 1, Implicit = true,
                First = i, Last = one.Last, Sentence = s.Index, Rule = "singular-hideout-after-subject",
            };
        }
        return null;
    }
}
